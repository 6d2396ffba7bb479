import { randomBytes } from "node:crypto";

/**
 * An address of a client of its own, for X-Forwarded-For: a fresh IPv6 /64 in the documentation
 * range (the limits count IPv6 clients by /64). The e2e server trusts loopback as a proxy
 * (TRUSTED_PROXIES in playwright.config.ts), so it believes this entry, and one spec's tries never
 * use up another's budget.
 */
export function testClientAddress(): string {
  const network = randomBytes(4).toString("hex");
  return `2001:db8:${network.slice(0, 4)}:${network.slice(4)}::1`;
}
