import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

export const APP_LOCALES = ["ja", "en"] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

type Messages = typeof ja;
export type Namespace = keyof Messages & keyof typeof en;
export type TranslationParams = Readonly<Record<string, string | number | Date>>;
export type Translate = (key: string, params?: TranslationParams) => string;

/** One namespace of a language's messages (messages/ja.json, messages/en.json). */
export function namespaceMessages(namespace: Namespace, locale: AppLocale): Record<string, unknown> {
  return (locale === "ja" ? ja : en)[namespace] as Record<string, unknown>;
}

export interface TranslatorOptions {
  /** Throw on a missing key, a missing param or broken ICU instead of rendering a fallback: for tests. */
  strict?: boolean;
  /** Called instead, when not strict (e.g. to log the error code). */
  onError?: (error: Error & { code?: string }) => void;
}

/**
 * Renders keys of one namespace outside React (API, CLI, mail, tests) with the same messages and
 * ICU formatting as the pages; dates come out in Japan time wherever the server runs.
 */
export function createNamespaceTranslator(
  namespace: Namespace,
  locale: AppLocale,
  options: TranslatorOptions = {},
): Translate {
  const translator = createTranslator({
    locale,
    messages: { [namespace]: namespaceMessages(namespace, locale) } as Parameters<
      typeof createTranslator
    >[0]["messages"],
    namespace,
    timeZone: "Asia/Tokyo",
    onError: (error: Error & { code?: string }) => {
      if (options.strict) throw error;
      options.onError?.(error);
    },
  });
  return (key, params) => translator(key as never, { ...params } as never);
}

/** A lenient translator per language for one namespace, built once: for production paths. */
export function cachedNamespaceTranslator(
  namespace: Namespace,
  options: Omit<TranslatorOptions, "strict"> = {},
): (locale: AppLocale) => Translate {
  const byLocale = new Map<AppLocale, Translate>();
  return (locale) => {
    let translate = byLocale.get(locale);
    if (!translate) {
      translate = createNamespaceTranslator(namespace, locale, options);
      byLocale.set(locale, translate);
    }
    return translate;
  };
}
