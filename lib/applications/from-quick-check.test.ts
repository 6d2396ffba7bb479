import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { answersFromQuickCheck } from "./from-quick-check";

const ruleSet = builtInRuleSet(2026)!;

describe("answersFromQuickCheck", () => {
  it("carries the child, household, situations, income and costs into the application's steps", () => {
    const steps = answersFromQuickCheck(
      {
        livesInJapan: "yes",
        birthDate: { year: "2010", month: "7", day: "20" },
        schoolKind: "hs",
        firstTimeHighSchool: "yes",
        schoolType: "regular",
        householdSize: "3",
        pensionOnlyIncome: "no",
        income: "1380000",
        suddenIncomeDrop: "no",
        lifeSituations: ["E"],
        receivesDisabilityOrSurvivorPension: "no",
        earlierIncomeUnknown: true,
        costDifficulty: "yes",
      },
      ruleSet,
    );
    expect(steps.children).toEqual({
      children: [
        {
          birthDate: { year: "2010", month: "7", day: "20" },
          schoolKind: "hs",
          firstTimeHighSchool: "yes",
          schoolType: "regular",
        },
      ],
    });
    expect(steps.household).toEqual({ household: { size: "3", pensionOnlyIncome: "no" } });
    const earlier = ruleSet.lifeSituations.E.incomeYears.find((year) => year !== ruleSet.income.year);
    expect(steps.income).toEqual({
      income: { byYear: { [ruleSet.income.year]: "1380000", [String(earlier)]: "unknown" }, suddenIncomeDrop: "no" },
    });
    expect(steps.costDifficulty).toEqual({ costDifficulty: "yes" });
  });

  it("brings nothing from malformed or hostile storage", () => {
    expect(answersFromQuickCheck("not an object", ruleSet)).toEqual({});
    expect(answersFromQuickCheck({ householdSize: "9".repeat(1000) }, ruleSet)).toEqual({});
    expect(answersFromQuickCheck({}, ruleSet)).toEqual({});
  });
});
