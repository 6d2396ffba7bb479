import { z } from "zod";
import { normalizeAccountNumber } from "./account-number";
import type { BankMessageKey } from "./message-keys";
import { convertYuchoAccount, YUCHO_BANK_CODE } from "./yucho-account";
import { toZenginKana } from "./zengin-kana";

/** 普通 (ordinary), 当座 (current), 貯蓄 (savings). Labels: fields.bank.accountTypes.<type>. */
export const ACCOUNT_TYPES = ["ordinary", "current", "savings"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** 預金種目 codes of the 全銀 transfer format, for the payment file. */
export const ZENGIN_ACCOUNT_TYPE_CODES: Readonly<Record<AccountType, string>> = {
  ordinary: "1",
  current: "2",
  savings: "4",
};

const HOLDER_PROBLEM_KEYS = {
  empty: "bank.holderRequired",
  kanji: "bank.holderKanji",
  characters: "bank.holderCharacters",
  tooLong: "bank.holderTooLong",
} as const satisfies Record<string, BankMessageKey>;

function typed(requiredKey: BankMessageKey) {
  return z.string({ error: (issue) => (issue.input === undefined ? requiredKey : "invalid") });
}

function digitsCode(length: number, requiredKey: BankMessageKey) {
  return typed(requiredKey).transform((raw, ctx) => {
    const code = raw.normalize("NFKC").trim();
    if (new RegExp(`^\\d{${length}}$`).test(code)) return code;
    ctx.issues.push({ code: "custom", message: requiredKey, input: raw });
    return z.NEVER;
  });
}

/** 4 digits, as chosen from the bank search. Whether the bank exists is checkBankAndBranch's job. */
export const bankCodeSchema = digitsCode(4, "bank.bankRequired");
/** 3 digits, as chosen from the branch search. */
export const branchCodeSchema = digitsCode(3, "bank.branchRequired");

export const accountTypeSchema = z.enum(ACCOUNT_TYPES, { error: "bank.accountTypeRequired" });

/** 1 to 7 digits in, 7 digits out (left-padded with zeros as the 全銀 format requires). */
export const accountNumberSchema = typed("bank.accountNumberRequired").transform((raw, ctx) => {
  const result = normalizeAccountNumber(raw);
  if (result.ok) return result.value;
  ctx.issues.push({ code: "custom", message: result.messageKey, input: raw });
  return z.NEVER;
});

/** 口座名義 in any kana, out as 全銀 half-width katakana ("ﾔﾏﾀﾞ ﾀﾛｳ"). */
export const holderNameSchema = typed("bank.holderRequired").transform((raw, ctx) => {
  const result = toZenginKana(raw);
  if (result.ok) return result.value;
  ctx.issues.push({ code: "custom", message: HOLDER_PROBLEM_KEYS[result.problem], input: raw });
  return z.NEVER;
});

/** An account at any bank, ゆうちょ銀行 included when its 店番 and 口座番号 are known. */
export const bankAccountSchema = z.object(
  {
    bankCode: bankCodeSchema,
    branchCode: branchCodeSchema,
    accountType: accountTypeSchema,
    accountNumber: accountNumberSchema,
    holderName: holderNameSchema,
  },
  { error: "invalid" },
);

export type BankAccount = z.output<typeof bankAccountSchema>;

/**
 * A ゆうちょ銀行 account as its passbook shows it (記号・番号), turned into the same BankAccount
 * as other banks (bank 9900, 店番, 普通 or 当座, 7-digit number): see convertYuchoAccount.
 */
export const yuchoAccountSchema = z
  .object(
    {
      symbol: typed("bank.yuchoSymbolRequired"),
      number: typed("bank.yuchoNumberRequired"),
      holderName: holderNameSchema,
    },
    { error: "invalid" },
  )
  .transform((account, ctx): BankAccount => {
    const converted = convertYuchoAccount(account.symbol, account.number);
    if (converted.ok) return { bankCode: YUCHO_BANK_CODE, ...converted.data, holderName: account.holderName };
    for (const issue of converted.issues) {
      ctx.issues.push({ code: "custom", message: issue.messageKey, path: [issue.path], input: account });
    }
    return z.NEVER;
  });
