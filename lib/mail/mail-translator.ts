import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

export const MAIL_LOCALES = ["ja", "en"] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** The "mail" namespace of each language's messages (messages/ja.json, messages/en.json). */
export const MAIL_MESSAGES: Readonly<Record<MailLocale, Record<string, unknown>>> = {
  ja: ja.mail,
  en: en.mail,
};

export type MailParams = Record<string, string | number | Date>;
export type TranslateMail = (key: string, params?: MailParams) => string;

/**
 * Renders keys of the "mail" namespace with the same messages and ICU formatting as the pages;
 * dates and times come out in Japan time, the programme's time zone, wherever the server runs.
 * `strict` makes a missing key, a missing param or broken ICU throw: tests use it. Otherwise a
 * mistake renders use-intl's fallback so that a wording slip never fails the submission the mail
 * belongs to, and only the error code is logged, because the error text can quote a value.
 */
export function createMailTranslator(locale: MailLocale, options: { strict?: boolean } = {}): TranslateMail {
  const translator = createTranslator({
    locale,
    messages: { mail: MAIL_MESSAGES[locale] } as Parameters<typeof createTranslator>[0]["messages"],
    namespace: "mail",
    timeZone: "Asia/Tokyo",
    onError: (error: Error & { code?: string }) => {
      if (options.strict) throw error;
      console.error(`Mail template error: ${error.code ?? "unknown"}`);
    },
  });
  return (key, params) => translator(key as never, { ...params } as never);
}

const shared = new Map<MailLocale, TranslateMail>();

/** A cached lenient translator per language, for production paths. */
export function mailTranslator(locale: MailLocale): TranslateMail {
  let translate = shared.get(locale);
  if (!translate) {
    translate = createMailTranslator(locale);
    shared.set(locale, translate);
  }
  return translate;
}
