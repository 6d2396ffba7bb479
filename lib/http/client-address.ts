import ipaddr from "ipaddr.js";

/**
 * An address in one canonical spelling: IPv4 dotted, IPv4-mapped IPv6 (`::ffff:192.0.2.1`, what a
 * dual-stack socket reports for an IPv4 client) as plain IPv4, other IPv6 compressed; undefined
 * for anything that is not an address.
 */
export function canonicalAddress(text: string): string | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValid(trimmed)) return undefined;
  return ipaddr.process(trimmed).toString();
}

/**
 * What a client is counted as by the limits: an IPv4 address, or the /64 network of an IPv6
 * address. One IPv6 subscriber is usually given a whole /64 (or more), so counting single IPv6
 * addresses would give one person 2^64 budgets.
 */
export function clientKey(address: string): string | undefined {
  const canonical = canonicalAddress(address);
  if (canonical === undefined) return undefined;
  const parsed = ipaddr.parse(canonical);
  if (parsed.kind() === "ipv4") return canonical;
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${canonical}/64`).toString()}/64`;
}

/**
 * The client to rate-limit a request by. The web server (scripts/runtime/web-server.ts) resolves
 * the client from the socket and the trusted proxies (lib/http/resolve-client-address.ts) and
 * overwrites X-Forwarded-For with that one address before the app sees the request, so whatever a
 * client sent in that header is gone by here. Served another way (`next dev`), the header is the
 * client's own word: fine on a developer's machine, never in production.
 */
export function clientAddress(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  return (last && clientKey(last)) ?? "unknown";
}
