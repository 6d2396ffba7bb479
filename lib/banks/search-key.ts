import { isRomaji, toKatakana } from "wanakana";
import { toLargeKana } from "./zengin-kana";

const LONG_VOWEL_OR_DASH = /[ー‐‑‒–—―−－-]/gu;
const IGNORED = /[\s・.]/gu;

/**
 * One comparable form for bank and branch names and readings, whatever the script: NFKC (Ｕ → U),
 * lower-case latin, katakana for hiragana, small kana made large and ー as "-" as the 全銀 readings
 * in zengin-code write them (トウキヨウ, ソニ－), spaces and dots dropped. So "とうきょう",
 * "トウキョウ" and "ﾄｳｷｮｳ" all find 東京 (トウキヨウ).
 */
export function toSearchKey(text: string): string {
  const katakana = toKatakana(text.normalize("NFKC").toLowerCase(), { passRomaji: true });
  return toLargeKana(katakana).replace(LONG_VOWEL_OR_DASH, "-").replace(IGNORED, "");
}

/**
 * The keys to look for: the query's own, and for a query in romaji also its katakana reading, so
 * "mizuho" matches ミズホ even where the data's romaji spells a name differently.
 */
export function queryKeys(query: string, dropSuffixes: (key: string) => string): readonly string[] {
  const keys = new Set<string>();
  const own = dropSuffixes(toSearchKey(query));
  if (own !== "") keys.add(own);
  const trimmed = query.normalize("NFKC").trim();
  if (trimmed !== "" && isRomaji(trimmed)) {
    const reading = dropSuffixes(toSearchKey(toKatakana(trimmed.toLowerCase())));
    if (reading !== "") keys.add(reading);
  }
  return [...keys];
}

// People add the kind of institution, which zengin-code leaves out or abbreviates (北海道信金).
const BANK_SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/(銀行|ギンコウ|bank)$/u, ""],
  [/信用金庫$/u, "信金"],
  [/シンヨウキンコ$/u, "シンキン"],
  [/信用組合$/u, "信組"],
  [/シンヨウクミアイ$/u, "シンクミ"],
];
const BRANCH_SUFFIXES: readonly (readonly [RegExp, string])[] = [[/(支店|シテン|branch)$/u, ""]];

function dropping(suffixes: readonly (readonly [RegExp, string])[]): (key: string) => string {
  return (key) => {
    for (const [suffix, replacement] of suffixes) {
      const shorter = key.replace(suffix, replacement);
      if (shorter !== key && shorter !== "") return shorter;
    }
    return key;
  };
}

export const dropBankSuffix = dropping(BANK_SUFFIXES);
export const dropBranchSuffix = dropping(BRANCH_SUFFIXES);
