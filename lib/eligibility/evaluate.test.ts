import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "./editions";
import { evaluate } from "./evaluate";
import { parseScreeningInput } from "./parse-screening-input";
import type { RuleSet } from "./rule-set";

const ruleSet2026 = builtInRuleSet(2026) as RuleSet;

function screen(changes: Record<string, unknown>, ruleSet: RuleSet = ruleSet2026) {
  const parsed = parseScreeningInput({
    appliedAt: "2026-01-15T12:00:00+09:00",
    livesInJapan: true,
    householdSize: 4,
    incomeByYear: { "2024": 1_200_000 },
    pensionOnlyIncome: false,
    lifeSituations: ["A"],
    costDifficulty: true,
    children: [{ birthDate: "2013-10-10", schoolKind: "jhs", schoolType: "regular" }],
    ...changes,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return evaluate(ruleSet, parsed.data);
}

describe("evaluate", () => {
  it("says which edition and rules version made the result, and that sample figures were used", () => {
    const result = screen({});
    expect(result).toMatchObject({ edition: 2026, ruleSetVersion: 1, usesSampleValues: true });
    expect(result.children[0]).toMatchObject({
      edition: 2026,
      ruleSetVersion: 1,
      outcome: "eligible",
      amountYen: 30000,
    });
  });

  it("lists the documents for the situations claimed and a sudden drop, from the edition's checklist", () => {
    expect(screen({}).children[0]?.documents).toEqual(["income_proof", "disability_proof"]);
    expect(screen({ lifeSituations: ["B", "H"], suddenIncomeDrop: true }).children[0]?.documents).toEqual([
      "income_proof",
      "specified_disease_certificate",
      "residence_status_proof",
      "sudden_drop_proof",
    ]);
    const catalog = new Set(ruleSet2026.documents.catalog.map((document) => document.id));
    const all =
      screen({ lifeSituations: ["A", "B", "C", "D", "E", "F", "G", "H"], suddenIncomeDrop: true }).children[0]
        ?.documents ?? [];
    expect(all).toHaveLength(10);
    for (const id of all) expect(catalog.has(id)).toBe(true);
  });

  it("gives the amount a child would receive while staff review, and none when not eligible", () => {
    expect(screen({ lifeSituations: ["C"] }).children[0]).toMatchObject({ outcome: "needs_review", amountYen: 30000 });
    expect(screen({ costDifficulty: false }).children[0]).toMatchObject({ outcome: "not_eligible", amountYen: 0 });
  });

  it("judges a rule set by its content, not by which object holds it", () => {
    const copy = structuredClone(ruleSet2026);
    expect(screen({ householdSize: 2 }, copy)).toEqual(screen({ householdSize: 2 }));
  });

  it("uses an administrator's change to the rules as soon as a new rule set object holds it", () => {
    const raised = structuredClone(ruleSet2026);
    raised.version = 2;
    raised.amountsYen.jhs = 35000;
    expect(screen({}, raised).children[0]).toMatchObject({ ruleSetVersion: 2, amountYen: 35000 });
    expect(screen({}).children[0]?.amountYen).toBe(30000);
    // Same edition and version, different content (e.g. an unsaved draft): judged by content.
    const draft = structuredClone(ruleSet2026);
    draft.amountsYen.jhs = 32000;
    expect(screen({}, draft).children[0]?.amountYen).toBe(32000);
    expect(screen({}, structuredClone(ruleSet2026)).children[0]?.amountYen).toBe(30000);
  });

  it("hands out results that cannot be altered to corrupt later screenings", () => {
    const first = screen({});
    const residence = first.children[0]?.criteria.find((criterion) => criterion.id === "residence");
    expect(() => {
      (residence as { status: string }).status = "failed";
    }).toThrow(TypeError);
    expect(screen({}).children[0]?.outcome).toBe("eligible");
  });
});
