import type { MessageParams } from "../criteria";
import {
  createEligibilityTranslator,
  ELIGIBILITY_LOCALES,
  ELIGIBILITY_MESSAGES,
  type EligibilityLocale,
  type Translate,
} from "../eligibility-translator";

/** Test support: renders "eligibility" messages as the app does, but failing loudly on any mistake. */
export const LOCALES = ELIGIBILITY_LOCALES;
export type Locale = EligibilityLocale;
export const MESSAGES = ELIGIBILITY_MESSAGES;

const translators = new Map<Locale, Translate>();

export function renderMessage(locale: Locale, messageKey: string, params: MessageParams = {}): string {
  let translate = translators.get(locale);
  if (!translate) {
    translate = createEligibilityTranslator(locale, { strict: true });
    translators.set(locale, translate);
  }
  return translate(messageKey, params);
}

/** Every leaf key of a messages object, dotted: "criteria.income.withinGuideline". */
export function messageKeys(messages: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === "object"
      ? messageKeys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
