import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { evaluate } from "@/lib/eligibility/evaluate";
import { parseScreeningInput } from "@/lib/eligibility/parse-screening-input";
import { sampleAnswers } from "../testing/sample-answers";
import { applicationSchemaFor } from "./application-schema";
import { parseAnswers } from "./parse-answers";
import { toScreeningInput } from "./to-screening-input";

const ruleSet = builtInRuleSet(2026)!;

describe("toScreeningInput", () => {
  it("gives the engine a complete, valid input from an application", () => {
    const parsed = parseAnswers(applicationSchemaFor(ruleSet), sampleAnswers());
    if (!parsed.ok) throw new Error("sample answers should be valid");
    const input = toScreeningInput(parsed.data, new Date("2026-01-10T03:00:00.000Z"));
    expect(parseScreeningInput(input)).toEqual({ ok: true, data: input });
    expect(input).toMatchObject({
      appliedAt: "2026-01-10T03:00:00.000Z",
      householdSize: 3,
      incomeByYear: { "2024": 1_000_000 },
      lifeSituations: ["A"],
      costDifficulty: true,
      children: [
        { birthDate: "2013-06-15", schoolKind: "jhs", schoolType: "regular", firstTimeHighSchool: null },
        { birthDate: "2010-07-20", schoolKind: "hs", schoolType: "regular", firstTimeHighSchool: true },
      ],
    });
    expect(evaluate(ruleSet, input).children.map((child) => child.outcome)).toEqual(["eligible", "eligible"]);
  });

  it("passes a declared lack of cost difficulty to the engine, which decides", () => {
    const parsed = parseAnswers(applicationSchemaFor(ruleSet), { ...sampleAnswers(), costDifficulty: "no" });
    if (!parsed.ok) throw new Error("a no is a valid answer");
    const input = toScreeningInput(parsed.data, new Date("2026-01-10T03:00:00.000Z"));
    expect(input.costDifficulty).toBe(false);
    expect(evaluate(ruleSet, input).children.every((child) => child.outcome !== "eligible")).toBe(true);
  });
});
