import { describe, expect, it } from "vitest";
import { parseScreeningInput } from "./parse-screening-input";

const minimal = { appliedAt: "2026-01-15T12:00:00+09:00", children: [{}] };

function issues(raw: unknown) {
  const result = parseScreeningInput(raw);
  return result.ok ? [] : result.issues;
}

describe("parseScreeningInput", () => {
  it("needs only the application time and one child; every answer may be left out or null", () => {
    expect(parseScreeningInput(minimal).ok).toBe(true);
    const allNull = {
      ...minimal,
      livesInJapan: null,
      householdSize: null,
      incomeByYear: null,
      pensionOnlyIncome: null,
      grossIncomeYen: null,
      suddenIncomeDrop: null,
      publicAssistance: null,
      lifeSituations: null,
      receivesDisabilityOrSurvivorPension: null,
      costDifficulty: null,
      children: [{ birthDate: null, schoolKind: null, schoolType: null, firstTimeHighSchool: null }],
    };
    expect(parseScreeningInput(allNull).ok).toBe(true);
  });

  it("says what is missing", () => {
    expect(issues({})).toEqual([
      { path: "appliedAt", messageKey: "validation.required" },
      { path: "children", messageKey: "validation.required" },
    ]);
  });

  it("names each wrong answer with a message for it", () => {
    expect(
      issues({
        ...minimal,
        livesInJapan: "yes",
        householdSize: 21,
        incomeByYear: { "20x4": 1, "2024": "1,380,000" },
        children: [{ birthDate: "1899-12-31", schoolKind: "elementary", schoolType: "university" }],
      }),
    ).toEqual([
      { path: "livesInJapan", messageKey: "validation.yesNo" },
      { path: "householdSize", messageKey: "validation.householdSize" },
      { path: "incomeByYear.2024", messageKey: "validation.wholeYen" },
      { path: "incomeByYear.20x4", messageKey: "validation.incomeYear" },
      { path: "children.0.birthDate", messageKey: "validation.date" },
      { path: "children.0.schoolKind", messageKey: "validation.schoolKind" },
      { path: "children.0.schoolType", messageKey: "validation.schoolType" },
    ]);
  });

  it("accepts the application time in any time zone, but not without one", () => {
    expect(parseScreeningInput({ ...minimal, appliedAt: "2026-01-15T03:00:00Z" }).ok).toBe(true);
    expect(parseScreeningInput({ ...minimal, appliedAt: "2026-01-15T03:00:00.123456-05:00" }).ok).toBe(true);
    expect(issues({ ...minimal, appliedAt: "2026-01-15 12:00" })).toEqual([
      { path: "appliedAt", messageKey: "validation.dateTime" },
    ]);
    expect(issues({ ...minimal, appliedAt: 1768446000000 })).toEqual([
      { path: "appliedAt", messageKey: "validation.dateTime" },
    ]);
  });

  it("answers values that are not answer sets at all with one issue for the whole", () => {
    for (const raw of [null, undefined, 42, "text", [], true]) {
      const result = issues(raw);
      expect(result.length).toBeGreaterThan(0);
      expect(result.some((issue) => issue.path === "")).toBe(true);
    }
  });

  it("does not throw when reading the value throws", () => {
    const hostile = {
      ...minimal,
      get livesInJapan(): boolean {
        throw new Error("boom");
      },
    };
    expect(issues(hostile)).toEqual([{ path: "", messageKey: "validation.unreadable" }]);
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    expect(issues(proxy)).toEqual([{ path: "", messageKey: "validation.unreadable" }]);
  });

  it("limits a household to 10 children and situations to A–H", () => {
    expect(issues({ ...minimal, children: Array.from({ length: 11 }, () => ({})) })).toEqual([
      { path: "children", messageKey: "validation.children" },
    ]);
    expect(issues({ ...minimal, lifeSituations: ["a"] })).toEqual([
      { path: "lifeSituations.0", messageKey: "validation.lifeSituation" },
    ]);
  });
});
