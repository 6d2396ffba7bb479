import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Redirects `/` (and any path without a locale) by Accept-Language, then the locale cookie.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
