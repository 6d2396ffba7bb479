import { describe, expect, it } from "vitest";
import { normalizeEmailAddress } from "./email-address";

describe("normalizeEmailAddress", () => {
  it("trims and lower-cases the domain only", () => {
    expect(normalizeEmailAddress("  Taro.Yamada@Example.CO.JP ")).toEqual({
      ok: true,
      value: "Taro.Yamada@example.co.jp",
    });
  });

  it("turns what a Japanese keyboard types in full width into ASCII", () => {
    expect(normalizeEmailAddress("taro＠example.com")).toEqual({ ok: true, value: "taro@example.com" });
    expect(normalizeEmailAddress("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ")).toEqual({ ok: true, value: "taro@example.com" });
  });

  it("accepts the old mobile-carrier addresses with dots next to each other or before the @", () => {
    expect(normalizeEmailAddress("taro..yamada@docomo.ne.jp")).toEqual({
      ok: true,
      value: "taro..yamada@docomo.ne.jp",
    });
    expect(normalizeEmailAddress("taro.@ezweb.ne.jp")).toEqual({ ok: true, value: "taro.@ezweb.ne.jp" });
    expect(normalizeEmailAddress("a+tag_1@i.softbank.jp")).toEqual({ ok: true, value: "a+tag_1@i.softbank.jp" });
  });

  it("accepts internationalised domains", () => {
    expect(normalizeEmailAddress("info@日本語.jp")).toEqual({ ok: true, value: "info@日本語.jp" });
  });

  it("says when the @ is missing", () => {
    expect(normalizeEmailAddress("taro.example.com")).toEqual({ ok: false, messageKey: "email.missingAt" });
  });

  it("says when there are spaces inside", () => {
    expect(normalizeEmailAddress("taro @example.com")).toEqual({ ok: false, messageKey: "email.spaces" });
    expect(normalizeEmailAddress("taro@example　.com")).toEqual({ ok: false, messageKey: "email.spaces" });
  });

  it.each([
    "@example.com",
    "taro@",
    "taro@example",
    "taro@example,com",
    "taro@example.com.",
    "taro@.example.com",
    "taro@example..com",
    "taro@-example.com",
    "taro@example.c",
    "taro@example.123",
    "taro@@example.com",
    "ta(ro)@example.com",
    "たろう@example.com",
  ])("catches the mistake in %j", (typed) => {
    expect(normalizeEmailAddress(typed)).toEqual({ ok: false, messageKey: "email.format" });
  });

  it("enforces the length limits of email", () => {
    const domain = "@example.com";
    expect(normalizeEmailAddress(`${"a".repeat(64)}${domain}`).ok).toBe(true);
    expect(normalizeEmailAddress(`${"a".repeat(65)}${domain}`)).toEqual({ ok: false, messageKey: "email.format" });
    const longDomain = `${"d".repeat(60)}.`.repeat(4) + "jp"; // 246 characters
    expect(normalizeEmailAddress(`abcdefg@${longDomain}`).ok).toBe(true); // 254 in all
    expect(normalizeEmailAddress(`abcdefgh@${longDomain}`)).toEqual({ ok: false, messageKey: "email.tooLong" });
  });

  it("reports an empty answer", () => {
    expect(normalizeEmailAddress(" ")).toEqual({ ok: false, messageKey: "email.required" });
  });
});
