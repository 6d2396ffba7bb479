/** Longest family or given name accepted, in characters (code points, so 𠮷 counts once). */
export const NAME_MAX_LENGTH = 50;

export type NameTextResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: "empty" | "characters" | "tooLong" };

// Invisible format characters (zero-width spaces, byte-order marks, bidirectional overrides) come
// with copied text and carry no meaning in a name; bidi overrides can even make a name display as
// something else. Removing them is kinder than asking people to find characters they cannot see.
const INVISIBLE_FORMAT = /\p{Cf}/gu;
// Tabs, line breaks and broken surrogate halves cannot be part of a name typed into one field.
const CONTROL_OR_BROKEN = /[\p{Cc}\p{Cs}]/u;
const WHITESPACE_RUN = /\s+/gu;

/**
 * A name as people type it (kanji, kana or latin, for parents of any nationality), made
 * comparable: NFC, invisible characters removed, trimmed, spaces (including 全角 spaces) collapsed.
 *
 * NFC also maps CJK compatibility ideographs to their unified forms (U+FA19 神 → U+795E 神): the
 * stored name may then look slightly different in some fonts, but one name always compares equal
 * to itself, which duplicate checks and searches by caseworkers rely on.
 */
export function normalizeNameText(raw: string): NameTextResult {
  const text = raw.normalize("NFC").replace(INVISIBLE_FORMAT, "").trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (CONTROL_OR_BROKEN.test(text)) return { ok: false, problem: "characters" };
  const value = text.replace(WHITESPACE_RUN, " ");
  if ([...value].length > NAME_MAX_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, value };
}
