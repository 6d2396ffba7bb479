/**
 * Whether a POST comes from a page of this site: its Origin header names the host the request
 * was sent to (X-Forwarded-Host behind a proxy, as Next.js checks for server actions, else Host).
 * Browsers send Origin with every form POST, so a missing Origin is refused too. Route handlers
 * that take form posts need this; server actions get the same check from Next.js.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || headers.get("host");
  return !!host && originHost.toLowerCase() === host.toLowerCase();
}
