export type WindowState = "upcoming" | "open" | "closed";

/**
 * Where an instant falls against an application window [opensAt, closesAt): the close is the
 * first instant no longer accepted, so "closes at 12:00" accepts 11:59:59.999 and refuses 12:00.
 */
export function windowStateAt(opensAtMs: number, closesAtMs: number, atMs: number): WindowState {
  return atMs < opensAtMs ? "upcoming" : atMs < closesAtMs ? "open" : "closed";
}
