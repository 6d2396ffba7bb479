import { beforeEach, describe, expect, it, vi } from "vitest";
import { pointAppAtTestDatabase } from "./support/app-database";

// The action's limit is counted in the database.
pointAppAtTestDatabase();

// The action reads the caller's address from the request and translates with next-intl; outside
// Next both come from here. Messages are shown by key.
const request = vi.hoisted(() => ({ address: "198.51.100.1" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.address }),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
}));

const { lookupAddress } = await import("@/app/[locale]/(apply)/apply/[step]/lookup-address-action");

let next = 0;
beforeEach(() => {
  request.address = `198.51.100.${++next}`;
});

describe("lookupAddress", () => {
  it("gives the address of a postal code typed in any usual way, and the code as written", async () => {
    expect(await lookupAddress("ja", "〒１００－０００１")).toEqual({
      ok: true,
      postalCode: "100-0001",
      candidates: [{ prefecture: "東京都", city: "千代田区", town: "千代田" }],
    });
  });

  it("says why there is no address", async () => {
    expect(await lookupAddress("en", "000-0000")).toEqual({ ok: false, message: "fields.address.postalCodeNotFound" });
    expect(await lookupAddress("en", "12")).toEqual({ ok: false, message: "fields.address.postalCodeFormat" });
    expect(await lookupAddress("en", " ")).toEqual({ ok: false, message: "fields.address.postalCodeRequired" });
    expect(await lookupAddress("en", "1".repeat(10_000))).toEqual({
      ok: false,
      message: "fields.address.postalCodeFormat",
    });
    expect(await lookupAddress("en", { toString: () => "1000001" })).toEqual({
      ok: false,
      message: "fields.address.postalCodeRequired",
    });
  });

  it("slows down one caller that looks up too many codes, not the others", async () => {
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push(await lookupAddress("ja", "100-0001"));
    expect(answers.slice(0, 30).every((answer) => answer.ok)).toBe(true);
    expect(answers[30]).toEqual({ ok: false, message: "apply.steps.address.lookupLimited" });
    request.address = "203.0.113.7";
    expect((await lookupAddress("ja", "100-0001")).ok).toBe(true);
  });
});
