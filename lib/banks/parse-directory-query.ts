/** Longest bank or branch search accepted, in characters (the longest names are about 30). */
export const DIRECTORY_QUERY_MAX_LENGTH = 40;

export type DirectoryQueryResult =
  | { readonly ok: true; readonly query: string }
  | { readonly ok: false; readonly error: "query_required" | "query_too_long" };

const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/** The `q` of a bank or branch search: trimmed, without control characters, 1 to 40 characters. */
export function parseDirectoryQuery(raw: string | null): DirectoryQueryResult {
  const query = (raw ?? "").replace(CONTROL_OR_FORMAT, "").trim();
  if (query === "") return { ok: false, error: "query_required" };
  if ([...query].length > DIRECTORY_QUERY_MAX_LENGTH) return { ok: false, error: "query_too_long" };
  return { ok: true, query };
}

/** A bank code from an address segment: exactly 4 ASCII digits, nothing else. */
export function isBankCode(value: string): boolean {
  return /^\d{4}$/.test(value);
}
