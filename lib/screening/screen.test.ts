import { describe, expect, it } from "vitest";
import { CRITERION_IDS } from "@/lib/eligibility/criteria";
import { BUILT_IN_RULE_SETS, builtInRuleSet } from "@/lib/eligibility/editions";
import { screen, type RuleSetSource } from "./screen";

const ruleSets: RuleSetSource = { defaultEdition: 2026, forEdition: builtInRuleSet };

const household = {
  appliedAt: "2026-01-15T21:30:00+09:00",
  livesInJapan: true,
  householdSize: 3,
  incomeByYear: { "2024": 1_380_000 },
  pensionOnlyIncome: false,
  suddenIncomeDrop: false,
  publicAssistance: false,
  lifeSituations: ["A"],
  costDifficulty: true,
  children: [{ birthDate: "2013-09-14", schoolKind: "jhs", schoolType: "regular" }],
};

describe("screen", () => {
  it("explains every criterion in the requested language, with the rule-set version", () => {
    const english = screen({ input: household }, ruleSets, "en");
    const japanese = screen({ input: household }, ruleSets, "ja");
    expect(english.ok && japanese.ok).toBe(true);
    if (!english.ok || !japanese.ok) return;

    expect(english.body).toMatchObject({ edition: 2026, ruleSetVersion: 1, usesSampleValues: true, locale: "en" });
    const [child] = english.body.children;
    expect(child).toMatchObject({ outcome: "eligible", amountYen: 30_000, schoolKind: "jhs" });
    expect(child!.criteria.map((criterion) => criterion.id)).toEqual(CRITERION_IDS);
    const income = child!.criteria.find((criterion) => criterion.id === "income")!;
    expect(income.message).toContain("¥1,380,000");
    expect(japanese.body.children[0]!.criteria.find((criterion) => criterion.id === "income")!.message).toContain(
      "1,380,000円",
    );
  });

  it("uses the newest edition when the request names none, and the named one otherwise", () => {
    const newest = screen({ input: household }, ruleSets, "en");
    const older = screen(
      { edition: 2025, input: { ...household, appliedAt: "2025-01-15T12:00:00+09:00" } },
      ruleSets,
      "en",
    );
    expect(newest.ok && newest.body.edition).toBe(2026);
    expect(older.ok && older.body.edition).toBe(2025);
    expect(BUILT_IN_RULE_SETS.map((ruleSet) => ruleSet.edition)).toContain(2025);
  });

  it("lists each bad field with a translated message, and screens nothing", () => {
    const result = screen(
      { input: { ...household, householdSize: 1, children: [{ birthDate: "2013-02-30" }] } },
      ruleSets,
      "ja",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.body.error).toBe("invalid_request");
    expect(result.body.issues.map((issue) => issue.path)).toEqual([
      "input.householdSize",
      "input.children.0.birthDate",
    ]);
    expect(result.body.message).toContain("2件");
    expect(result.body.issues.every((issue) => issue.message !== issue.messageKey)).toBe(true);
  });

  it("refuses an edition that has no rules, naming the field", () => {
    const result = screen({ edition: 2019, input: household }, ruleSets, "en");
    expect(result).toMatchObject({
      ok: false,
      body: { issues: [{ path: "edition", message: "There are no rules for this programme year yet." }] },
    });
  });

  it.each([null, "text", 42, [], { input: household, extra: true }])("never throws on %j", (raw) => {
    expect(screen(raw, ruleSets, "en").ok).toBe(false);
  });
});
