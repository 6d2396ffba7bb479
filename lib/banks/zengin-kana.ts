import { isKanji, toKatakana } from "wanakana";

/**
 * Longest account holder name accepted, in half-width characters (a voiced kana such as ｶﾞ counts
 * as two). The 全銀 transfer record carries 30 and banks cut the rest, matching on what arrives;
 * a longer real name (common for foreign residents) is accepted rather than refused, and the
 * payment file cuts it to 30 as banks do. 48 is the longest name field banks' own forms offer.
 */
export const HOLDER_NAME_MAX_LENGTH = 48;

export type ZenginKanaResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: "empty" | "kanji" | "characters" | "tooLong" };

// Hand-written because neither wanakana nor String.normalize converts to half-width kana (NFKC
// only goes the other way). The 45 letters below are, in order, U+FF71 ｱ to U+FF9D ﾝ. Voiced and
// semi-voiced kana need no entries: NFD splits ガ into カ + U+3099, which becomes ﾞ.
const FULL_WIDTH_LETTERS = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
const TO_HALF_WIDTH = new Map<string, string>([
  ...[...FULL_WIDTH_LETTERS].map((letter, index): [string, string] => [letter, String.fromCharCode(0xff71 + index)]),
  ["\u3099", "ﾞ"],
  ["\u309A", "ﾟ"],
]);

// Also hand-written: the 全銀 character set has no small kana, so banks register ッ as ﾂ, ャ as ﾔ
// and so on (キュウ is kept as ｷﾕｳ), and wanakana has no such conversion.
const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
};

// The 全銀 set has no long vowel mark of its own: banks write ー as a hyphen (the zengin-code data
// itself writes ソニー銀行 as ソニ－), so every dash people type becomes "-".
const LONG_VOWEL_OR_DASH = /[ー‐‑‒–—―−-]/gu;
const INVISIBLE_FORMAT = /\p{Cf}/gu;
const WHITESPACE_RUN = /\s+/gu;
// Besides half-width kana: digits, capital letters, space and ( ) . - /. Some banks accept a few
// more symbols (, \ 「 」), but these are the ones every bank takes.
const ZENGIN_ASCII = /^[0-9A-Z ().\-/]$/;

/** Small kana written large (ッ → ツ), in full-width katakana. */
export function toLargeKana(text: string): string {
  return [...text].map((character) => SMALL_TO_LARGE[character] ?? character).join("");
}

/**
 * An account holder name (口座名義) as people type it, in hiragana, full- or half-width katakana,
 * latin letters and digits, converted to the half-width katakana of 全銀 transfers: small kana
 * made large, letters capitalised, dashes and ー as "-", spaces collapsed. Anything outside the
 * 全銀 set (kanji, ・, ヲ, symbols such as & or ,) is refused rather than guessed at: the name
 * must match the bank's record exactly or the transfer comes back.
 */
export function toZenginKana(raw: string): ZenginKanaResult {
  const text = toKatakana(raw.normalize("NFKC").replace(INVISIBLE_FORMAT, ""), { passRomaji: true })
    .toUpperCase()
    .replace(LONG_VOWEL_OR_DASH, "-")
    .replace(WHITESPACE_RUN, " ")
    .trim();
  if (text === "") return { ok: false, problem: "empty" };
  let value = "";
  for (const character of toLargeKana(text).normalize("NFD")) {
    const halfWidth = TO_HALF_WIDTH.get(character) ?? (ZENGIN_ASCII.test(character) ? character : undefined);
    if (halfWidth === undefined) {
      return { ok: false, problem: [...text].some((letter) => isKanji(letter)) ? "kanji" : "characters" };
    }
    value += halfWidth;
  }
  if (value.length > HOLDER_NAME_MAX_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, value };
}
