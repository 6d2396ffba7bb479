import { defineRouting } from "next-intl/routing";
import { cookiePolicy } from "@/lib/http/cookie-policy";

// This module runs in the browser too (i18n/navigation.ts), where only the literal
// `process.env.NODE_ENV` is filled in by the bundler: say it here, not through cookiePolicy's default.
const localeCookie = cookiePolicy("NEXT_LOCALE", { secure: process.env.NODE_ENV === "production" });

export const routing = defineRouting({
  locales: ["ja", "en"],
  defaultLocale: "ja",
  localePrefix: "always",
  // Secure and `__Host-` in production, like every cookie of ours. Not httpOnly: next-intl writes
  // this cookie from the browser too when the language is switched without a page load, and a
  // script can neither set nor overwrite an httpOnly cookie. It holds only "ja" or "en".
  // next-intl writes every key it is given as an attribute, so `secure` is left out unless true.
  localeCookie: {
    name: localeCookie.name,
    sameSite: localeCookie.sameSite,
    path: localeCookie.path,
    ...(localeCookie.secure ? { secure: true } : {}),
  },
  // proxy.ts sets these from the configured site address; next-intl would take the request's Host.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** A locale sent by a form or an address, or the default one when it is not a locale of the site. */
export function localeOrDefault(value: unknown): Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value)
    ? (value as Locale)
    : routing.defaultLocale;
}
