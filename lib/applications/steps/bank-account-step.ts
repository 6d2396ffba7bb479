import { z } from "zod";
import { bankAccountSchema, yuchoAccountSchema, type BankAccount } from "@/lib/banks/bank-account-schema";
import { convertYuchoAccount, YUCHO_BANK_CODE } from "@/lib/banks/yucho-account";

/**
 * How a ゆうちょ銀行 account was entered: from the passbook's 記号・番号 ("passbook"), or as the
 * 店名・預金種目・口座番号 for transfers ("transfer"), like any other bank.
 */
export const YUCHO_ENTRIES = ["passbook", "transfer"] as const;

/**
 * The answer says ゆうちょ銀行 and that the passbook's 記号・番号 were typed. The directory check
 * (checkBankAndBranch) then concerns the 店番 worked out from the 記号: place its problem there.
 */
export function isYuchoPassbook(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { bankCode, yuchoEntry } = value as Record<string, unknown>;
  return (
    yuchoEntry === "passbook" && typeof bankCode === "string" && bankCode.normalize("NFKC").trim() === YUCHO_BANK_CODE
  );
}

/**
 * The bank account answer as the form sends it. Either an account of any bank ({ bankCode,
 * branchCode, accountType, accountNumber, holderName }), or, for ゆうちょ銀行 with
 * `yuchoEntry: "passbook"`, the passbook's { symbol, number, holderName }, converted here on the
 * server. Both come out as the same BankAccount, so what is stored and paid never differs; the
 * draft keeps what was typed. Issues point at the fields typed ("symbol", "number", …).
 */
export const bankAccountAnswerSchema = z.unknown().transform((value, ctx): BankAccount => {
  const passbook = isYuchoPassbook(value);
  const parsed = (passbook ? yuchoAccountSchema : bankAccountSchema).safeParse(value);
  if (parsed.success) return parsed.data;
  const issues: { path: PropertyKey[]; message: string }[] = parsed.error.issues;
  // yuchoAccountSchema converts only once every field parses; say what is wrong with the 記号・番号
  // at the same time as, say, a missing holder name, so the parent can mend everything at once.
  if (passbook && !issues.some((issue) => issue.path[0] === "symbol" || issue.path[0] === "number")) {
    const { symbol, number } = value as Record<string, unknown>;
    const converted = convertYuchoAccount(String(symbol ?? ""), String(number ?? ""));
    if (!converted.ok)
      issues.unshift(...converted.issues.map((issue) => ({ path: [issue.path], message: issue.messageKey })));
  }
  for (const issue of issues)
    ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: value });
  return z.NEVER;
});

/** The account for the transfer; keys come from lib/banks ("fields" namespace). */
export const bankAccountStep = z.object({ bankAccount: bankAccountAnswerSchema });

export type BankAccountStep = z.output<typeof bankAccountStep>;
