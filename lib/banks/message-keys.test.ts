import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { BANK_MESSAGE_KEYS } from "./message-keys";

// The keys live in the "fields" namespace, shared with the other field modules.
const FIELDS = { ja: ja.fields, en: en.fields } as const;
const GROUPS = ["bank"] as const;
const PARAMS: Readonly<Record<string, Record<string, number>>> = { "documents.tooLarge": { maxMegabytes: 10 } };

function leafKeys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    value !== null && typeof value === "object" ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function render(locale: keyof typeof FIELDS, key: string): string {
  const translate = createTranslator({
    locale,
    messages: { fields: FIELDS[locale] },
    namespace: "fields",
    onError: (error) => {
      throw error;
    },
  });
  return translate(key as never, PARAMS[key] as never);
}

describe("banks messages", () => {
  it("exist in Japanese and English for every key the code reports", () => {
    for (const key of BANK_MESSAGE_KEYS) {
      for (const locale of ["ja", "en"] as const) expect(render(locale, key), `${locale} ${key}`).not.toBe(key);
    }
  });

  it("are all used, with the same keys in both languages", () => {
    for (const locale of ["ja", "en"] as const) {
      const own = leafKeys(FIELDS[locale]).filter((key) => GROUPS.some((group) => key.startsWith(`${group}.`)));
      expect(own.sort(), locale).toEqual(BANK_MESSAGE_KEYS.filter((key: string) => key !== "invalid").sort());
    }
  });

  it("are written in each language", () => {
    for (const key of BANK_MESSAGE_KEYS) {
      expect(render("ja", key), key).toMatch(/[ぁ-んァ-ン一-龥]/u);
      expect(render("en", key), key).toMatch(/[A-Za-z]{3}/u);
    }
  });
});
