/**
 * The `Link` header that tells search engines about the same page in the other languages
 * (https://developers.google.com/search/docs/specialty/international/localized-versions#http).
 * Built from the configured site address, never from the request's Host header, which any client
 * can set: a forged Host would otherwise put someone else's address on our pages.
 *
 * `pathname` is the path as requested (percent-encoded), starting with a locale; anything else
 * gets no header. The query is left out: an address carrying one (a step number, a one-time
 * link) is not a page to index.
 */
export function alternateLinksHeader(
  siteUrl: string,
  pathname: string,
  locales: readonly string[],
): string | undefined {
  const [, first, ...rest] = pathname.split("/");
  if (first === undefined || !locales.includes(first)) return undefined;
  const base = siteUrl.replace(/\/$/, "");
  const tail = rest.length > 0 ? `/${rest.join("/")}`.replace(/\/+$/, "") : "";
  const entry = (path: string, hreflang: string) => `<${base}${path}>; rel="alternate"; hreflang="${hreflang}"`;
  return [
    ...locales.map((locale) => entry(`/${locale}${tail}`, locale)),
    // Without a locale the address picks one from the browser's languages.
    entry(tail === "" ? "/" : tail, "x-default"),
  ].join(", ");
}
