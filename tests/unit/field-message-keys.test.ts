import { describe, expect, it } from "vitest";
import { ADDRESS_MESSAGE_KEYS } from "@/lib/address/message-keys";
import { BANK_MESSAGE_KEYS } from "@/lib/banks/message-keys";
import { CONTACT_MESSAGE_KEYS } from "@/lib/contact/message-keys";
import { DOCUMENT_MESSAGE_KEYS } from "@/lib/documents/message-keys";
import { createNamespaceTranslator } from "@/lib/i18n/namespace-translator";
import { NAME_MESSAGE_KEYS } from "@/lib/names/message-keys";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

// The field modules report keys of the shared "fields" namespace; each owns some groups of it.
const FIELDS = { ja: ja.fields, en: en.fields } as const;
const PARAMS: Readonly<Record<string, Record<string, number>>> = { "documents.tooLarge": { maxMegabytes: 10 } };

const MODULES = [
  { module: "names", keys: NAME_MESSAGE_KEYS, groups: ["names"] },
  { module: "contact", keys: CONTACT_MESSAGE_KEYS, groups: ["phone", "email"] },
  { module: "address", keys: ADDRESS_MESSAGE_KEYS, groups: ["address"] },
  { module: "banks", keys: BANK_MESSAGE_KEYS, groups: ["bank"] },
  { module: "documents", keys: DOCUMENT_MESSAGE_KEYS, groups: ["documents"] },
] as const;

function leafKeys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    value !== null && typeof value === "object" ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function render(locale: keyof typeof FIELDS, key: string): string {
  // A missing key, a missing param or broken ICU must fail here, not show a fallback to a parent.
  return createNamespaceTranslator("fields", locale, { strict: true })(key, PARAMS[key]);
}

describe.each(MODULES)("$module messages", ({ keys, groups }) => {
  const reported: readonly string[] = keys;

  it("exist in Japanese and English for every key the code reports", () => {
    for (const key of reported) {
      for (const locale of ["ja", "en"] as const) expect(render(locale, key), `${locale} ${key}`).not.toBe(key);
    }
  });

  it("are all used, with the same keys in both languages", () => {
    for (const locale of ["ja", "en"] as const) {
      const own = leafKeys(FIELDS[locale]).filter((key) => groups.some((group) => key.startsWith(`${group}.`)));
      expect(own.sort(), locale).toEqual(reported.filter((key) => key !== "invalid").sort());
    }
  });

  it("are written in each language", () => {
    for (const key of reported) {
      expect(render("ja", key), key).toMatch(/[ぁ-んァ-ン一-龥]/u);
      expect(render("en", key), key).toMatch(/[A-Za-z]{3}/u);
    }
  });
});
