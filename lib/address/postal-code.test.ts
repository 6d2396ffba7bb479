import { describe, expect, it } from "vitest";
import { formatPostalCode, normalizePostalCode } from "./postal-code";

describe("normalizePostalCode", () => {
  it.each([
    "1000001",
    "100-0001",
    "１００－０００１",
    "１０００００１",
    "〒100-0001",
    "〒 100-0001",
    "〶1000001",
    "100ー0001",
    "100 0001",
    " 100-0001 ",
  ])("reads %j as 1000001", (typed) => {
    expect(normalizePostalCode(typed)).toBe("1000001");
  });

  it.each(["", "100-001", "10000011", "1000-001", "100--0001", "abc-defg", "100-0001 東京"])("rejects %j", (typed) => {
    expect(normalizePostalCode(typed)).toBeUndefined();
  });

  it("writes a code the way addresses show it", () => {
    expect(formatPostalCode("1000001")).toBe("100-0001");
  });
});
