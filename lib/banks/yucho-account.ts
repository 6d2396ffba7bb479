import type { ParseResult, ValidationIssue } from "@/lib/eligibility/validation-issues";

export const YUCHO_BANK_CODE = "9900";

export interface YuchoTransferAccount {
  /** 店番, e.g. "238". */
  readonly branchCode: string;
  /** 通常貯金 is received as 普通 (ordinary), a 振替口座 as 当座 (current). */
  readonly accountType: "ordinary" | "current";
  /** 7 digits. */
  readonly accountNumber: string;
}

const SEPARATORS = /[\s\-‐‑‒–—―−ー]/gu;

function digitsOf(raw: string): string {
  return raw.normalize("NFKC").replace(SEPARATORS, "");
}

/**
 * ゆうちょ銀行 passbooks give a 記号 (5 digits) and 番号 instead of a branch and account number.
 * Transfers from other banks need the 振込用 店名・預金種目・口座番号, which follow from the 記号
 * and 番号 by a fixed rule that ゆうちょ銀行 publishes for receiving transfers from other banks:
 *
 * - 通常貯金 (総合口座), 記号 1○○△0, 番号 up to 8 digits ending in 1:
 *   店番 = 2nd and 3rd digits of the 記号 + "8" (記号 12340 → 店 238, 店名 二三八);
 *   預金種目 = 普通; 口座番号 = the 番号 without its final 1, padded to 7 digits
 *   (12345671 → 1234567; 123451 → 0012345).
 * - 振替口座, written 0○○△□-◇-番号 (記号, a check digit, then up to 6 digits):
 *   店番 = 2nd and 3rd digits of the 記号 + "9" (00120 → 店 019, 〇一九);
 *   預金種目 = 当座; 口座番号 = the 番号 padded to 7 digits (12345 → 0012345).
 *
 * A 振替口座 記号 typed with its check digit (001204) is accepted; the check digit plays no part
 * in the conversion and is not verified. A 通常貯金 番号 that does not end in 1 is refused rather
 * than guessed at: the person has most likely mistyped it. Whether the resulting 店番 exists is
 * checked against the directory by checkBankAndBranch, like any other branch.
 */
export function convertYuchoAccount(symbol: string, number: string): ParseResult<YuchoTransferAccount> {
  let symbolDigits = digitsOf(symbol);
  const numberDigits = digitsOf(number);
  const issues: ValidationIssue[] = [];
  if (symbolDigits.length === 6 && symbolDigits.startsWith("0")) symbolDigits = symbolDigits.slice(0, 5);
  if (symbolDigits === "") issues.push({ path: "symbol", messageKey: "bank.yuchoSymbolRequired" });
  else if (!/^[01]\d{4}$/.test(symbolDigits)) issues.push({ path: "symbol", messageKey: "bank.yuchoSymbolFormat" });
  if (numberDigits === "") issues.push({ path: "number", messageKey: "bank.yuchoNumberRequired" });
  else if (!/^\d{1,8}$/.test(numberDigits)) issues.push({ path: "number", messageKey: "bank.yuchoNumberFormat" });
  if (issues.length > 0) return { ok: false, issues };

  const branchStem = symbolDigits.slice(1, 3);
  if (symbolDigits.startsWith("1")) {
    if (!numberDigits.endsWith("1"))
      return { ok: false, issues: [{ path: "number", messageKey: "bank.yuchoNumberEnding" }] };
    const accountNumber = numberDigits.slice(0, -1).padStart(7, "0");
    if (/^0+$/.test(accountNumber))
      return { ok: false, issues: [{ path: "number", messageKey: "bank.yuchoNumberFormat" }] };
    return { ok: true, data: { branchCode: `${branchStem}8`, accountType: "ordinary", accountNumber } };
  }
  if (numberDigits.length > 6 || /^0+$/.test(numberDigits)) {
    return { ok: false, issues: [{ path: "number", messageKey: "bank.yuchoNumberFormat" }] };
  }
  return {
    ok: true,
    data: { branchCode: `${branchStem}9`, accountType: "current", accountNumber: numberDigits.padStart(7, "0") },
  };
}
