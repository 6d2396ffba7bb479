/**
 * The browser-security headers of the site. Pages get a Content-Security-Policy with a fresh
 * nonce per response (set by proxy.ts); every other response, including route handlers and
 * errors, gets the fixed headers and a policy that allows nothing (next.config.ts).
 */

/** 128 random bits, base64: what CSP nonces need to be unguessable. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export interface PagePolicyOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and injects styles without a nonce. */
  development: boolean;
  /** The site is served over HTTPS: any stray http:// address on a page is fetched over HTTPS instead. */
  https: boolean;
}

/**
 * The policy of a page. Scripts run only with this response's nonce ('strict-dynamic' lets the
 * scripts Next.js loads from them run too), so an injected <script> or on* attribute does not.
 * Styles likewise need the nonce (Next.js puts it on the ones it inlines) or come from our files.
 */
export function pageContentSecurityPolicy({ nonce, development, https }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * For every response that is not a page (JSON, files, plain-text refusals, redirects): nothing
 * in it may run, load or be framed, should a browser ever open it as a document.
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers that are the same on every response. */
export const FIXED_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No address of ours reaches another site. Not "no-referrer": under it browsers send
  // `Origin: null` with form posts, and Next.js then refuses every server action posted
  // without JavaScript; "same-origin" keeps the Origin of our own posts.
  { key: "Referrer-Policy", value: "same-origin" },
  // For browsers older than CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/**
 * HSTS when the configured site address is https, whatever the request looked like: behind a
 * TLS-terminating proxy the app itself is reached over plain HTTP. Two years, as the preload list
 * asks, without `preload` itself, which is a decision for whoever runs the domain.
 */
export function strictTransportSecurity(siteUrl: string): string | undefined {
  return new URL(siteUrl).protocol === "https:" ? "max-age=63072000; includeSubDomains" : undefined;
}
