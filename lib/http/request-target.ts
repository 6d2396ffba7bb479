/**
 * Whether a request's path and query can be percent-decoded. Next.js answers a malformed escape
 * ("/ja/%ZZ", a UTF-8 sequence cut short, an overlong "%C0%AE") with a 500 before any code of
 * ours runs, so the web server refuses such a request with a 400 first.
 */
export function isDecodableRequestTarget(target: string): boolean {
  if (target.length > 8_192) return false;
  const queryStart = target.indexOf("?");
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  const query = queryStart < 0 ? "" : target.slice(queryStart + 1);
  try {
    decodeURIComponent(path);
    // A query is decoded with "+" as space; its escapes must be valid all the same.
    for (const part of query.split("&")) decodeURIComponent(part.replaceAll("+", " "));
    return true;
  } catch {
    return false;
  }
}
