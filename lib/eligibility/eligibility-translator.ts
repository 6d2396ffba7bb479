import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import type { MessageParams } from "./criteria";

export const ELIGIBILITY_LOCALES = ["ja", "en"] as const;
export type EligibilityLocale = (typeof ELIGIBILITY_LOCALES)[number];

/** The "eligibility" namespace of each language's messages (messages/ja.json, messages/en.json). */
export const ELIGIBILITY_MESSAGES: Readonly<Record<EligibilityLocale, Record<string, unknown>>> = {
  ja: ja.eligibility,
  en: en.eligibility,
};

export type Translate = (key: string, params?: MessageParams) => string;

/**
 * Renders keys of the "eligibility" namespace outside React (API, CLI, exports, tests) with the
 * same messages and ICU formatting as the pages. `strict` makes a missing key, a missing param
 * or broken ICU throw instead of rendering a fallback: tests use it to catch such mistakes.
 */
export function createEligibilityTranslator(locale: EligibilityLocale, options: { strict?: boolean } = {}): Translate {
  const translator = createTranslator({
    locale,
    messages: { eligibility: ELIGIBILITY_MESSAGES[locale] } as Parameters<typeof createTranslator>[0]["messages"],
    namespace: "eligibility",
    timeZone: "Asia/Tokyo",
    ...(options.strict
      ? {
          onError: (error: Error) => {
            throw error;
          },
        }
      : {}),
  });
  return (key, params) => translator(key as never, { ...params } as never);
}

const shared = new Map<EligibilityLocale, Translate>();

/** A cached lenient translator per language, for production paths. */
export function eligibilityTranslator(locale: EligibilityLocale): Translate {
  let translate = shared.get(locale);
  if (!translate) {
    translate = createEligibilityTranslator(locale);
    shared.set(locale, translate);
  }
  return translate;
}
