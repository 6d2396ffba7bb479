/**
 * The address to rate-limit a request by. Route handlers cannot see the socket, so we read
 * X-Forwarded-For: `next start` fills it from the socket when it is absent, and a reverse proxy
 * appends what it saw, so the last entry is the one the nearest trusted hop observed.
 * Deploy behind a proxy that overwrites the header (nginx: `proxy_set_header X-Forwarded-For
 * $remote_addr`): facing the internet directly, a client could choose its own entry.
 */
export function clientAddress(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1) ?? "unknown";
}
