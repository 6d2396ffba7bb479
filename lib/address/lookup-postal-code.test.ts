import { afterEach, describe, expect, it, vi } from "vitest";
import { lookupPostalCode } from "./lookup-postal-code";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("lookupPostalCode", () => {
  it("finds the town for a code typed with full-width digits and 〒", () => {
    expect(lookupPostalCode("〒１０４－００６１")).toEqual({
      ok: true,
      data: { postalCode: "1040061", candidates: [{ prefecture: "東京都", city: "中央区", town: "銀座" }] },
    });
  });

  it("gives every town when a code covers several", () => {
    const result = lookupPostalCode("452-0961");
    if (!result.ok) throw new Error("not found");
    expect(result.data.candidates.length).toBeGreaterThan(10);
    expect(result.data.candidates).toContainEqual({ prefecture: "愛知県", city: "清須市", town: "春日夢の森" });
    expect(new Set(result.data.candidates.map((candidate) => candidate.city))).toEqual(new Set(["清須市"]));
  });

  it("gives every city when a code covers several, without a town", () => {
    expect(lookupPostalCode("1900100")).toEqual({
      ok: true,
      data: {
        postalCode: "1900100",
        candidates: [
          { prefecture: "東京都", city: "あきる野市", town: "" },
          { prefecture: "東京都", city: "西多摩郡日の出町", town: "" },
        ],
      },
    });
  });

  it("finds addresses on remote islands and in Hokkaido", () => {
    expect(lookupPostalCode("907-1801")).toMatchObject({
      ok: true,
      data: { candidates: [{ prefecture: "沖縄県", city: "八重山郡与那国町", town: "与那国" }] },
    });
    expect(lookupPostalCode("060-0000")).toMatchObject({
      ok: true,
      data: { candidates: [{ prefecture: "北海道", city: "札幌市中央区", town: "" }] },
    });
  });

  it("says when a well-formed code is unknown", () => {
    expect(lookupPostalCode("000-0000")).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "address.postalCodeNotFound" }],
    });
    expect(lookupPostalCode("100-0099")).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "address.postalCodeNotFound" }],
    });
  });

  it("says when what was typed is not a postal code", () => {
    expect(lookupPostalCode("100-001")).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "address.postalCodeFormat" }],
    });
  });

  it("reads its data from the installed package, never from the network", () => {
    const fetch = vi.fn(() => Promise.reject(new Error("no network")));
    vi.stubGlobal("fetch", fetch);
    expect(lookupPostalCode("0600001").ok).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });
});
