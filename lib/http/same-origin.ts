/**
 * Whether a POST comes from a page of this site. Route handlers that take form posts need this;
 * server actions get their own check from Next.js.
 *
 * - `Sec-Fetch-Site`, which current browsers send with every request, must be "same-origin".
 * - Otherwise `Origin` must name the host the request was sent to (X-Forwarded-Host behind a
 *   proxy, as Next.js checks for server actions, else Host). Browsers send `Origin: null` with
 *   same-origin form posts under some referrer policies (no-referrer, which this site used to
 *   send), so "null" or no Origin proves nothing either way and is let through: such older
 *   browsers without Sec-Fetch-Site remain protected by the SameSite=Lax draft cookie, which they
 *   do not send with a post from another site.
 */
export function isSameOrigin(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin";
  const origin = headers.get("origin");
  if (origin === null || origin === "null") return true;
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
