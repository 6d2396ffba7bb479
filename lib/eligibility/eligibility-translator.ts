import {
  APP_LOCALES,
  cachedNamespaceTranslator,
  createNamespaceTranslator,
  namespaceMessages,
  type AppLocale,
  type Translate,
} from "@/lib/i18n/namespace-translator";

export const ELIGIBILITY_LOCALES = APP_LOCALES;
export type EligibilityLocale = AppLocale;
export type { Translate };

/** The "eligibility" namespace of each language's messages. */
export const ELIGIBILITY_MESSAGES: Readonly<Record<EligibilityLocale, Record<string, unknown>>> = {
  ja: namespaceMessages("eligibility", "ja"),
  en: namespaceMessages("eligibility", "en"),
};

/** Renders "eligibility" keys (criteria, outcomes, validation); `strict` for tests. */
export function createEligibilityTranslator(locale: EligibilityLocale, options: { strict?: boolean } = {}): Translate {
  return createNamespaceTranslator("eligibility", locale, options);
}

/** A cached lenient translator per language, for production paths. */
export const eligibilityTranslator = cachedNamespaceTranslator("eligibility");
