import { groupCode, normaliseReadableCode, randomReadableCode } from "./readable-code";

/**
 * Reference numbers: 10 characters of the readable alphabet, shown and stored as "XXXXX-XXXXX".
 * 25^10 ≈ 9.5 × 10^13 possibilities (46 bits): with the status page's rate limit and its second
 * factor (a child's birth date), guessing one is out of reach, and a collision among the
 * programme's few thousand applications a year is rare enough to retry (submit-application.ts).
 * No prefix or year: people read these out on the phone, and every character costs them.
 */
export const REFERENCE_LENGTH = 10;
const GROUPS = [5, 5] as const;

export function generateReferenceNumber(): string {
  return groupCode(randomReadableCode(REFERENCE_LENGTH), GROUPS);
}

/** The stored form of a reference as typed ("abcde fghjk", "ＡＢＣＤＥ－ＦＧＨＪＫ"), or undefined. */
export function normaliseReferenceNumber(raw: string): string | undefined {
  const bare = normaliseReadableCode(raw, REFERENCE_LENGTH);
  return bare === undefined ? undefined : groupCode(bare, GROUPS);
}
