import { describe, expect, it } from "vitest";
import { isBankCode, parseDirectoryQuery } from "./parse-directory-query";

describe("parseDirectoryQuery", () => {
  it("keeps what was typed, trimmed and without control characters", () => {
    expect(parseDirectoryQuery("  みずほ ")).toEqual({ ok: true, query: "みずほ" });
    expect(parseDirectoryQuery("mi\u0000zu\u200bho")).toEqual({ ok: true, query: "mizuho" });
    expect(parseDirectoryQuery("０００１")).toEqual({ ok: true, query: "０００１" });
  });

  it("refuses an empty or an overlong search", () => {
    expect(parseDirectoryQuery(null)).toEqual({ ok: false, error: "query_required" });
    expect(parseDirectoryQuery(" \t")).toEqual({ ok: false, error: "query_required" });
    expect(parseDirectoryQuery("あ".repeat(40))).toMatchObject({ ok: true });
    expect(parseDirectoryQuery("あ".repeat(41))).toEqual({ ok: false, error: "query_too_long" });
  });
});

describe("isBankCode", () => {
  it("accepts 4 ASCII digits only", () => {
    expect(isBankCode("0001")).toBe(true);
    for (const other of ["001", "00001", "０００１", "00a1", "0001\n"]) expect(isBankCode(other)).toBe(false);
  });
});
