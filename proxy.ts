import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { getServerConfig, publicSiteUrl } from "./lib/config/server-config";
import { alternateLinksHeader } from "./lib/http/alternate-links";
import { checkServerActionBody, mayRunServerAction } from "./lib/http/server-action-body";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./lib/http/security-headers";

const handleI18nRouting = createMiddleware(routing);

/**
 * Every page request: the locale (redirects `/` and paths without a locale by Accept-Language,
 * then the locale cookie), and the page's security headers. The nonce goes into the request's
 * Content-Security-Policy header, where Next.js reads it and puts it on its own scripts
 * (nextjs.org/docs/app/guides/content-security-policy); pages therefore render per request.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  // A server action's body is decoded by Next.js, which answers what it cannot decode with a 500.
  if (mayRunServerAction(request.method, request.headers)) {
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const verdict = await checkServerActionBody(request.headers.get("content-type") ?? "", body);
    if (!verdict.ok) return new NextResponse(null, { status: verdict.status });
  }

  const siteUrl = publicSiteUrl(getServerConfig());
  const policy = pageContentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === "development",
    https: siteUrl.startsWith("https:"),
  });

  // next-intl passes the headers of the request it is given on to the page. A copy without the
  // body: next-intl reads only the address, headers and cookies.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = handleI18nRouting(new NextRequest(request.url, { headers }));

  response.headers.set("Content-Security-Policy", policy);
  const transportSecurity = strictTransportSecurity(siteUrl);
  if (transportSecurity) response.headers.set("Strict-Transport-Security", transportSecurity);
  if (!response.headers.has("Location")) {
    const links = alternateLinksHeader(siteUrl, request.nextUrl.pathname, routing.locales);
    if (links) response.headers.set("Link", links);
  }
  return response;
}

export const config = {
  // Everything except API routes, Next internals, files with an extension, and the document
  // upload routes (the application's and the status page's): with a proxy in front, Next.js copies
  // a request body into memory for it and cuts it off at 10 MB, so an upload would arrive truncated
  // and could not be refused unread.
  matcher:
    "/((?!api|_next|_vercel|.*\\..*|[^/]+/apply/documents/upload|[^/]+/apply/documents/remove|[^/]+/status/upload).*)",
};
