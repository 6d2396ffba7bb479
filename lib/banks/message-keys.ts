/**
 * Every key the bank account fields can report, and the labels of the account types, inside the
 * "fields" message namespace of messages/ja.json and messages/en.json.
 */
export const BANK_MESSAGE_KEYS = [
  "invalid",
  "bank.bankRequired",
  "bank.bankNotFound",
  "bank.branchRequired",
  "bank.branchNotFound",
  "bank.accountTypeRequired",
  "bank.accountNumberRequired",
  "bank.accountNumberFormat",
  "bank.accountNumberLength",
  "bank.holderRequired",
  "bank.holderKanji",
  "bank.holderCharacters",
  "bank.holderTooLong",
  "bank.yuchoSymbolRequired",
  "bank.yuchoSymbolFormat",
  "bank.yuchoNumberRequired",
  "bank.yuchoNumberFormat",
  "bank.yuchoNumberEnding",
  "bank.yuchoSymbolUnknown",
  "bank.accountTypes.ordinary",
  "bank.accountTypes.current",
  "bank.accountTypes.savings",
] as const;

export type BankMessageKey = (typeof BANK_MESSAGE_KEYS)[number];
