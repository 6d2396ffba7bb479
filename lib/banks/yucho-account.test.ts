import { describe, expect, it } from "vitest";
import { findBranch } from "./search-banks";
import { convertYuchoAccount, YUCHO_BANK_CODE } from "./yucho-account";

describe("convertYuchoAccount", () => {
  it("converts a 通常貯金 記号・番号 into 店番 (2nd and 3rd digits + 8), 普通 and the 番号 without its final 1", () => {
    expect(convertYuchoAccount("12340", "12345671")).toEqual({
      ok: true,
      data: { branchCode: "238", accountType: "ordinary", accountNumber: "1234567" },
    });
    expect(convertYuchoAccount("10530", "12345671")).toMatchObject({ ok: true, data: { branchCode: "058" } });
  });

  it("pads a short 番号 to 7 digits after dropping the final 1", () => {
    expect(convertYuchoAccount("17300", "1234561")).toMatchObject({ ok: true, data: { accountNumber: "0123456" } });
    expect(convertYuchoAccount("17300", "123451")).toMatchObject({ ok: true, data: { accountNumber: "0012345" } });
  });

  it("converts a 振替口座 into 店番 (2nd and 3rd digits + 9), 当座 and the 番号 padded to 7 digits", () => {
    expect(convertYuchoAccount("00120", "12345")).toEqual({
      ok: true,
      data: { branchCode: "019", accountType: "current", accountNumber: "0012345" },
    });
    expect(convertYuchoAccount("00120-4", "123456")).toMatchObject({
      ok: true,
      data: { branchCode: "019", accountNumber: "0123456" },
    });
  });

  it("reads numbers typed in full width or with hyphens and spaces", () => {
    expect(convertYuchoAccount("１２３４０", "１２３４ ５６７１")).toMatchObject({
      ok: true,
      data: { accountNumber: "1234567" },
    });
  });

  it("gives branches that exist in the bank directory", async () => {
    for (const [symbol, number] of [
      ["12340", "12345671"],
      ["17300", "19927651"],
      ["00120", "12345"],
    ] as const) {
      const converted = convertYuchoAccount(symbol, number);
      if (!converted.ok) throw new Error(symbol);
      expect(await findBranch(YUCHO_BANK_CODE, converted.data.branchCode)).toBeDefined();
    }
  });

  it("refuses a 通常貯金 番号 that does not end in 1 instead of guessing", () => {
    expect(convertYuchoAccount("12340", "12345678")).toEqual({
      ok: false,
      issues: [{ path: "number", messageKey: "bank.yuchoNumberEnding" }],
    });
  });

  it("explains a malformed 記号 or 番号, field by field", () => {
    expect(convertYuchoAccount("2345", "123456789")).toEqual({
      ok: false,
      issues: [
        { path: "symbol", messageKey: "bank.yuchoSymbolFormat" },
        { path: "number", messageKey: "bank.yuchoNumberFormat" },
      ],
    });
    expect(convertYuchoAccount("", " ")).toEqual({
      ok: false,
      issues: [
        { path: "symbol", messageKey: "bank.yuchoSymbolRequired" },
        { path: "number", messageKey: "bank.yuchoNumberRequired" },
      ],
    });
    expect(convertYuchoAccount("00120", "1234567")).toEqual({
      ok: false,
      issues: [{ path: "number", messageKey: "bank.yuchoNumberFormat" }],
    });
    expect(convertYuchoAccount("12340", "1")).toEqual({
      ok: false,
      issues: [{ path: "number", messageKey: "bank.yuchoNumberFormat" }],
    });
  });
});
