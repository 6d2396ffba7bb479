import { describe, expect, it } from "vitest";
import { parseStatusLookup } from "./status-lookup-schema";

const boxes = (year: string, month: string, day: string) => ({ year, month, day });

describe("the status lookup form", () => {
  it("accepts a reference as typed and a birth date in three boxes, and outputs their stored forms", () => {
    expect(parseStatusLookup({ referenceNumber: " kmnpr twxyz ", birthDate: boxes("２０１３", "6", "15") })).toEqual({
      ok: true,
      data: { referenceNumber: "KMNPR-TWXY2", birthDate: "2013-06-15" },
    });
  });

  it("accepts the hidden fields of the upload form: a stored reference and an ISO date", () => {
    expect(parseStatusLookup({ referenceNumber: "KMNPR-TWXY2", birthDate: "2013-06-15" })).toEqual({
      ok: true,
      data: { referenceNumber: "KMNPR-TWXY2", birthDate: "2013-06-15" },
    });
  });

  it("asks for both fields when they are empty, in the form's order", () => {
    expect(parseStatusLookup({ referenceNumber: "  ", birthDate: boxes("", "", "") })).toEqual({
      ok: false,
      issues: [
        { path: "referenceNumber", messageKey: "errors.referenceRequired" },
        { path: "birthDate", messageKey: "errors.birthDateRequired" },
      ],
    });
    expect(parseStatusLookup(undefined)).toMatchObject({ ok: false, issues: [{}, {}] });
  });

  it("says when a reference cannot be one or a date does not exist", () => {
    expect(parseStatusLookup({ referenceNumber: "ABCDE-FGHIJ", birthDate: boxes("2013", "2", "30") })).toEqual({
      ok: false,
      issues: [
        { path: "referenceNumber", messageKey: "errors.referenceFormat" },
        { path: "birthDate", messageKey: "errors.birthDateInvalid" },
      ],
    });
    expect(parseStatusLookup({ referenceNumber: "KMNPR", birthDate: boxes("2013", "", "1") })).toEqual({
      ok: false,
      issues: [
        { path: "referenceNumber", messageKey: "errors.referenceFormat" },
        { path: "birthDate", messageKey: "errors.birthDateInvalid" },
      ],
    });
  });

  it("refuses values of the wrong type without throwing", () => {
    expect(parseStatusLookup({ referenceNumber: 12345, birthDate: ["2013", "6", "15"] })).toEqual({
      ok: false,
      issues: [
        { path: "referenceNumber", messageKey: "errors.referenceFormat" },
        { path: "birthDate", messageKey: "errors.birthDateInvalid" },
      ],
    });
  });
});
