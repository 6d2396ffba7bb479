import {
  APP_LOCALES,
  cachedNamespaceTranslator,
  createNamespaceTranslator,
  namespaceMessages,
  type AppLocale,
  type Translate,
} from "@/lib/i18n/namespace-translator";

export const MAIL_LOCALES = APP_LOCALES;
export type MailLocale = AppLocale;

/** The "mail" namespace of each language's messages (messages/ja.json, messages/en.json). */
export const MAIL_MESSAGES: Readonly<Record<MailLocale, Record<string, unknown>>> = {
  ja: namespaceMessages("mail", "ja"),
  en: namespaceMessages("mail", "en"),
};

export type MailParams = Record<string, string | number | Date>;
export type TranslateMail = Translate;

// Not strict: a wording slip must never fail the submission the mail belongs to. Only the error
// code is logged, because the error text can quote a value.
const logCode = (error: Error & { code?: string }) => console.error(`Mail template error: ${error.code ?? "unknown"}`);

/** Renders "mail" keys; `strict` (tests) throws on a missing key, a missing param or broken ICU. */
export function createMailTranslator(locale: MailLocale, options: { strict?: boolean } = {}): TranslateMail {
  return createNamespaceTranslator("mail", locale, { ...options, onError: logCode });
}

/** A cached lenient translator per language, for production paths. */
export const mailTranslator = cachedNamespaceTranslator("mail", { onError: logCode });
