import type { BankMessageKey } from "./message-keys";

export type AccountNumberResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly messageKey: BankMessageKey };

const SEPARATORS = /[\s\-‐‑‒–—―−ー]/gu;

/**
 * An account number (口座番号) as 7 digits. The 全銀 transfer format has a fixed 7-digit field and
 * requires shorter numbers to be right-aligned with leading zeros, which is also how banks print
 * them; some smaller banks and credit unions issue 6-digit numbers. So 1 to 7 digits are accepted
 * and padded. 8 or more digits is almost always a ゆうちょ銀行 番号, which needs converting instead.
 */
export function normalizeAccountNumber(raw: string): AccountNumberResult {
  const digits = raw.normalize("NFKC").replace(SEPARATORS, "");
  if (digits === "") return { ok: false, messageKey: "bank.accountNumberRequired" };
  if (!/^\d+$/.test(digits)) return { ok: false, messageKey: "bank.accountNumberFormat" };
  if (digits.length > 7) return { ok: false, messageKey: "bank.accountNumberLength" };
  if (/^0+$/.test(digits)) return { ok: false, messageKey: "bank.accountNumberFormat" };
  return { ok: true, value: digits.padStart(7, "0") };
}
