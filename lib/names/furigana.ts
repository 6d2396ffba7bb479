import { isKana, isKanji, toKatakana } from "wanakana";

/** Longest reading accepted, in characters. Readings run longer than the names they spell. */
export const FURIGANA_MAX_LENGTH = 50;

export type FuriganaResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: "empty" | "tooLong" | "kanji" | "notKana" };

// People without the IME's ー key (or typing on a latin keyboard layout) type a dash for the long
// vowel; in a kana-only field a dash can mean nothing else.
const DASHES = /[-‐‑‒–—―−]/gu;
const INVISIBLE_FORMAT = /\p{Cf}/gu;
const WHITESPACE_RUN = /\s+/gu;
const MARKS_WITHOUT_SOUND = new Set([" ", "ー", "・"]);

/**
 * The reading of a name (フリガナ) typed in hiragana or katakana, full- or half-width, returned in
 * full-width katakana.
 *
 * Why one form, and why katakana: official Japanese forms (住民票, マイナンバー, bank accounts)
 * write readings in katakana, and caseworkers compare readings when they look for duplicate
 * applications or match the applicant to the bank account holder. Storing やまだ and ヤマダ
 * differently would make the same person look like two. Katakana is also how foreign names are
 * written in Japan, so it suits every family.
 *
 * wanakana decides what counts as kana (it includes ー and ・); NFKC first turns half-width
 * katakana (ﾔﾏﾀﾞ) and the 全角 space into their usual forms.
 */
export function normalizeFurigana(raw: string): FuriganaResult {
  const text = raw
    .normalize("NFKC")
    .replace(INVISIBLE_FORMAT, "")
    .replace(DASHES, "ー")
    .replace(WHITESPACE_RUN, " ")
    .trim();
  if (text === "") return { ok: false, problem: "empty" };
  const characters = [...text];
  if (characters.some((character) => character !== " " && !isKana(character))) {
    return { ok: false, problem: characters.some((character) => isKanji(character)) ? "kanji" : "notKana" };
  }
  // "ー・ー" is kana to wanakana but spells no sound at all.
  if (characters.every((character) => MARKS_WITHOUT_SOUND.has(character))) return { ok: false, problem: "notKana" };
  if (characters.length > FURIGANA_MAX_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, value: toKatakana(text) };
}
