import { z } from "zod";
import { normalizeFurigana, type FuriganaResult } from "./furigana";
import type { NameMessageKey } from "./message-keys";
import { normalizeNameText, type NameTextResult } from "./name-text";

type RequiredKey = Extract<NameMessageKey, `names.${string}Required`>;

const NAME_PROBLEM_KEYS = {
  characters: "names.characters",
  tooLong: "names.tooLong",
} as const satisfies Record<Exclude<Extract<NameTextResult, { ok: false }>["problem"], "empty">, NameMessageKey>;

const FURIGANA_PROBLEM_KEYS = {
  tooLong: "names.kanaTooLong",
  kanji: "names.kanaNotKanji",
  notKana: "names.kanaOnly",
} as const satisfies Record<Exclude<Extract<FuriganaResult, { ok: false }>["problem"], "empty">, NameMessageKey>;

function text(requiredKey: RequiredKey) {
  return z.string({ error: (issue) => (issue.input === undefined ? requiredKey : "invalid") }).transform((raw, ctx) => {
    const result = normalizeNameText(raw);
    if (result.ok) return result.value;
    const message = result.problem === "empty" ? requiredKey : NAME_PROBLEM_KEYS[result.problem];
    ctx.issues.push({ code: "custom", message, input: raw });
    return z.NEVER;
  });
}

function reading(requiredKey: RequiredKey) {
  return z.string({ error: (issue) => (issue.input === undefined ? requiredKey : "invalid") }).transform((raw, ctx) => {
    const result = normalizeFurigana(raw);
    if (result.ok) return result.value;
    const message = result.problem === "empty" ? requiredKey : FURIGANA_PROBLEM_KEYS[result.problem];
    ctx.issues.push({ code: "custom", message, input: raw });
    return z.NEVER;
  });
}

/** 姓 in any script; output trimmed, NFC. Message keys are in the "fields" namespace. */
export const familyNameSchema = text("names.familyNameRequired");
/** 名 in any script. */
export const givenNameSchema = text("names.givenNameRequired");
/** セイ: hiragana or katakana in, full-width katakana out. */
export const familyNameKanaSchema = reading("names.familyNameKanaRequired");
/** メイ: hiragana or katakana in, full-width katakana out. */
export const givenNameKanaSchema = reading("names.givenNameKanaRequired");

/** A person's name as Japanese forms ask for it: family and given name, each with its reading. */
export const personNameSchema = z.object(
  {
    familyName: familyNameSchema,
    givenName: givenNameSchema,
    familyNameKana: familyNameKanaSchema,
    givenNameKana: givenNameKanaSchema,
  },
  { error: "invalid" },
);

export type PersonName = z.output<typeof personNameSchema>;
