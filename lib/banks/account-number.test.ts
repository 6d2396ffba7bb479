import { describe, expect, it } from "vitest";
import { normalizeAccountNumber } from "./account-number";

describe("normalizeAccountNumber", () => {
  it("keeps 7 digits, typed in any width or with separators", () => {
    expect(normalizeAccountNumber("1234567")).toEqual({ ok: true, value: "1234567" });
    expect(normalizeAccountNumber("１２３４５６７")).toEqual({ ok: true, value: "1234567" });
    expect(normalizeAccountNumber("123-4567")).toEqual({ ok: true, value: "1234567" });
    expect(normalizeAccountNumber(" 123 4567 ")).toEqual({ ok: true, value: "1234567" });
  });

  it("pads shorter numbers with leading zeros, as the transfer format requires", () => {
    expect(normalizeAccountNumber("123456")).toEqual({ ok: true, value: "0123456" });
    expect(normalizeAccountNumber("0123456")).toEqual({ ok: true, value: "0123456" });
  });

  it("points people with an 8-digit number towards the ゆうちょ fields", () => {
    expect(normalizeAccountNumber("12345671")).toEqual({ ok: false, messageKey: "bank.accountNumberLength" });
  });

  it("catches letters, all zeros and an empty answer", () => {
    expect(normalizeAccountNumber("12a4567")).toEqual({ ok: false, messageKey: "bank.accountNumberFormat" });
    expect(normalizeAccountNumber("0000000")).toEqual({ ok: false, messageKey: "bank.accountNumberFormat" });
    expect(normalizeAccountNumber("  ")).toEqual({ ok: false, messageKey: "bank.accountNumberRequired" });
  });
});
