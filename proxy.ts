import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { checkServerActionBody, mayRunServerAction } from "@/lib/http/server-action-body";
import { routing } from "./i18n/routing";

// Redirects `/` (and any path without a locale) by Accept-Language, then the locale cookie.
const localeRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  // A server action's body is decoded by Next.js, which answers what it cannot decode with a 500.
  if (mayRunServerAction(request.method, request.headers)) {
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const verdict = await checkServerActionBody(request.headers.get("content-type") ?? "", body);
    if (!verdict.ok) return new NextResponse(null, { status: verdict.status });
  }
  return localeRouting(request);
}

export const config = {
  // Everything except API routes, Next internals, files with an extension, and the document
  // upload routes (the application's and the status page's): with a proxy in front, Next.js copies
  // a request body into memory for it and cuts it off at 10 MB, so an upload would arrive truncated
  // and could not be refused unread.
  matcher:
    "/((?!api|_next|_vercel|.*\\..*|[^/]+/apply/documents/upload|[^/]+/apply/documents/remove|[^/]+/status/upload).*)",
};
