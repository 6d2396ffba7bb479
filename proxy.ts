import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Redirects `/` (and any path without a locale) by Accept-Language, then the locale cookie.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals, files with an extension, and the document
  // upload routes (the application's and the status page's): with a proxy in front, Next.js copies
  // a request body into memory for it and cuts it off at 10 MB, so an upload would arrive truncated
  // and could not be refused unread.
  matcher:
    "/((?!api|_next|_vercel|.*\\..*|[^/]+/apply/documents/upload|[^/]+/apply/documents/remove|[^/]+/status/upload).*)",
};
