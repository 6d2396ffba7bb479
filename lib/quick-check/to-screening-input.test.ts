import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/eligibility/evaluate";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { quickCheckToScreeningInput } from "./to-screening-input";

const rules = builtInRuleSet(2026)!;
const during = new Date("2026-01-15T12:00:00+09:00");

const answers = {
  livesInJapan: "yes",
  birthDate: { year: "２０１３", month: "9", day: "14" },
  schoolKind: "jhs",
  schoolType: "regular",
  householdSize: "3",
  pensionOnlyIncome: "no",
  income: "1,380,000",
  suddenIncomeDrop: "no",
  lifeSituations: ["A"],
  costDifficulty: "yes",
};

describe("quickCheckToScreeningInput", () => {
  it("turns typed answers (full-width digits, commas) into the engine's input, and the child is eligible", () => {
    const result = quickCheckToScreeningInput(answers, rules, during);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      householdSize: 3,
      incomeByYear: { "2024": 1_380_000 },
      children: [{ birthDate: "2013-09-14", schoolKind: "jhs", schoolType: "regular", firstTimeHighSchool: null }],
    });
    expect(evaluate(rules, result.data).children[0]?.outcome).toBe("eligible");
  });

  it('treats "I don\'t know" as not answered, which staff review rather than reject', () => {
    const result = quickCheckToScreeningInput({ ...answers, income: "", incomeUnknown: true }, rules, during);
    expect(result.ok && result.data.incomeByYear).toEqual({ "2024": null });
    if (!result.ok) return;
    expect(evaluate(rules, result.data).children[0]?.outcome).toBe("needs_review");
  });

  it("asks for the earlier year's income when situation E is chosen", () => {
    const withE = {
      ...answers,
      lifeSituations: ["E"],
      receivesDisabilityOrSurvivorPension: "no",
      earlierIncome: "600000",
    };
    const result = quickCheckToScreeningInput(withE, rules, during);
    expect(result.ok && result.data.incomeByYear).toEqual({ "2023": 600_000, "2024": 1_380_000 });
  });

  it.each([
    ["before the window opens", "2025-12-10T09:00:00+09:00", "2026-01-08T01:00:00.000Z"],
    ["after it has closed", "2026-11-24T09:00:00+09:00", "2026-01-23T02:59:59.999Z"],
  ])("screens as if applying within the window when checked %s", (_, now, appliedAt) => {
    const result = quickCheckToScreeningInput(answers, rules, new Date(now));
    expect(result.ok && result.data.appliedAt).toBe(appliedAt);
    if (!result.ok) return;
    expect(evaluate(rules, result.data).children[0]?.outcome).toBe("eligible");
  });

  it("names every missing or wrong answer by its field", () => {
    const result = quickCheckToScreeningInput(
      { ...answers, livesInJapan: undefined, birthDate: { year: "2013", month: "2", day: "30" }, schoolKind: "hs" },
      rules,
      during,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "livesInJapan", messageKey: "errors.livesInJapan" },
      { path: "birthDate", messageKey: "errors.birthDate" },
      { path: "firstTimeHighSchool", messageKey: "errors.firstTimeHighSchool" },
    ]);
  });

  it("refuses 'none of these' together with a situation", () => {
    const result = quickCheckToScreeningInput({ ...answers, lifeSituations: ["none", "A"] }, rules, during);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: "lifeSituations", messageKey: "errors.lifeSituationsNone" }],
    });
  });
});
