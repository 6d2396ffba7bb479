import { describe, expect, it } from "vitest";
import { normalizePhoneNumber } from "./phone-number";

const mobile = { ok: true, value: { e164: "+819012345678", display: "090-1234-5678", kind: "mobile" } };

describe("normalizePhoneNumber", () => {
  it.each([
    "09012345678",
    "090-1234-5678",
    "090 1234 5678",
    "(090)1234-5678",
    "０９０－１２３４－５６７８",
    "０９０　１２３４　５６７８",
    "090ー1234ー5678",
    "090−1234−5678",
    "+81 90 1234 5678",
    "+81-90-1234-5678",
    "+819012345678",
    "＋８１９０１２３４５６７８",
    "+81 (0)90 1234 5678",
  ])("reads the mobile number typed as %j", (typed) => {
    expect(normalizePhoneNumber(typed)).toEqual(mobile);
  });

  it("reads landlines with area codes of any length", () => {
    expect(normalizePhoneNumber("(03) 1234-5678")).toEqual({
      ok: true,
      value: { e164: "+81312345678", display: "03-1234-5678", kind: "landline" },
    });
    expect(normalizePhoneNumber("0466123456")).toEqual({
      ok: true,
      value: { e164: "+81466123456", display: "0466-12-3456", kind: "landline" },
    });
    expect(normalizePhoneNumber("0112345678")).toMatchObject({ ok: true, value: { display: "011-234-5678" } });
  });

  it("accepts 050 IP-phone numbers and 070/080 mobiles", () => {
    expect(normalizePhoneNumber("050-1234-5678")).toMatchObject({ ok: true, value: { kind: "ip" } });
    expect(normalizePhoneNumber("070-1234-5678")).toMatchObject({ ok: true, value: { kind: "mobile" } });
    expect(normalizePhoneNumber("08012345678")).toMatchObject({ ok: true, value: { display: "080-1234-5678" } });
  });

  it("catches a mobile number with a digit missing or added", () => {
    expect(normalizePhoneNumber("090-1234-567")).toEqual({ ok: false, messageKey: "phone.invalid" });
    expect(normalizePhoneNumber("090-1234-56789")).toEqual({ ok: false, messageKey: "phone.invalid" });
  });

  it("catches numbers outside the Japanese number plan", () => {
    expect(normalizePhoneNumber("03-0123-4567")).toEqual({ ok: false, messageKey: "phone.invalid" });
    expect(normalizePhoneNumber("00000000000")).toEqual({ ok: false, messageKey: "phone.invalid" });
  });

  it("does not pick a number out of other text", () => {
    expect(normalizePhoneNumber("tel 090-1234-5678")).toEqual({ ok: false, messageKey: "phone.invalid" });
    expect(normalizePhoneNumber("03-1234-5678 内線12")).toEqual({ ok: false, messageKey: "phone.invalid" });
    expect(normalizePhoneNumber("abc")).toEqual({ ok: false, messageKey: "phone.invalid" });
  });

  it("asks for a Japanese number when given a foreign one", () => {
    expect(normalizePhoneNumber("+1 212 555 1234")).toEqual({ ok: false, messageKey: "phone.notJapanese" });
  });

  it("turns away numbers that reach a service rather than a person", () => {
    for (const service of ["0120-123-456", "0800-123-4567", "0570-000-111", "020-1234-5678"]) {
      expect(normalizePhoneNumber(service)).toEqual({ ok: false, messageKey: "phone.notPersonal" });
    }
  });

  it("reports an empty answer", () => {
    expect(normalizePhoneNumber("  ")).toEqual({ ok: false, messageKey: "phone.required" });
  });
});
