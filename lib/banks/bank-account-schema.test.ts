import { describe, expect, it } from "vitest";
import { parseWithIssues } from "@/lib/eligibility/validation-issues";
import { bankAccountSchema, yuchoAccountSchema, ZENGIN_ACCOUNT_TYPE_CODES } from "./bank-account-schema";

describe("bankAccountSchema", () => {
  it("gives the payment file what it needs, from what people type", () => {
    expect(
      bankAccountSchema.parse({
        bankCode: "0001",
        branchCode: "００１",
        accountType: "ordinary",
        accountNumber: "123456",
        holderName: "やまだ はなこ",
      }),
    ).toEqual({
      bankCode: "0001",
      branchCode: "001",
      accountType: "ordinary",
      accountNumber: "0123456",
      holderName: "ﾔﾏﾀﾞ ﾊﾅｺ",
    });
    expect(ZENGIN_ACCOUNT_TYPE_CODES).toEqual({ ordinary: "1", current: "2", savings: "4" });
  });

  it("names each missing field with its own message", () => {
    expect(parseWithIssues(bankAccountSchema, { holderName: "" })).toEqual({
      ok: false,
      issues: [
        { path: "bankCode", messageKey: "bank.bankRequired" },
        { path: "branchCode", messageKey: "bank.branchRequired" },
        { path: "accountType", messageKey: "bank.accountTypeRequired" },
        { path: "accountNumber", messageKey: "bank.accountNumberRequired" },
        { path: "holderName", messageKey: "bank.holderRequired" },
      ],
    });
  });

  it("explains what is wrong with each answer", () => {
    expect(
      parseWithIssues(bankAccountSchema, {
        bankCode: "1",
        branchCode: "01",
        accountType: "普通",
        accountNumber: "12345678",
        holderName: "山田花子",
      }),
    ).toEqual({
      ok: false,
      issues: [
        { path: "bankCode", messageKey: "bank.bankRequired" },
        { path: "branchCode", messageKey: "bank.branchRequired" },
        { path: "accountType", messageKey: "bank.accountTypeRequired" },
        { path: "accountNumber", messageKey: "bank.accountNumberLength" },
        { path: "holderName", messageKey: "bank.holderKanji" },
      ],
    });
  });
});

describe("yuchoAccountSchema", () => {
  it("turns a passbook's 記号・番号 into an account like any other bank's", () => {
    expect(yuchoAccountSchema.parse({ symbol: "12340", number: "12345671", holderName: "ユウチヨ タロウ" })).toEqual({
      bankCode: "9900",
      branchCode: "238",
      accountType: "ordinary",
      accountNumber: "1234567",
      holderName: "ﾕｳﾁﾖ ﾀﾛｳ",
    });
  });

  it("points each problem at its own field", () => {
    expect(parseWithIssues(yuchoAccountSchema, { symbol: "12340", number: "12345678", holderName: "ヤマダ" })).toEqual({
      ok: false,
      issues: [{ path: "number", messageKey: "bank.yuchoNumberEnding" }],
    });
    expect(parseWithIssues(yuchoAccountSchema, { holderName: "ﾔﾏﾀﾞ" })).toEqual({
      ok: false,
      issues: [
        { path: "symbol", messageKey: "bank.yuchoSymbolRequired" },
        { path: "number", messageKey: "bank.yuchoNumberRequired" },
      ],
    });
  });
});
