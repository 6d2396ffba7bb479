import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ja", "en"],
  defaultLocale: "ja",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];

/** A locale sent by a form or an address, or the default one when it is not a locale of the site. */
export function localeOrDefault(value: unknown): Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value)
    ? (value as Locale)
    : routing.defaultLocale;
}
