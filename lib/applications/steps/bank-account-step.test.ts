import { describe, expect, it } from "vitest";
import { bankAccountStep } from "./bank-account-step";
import { parseAnswers } from "./parse-answers";

const issues = (bankAccount: unknown) => {
  const result = parseAnswers(bankAccountStep, { bankAccount });
  return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.messageKey}`);
};

describe("bank account step", () => {
  it("stores any bank's account as typed, cleaned", () => {
    expect(
      parseAnswers(bankAccountStep, {
        bankAccount: {
          bankCode: "0001",
          branchCode: "００１",
          accountType: "ordinary",
          accountNumber: "12345",
          holderName: "ﾔﾏﾀﾞ ﾊﾅｺ",
        },
      }),
    ).toEqual({
      ok: true,
      data: {
        bankAccount: {
          bankCode: "0001",
          branchCode: "001",
          accountType: "ordinary",
          accountNumber: "0012345",
          holderName: "ﾔﾏﾀﾞ ﾊﾅｺ",
        },
      },
    });
  });

  it("turns a ゆうちょ passbook's 記号・番号 into the same stored shape, whatever else the form still holds", () => {
    expect(
      parseAnswers(bankAccountStep, {
        bankAccount: {
          bankCode: "9900",
          yuchoEntry: "passbook",
          symbol: "１２３４０",
          number: "1234567-1",
          branchCode: "",
          accountType: "",
          accountNumber: "",
          holderName: "やまだ はなこ",
        },
      }),
    ).toEqual({
      ok: true,
      data: {
        bankAccount: {
          bankCode: "9900",
          branchCode: "238",
          accountType: "ordinary",
          accountNumber: "1234567",
          holderName: "ﾔﾏﾀﾞ ﾊﾅｺ",
        },
      },
    });
  });

  it("points passbook problems at the passbook fields", () => {
    expect(
      issues({ bankCode: "9900", yuchoEntry: "passbook", symbol: "", number: "12345678", holderName: "" }),
    ).toEqual([
      "bankAccount.symbol fields.bank.yuchoSymbolRequired",
      "bankAccount.holderName fields.bank.holderRequired",
    ]);
    expect(
      issues({ bankCode: "9900", yuchoEntry: "passbook", symbol: "12340", number: "12345678", holderName: "ﾔﾏﾀﾞ" }),
    ).toEqual(["bankAccount.number fields.bank.yuchoNumberEnding"]);
  });

  it("reads ゆうちょ's transfer details, and any other bank, as a plain account", () => {
    expect(
      issues({ bankCode: "9900", yuchoEntry: "transfer", symbol: "12340", number: "12345671", holderName: "ﾔﾏﾀﾞ" }),
    ).toEqual([
      "bankAccount.branchCode fields.bank.branchRequired",
      "bankAccount.accountType fields.bank.accountTypeRequired",
      "bankAccount.accountNumber fields.bank.accountNumberRequired",
    ]);
    // Passbook details for another bank are ignored: only ゆうちょ銀行 has them.
    expect(issues({ bankCode: "0001", yuchoEntry: "passbook", symbol: "12340", number: "12345671" })).toContain(
      "bankAccount.branchCode fields.bank.branchRequired",
    );
  });

  it("never throws on what is not an account", () => {
    for (const hostile of [undefined, null, "9900", [], { bankCode: 9900, yuchoEntry: "passbook" }]) {
      expect(issues(hostile).length).toBeGreaterThan(0);
    }
  });
});
