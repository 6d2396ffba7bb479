import { describe, expect, it } from "vitest";
import { hsBirthDateLimit } from "../school-year/hs-birth-date-limit";
import { BUILT_IN_RULE_SETS, builtInRuleSet } from "./editions";
import { guidelineLimitYen } from "./guideline-lines";
import { LIFE_SITUATIONS } from "./life-situations";
import { criterionIdsFor, usesSampleValues } from "./prepare-rule-set";
import { parseRuleSet, type RuleSet } from "./rule-set";

function edition(year: number): RuleSet {
  const ruleSet = builtInRuleSet(year);
  if (!ruleSet) throw new Error(`no edition ${year}`);
  return ruleSet;
}

function issuesAfter(change: (copy: Record<string, unknown> & RuleSet) => void) {
  const copy = structuredClone(edition(2026)) as Record<string, unknown> & RuleSet;
  change(copy);
  const result = parseRuleSet(copy);
  return result.ok ? [] : result.issues;
}

describe("built-in editions", () => {
  it("holds the published 2026 facts", () => {
    const r = edition(2026);
    expect(Date.parse(r.window.opensAt)).toBe(Date.parse("2026-01-08T10:00:00+09:00"));
    expect(Date.parse(r.window.closesAt)).toBe(Date.parse("2026-01-23T12:00:00+09:00"));
    expect(r.amountsYen).toEqual({ jhs: 30000, hs: 50000 });
    expect(r.places).toEqual({ kind: "total", total: 1000 });
    expect(r.income.year).toBe(2024);
    expect(r.lifeSituations.E.incomeYears).toEqual([2023, 2024]);
    expect(r.income.suddenDrop.year).toBe(2025);
    expect(r.publicAssistance.excluded).toBe(false);
    expect(r.schoolEntry.hsFirstTimeOnly).toBe(true);
    expect(hsBirthDateLimit(r.edition, r.schoolEntry.hsBirthDateLimit?.yearsBeforeEdition)).toEqual({
      year: 2008,
      month: 4,
      day: 2,
    });
  });

  it("holds the published 2025 facts", () => {
    const r = edition(2025);
    expect(Date.parse(r.window.opensAt)).toBe(Date.parse("2025-01-09T12:00:00+09:00"));
    expect(Date.parse(r.window.closesAt)).toBe(Date.parse("2025-01-24T12:00:00+09:00"));
    expect(r.amountsYen).toEqual({ jhs: 30000, hs: 50000 });
    expect(r.income.year).toBe(2023);
    expect(r.lifeSituations.E.incomeYears).toEqual([2022, 2023]);
    expect(hsBirthDateLimit(r.edition, r.schoolEntry.hsBirthDateLimit?.yearsBeforeEdition)).toEqual({
      year: 2007,
      month: 4,
      day: 2,
    });
  });

  it("has situations A to H in both editions, and reports every criterion including E", () => {
    for (const r of BUILT_IN_RULE_SETS) {
      for (const letter of LIFE_SITUATIONS) expect(r.lifeSituations[letter].enabled).toBe(true);
      expect(criterionIdsFor(r)).toContain("lifeSituationE");
    }
  });

  it("marks the unpublished income guideline and thresholds as samples", () => {
    for (const r of BUILT_IN_RULE_SETS) {
      expect(r.income.guideline.sample).toBe(true);
      expect(r.income.guideline.note).toMatch(/SAMPLE/);
      expect(r.income.nearLineReview.sample).toBe(true);
      expect(r.income.grossNetGap.sample).toBe(true);
      expect(usesSampleValues(r)).toBe(true);
    }
  });

  it("stops counting samples once every figure is confirmed", () => {
    const confirmed = structuredClone(edition(2026));
    confirmed.income.guideline.sample = false;
    confirmed.income.nearLineReview.sample = false;
    confirmed.income.grossNetGap.sample = false;
    for (const document of confirmed.documents.catalog) document.sample = false;
    expect(usesSampleValues(confirmed)).toBe(false);
  });

  it("cannot be changed in place once loaded", () => {
    const r = edition(2026);
    expect(() => {
      (r.amountsYen as { jhs: number }).jhs = 1;
    }).toThrow(TypeError);
    expect(r.amountsYen.jhs).toBe(30000);
  });

  it("drops situation E from the criteria when an edition has no E", () => {
    const withoutE = structuredClone(edition(2026));
    withoutE.lifeSituations.E.enabled = false;
    expect(criterionIdsFor(withoutE)).not.toContain("lifeSituationE");
    expect(criterionIdsFor(withoutE)).toHaveLength(12);
  });
});

describe("guideline lines", () => {
  const table = {
    lines: [2, 3, 4].map((householdSize) => ({ householdSize, limitYen: householdSize * 500_000 })),
    additionalMemberYen: 100_000,
  };

  it("reads the table and extends it for larger households", () => {
    expect(guidelineLimitYen(table, 2)).toBe(1_000_000);
    expect(guidelineLimitYen(table, 4)).toBe(2_000_000);
    expect(guidelineLimitYen(table, 5)).toBe(2_100_000);
    expect(guidelineLimitYen(table, 9)).toBe(2_500_000);
  });
});

describe("parseRuleSet", () => {
  it("accepts the built-in editions as they are", () => {
    for (const r of BUILT_IN_RULE_SETS) expect(parseRuleSet(structuredClone(r)).ok).toBe(true);
  });

  it("refuses a window that closes before it opens", () => {
    expect(issuesAfter((r) => (r.window.closesAt = "2026-01-01T00:00:00.000+09:00"))).toEqual([
      { path: "window.closesAt", messageKey: "validation.ruleSet.windowOrder" },
    ]);
  });

  it("insists on Japan time in the window", () => {
    expect(issuesAfter((r) => (r.window.opensAt = "2026-01-08T01:00:00Z"))).toEqual([
      { path: "window.opensAt", messageKey: "validation.ruleSet.jstInstant" },
    ]);
  });

  it("refuses a guideline table with a gap in household sizes", () => {
    const issues = issuesAfter((r) => r.income.guideline.general.lines.splice(2, 1));
    expect(issues).toEqual([
      { path: "income.guideline.general.lines", messageKey: "validation.ruleSet.householdSizes" },
    ]);
  });

  it("refuses a document checklist naming a document that does not exist", () => {
    expect(issuesAfter((r) => r.lifeSituations.B.documents.push("no_such_document"))).toEqual([
      { path: "lifeSituations.B.documents.1", messageKey: "validation.ruleSet.unknownDocument" },
    ]);
  });

  it("refuses income years that are not before the edition", () => {
    expect(issuesAfter((r) => (r.income.year = 2026))).toEqual([
      { path: "income.year", messageKey: "validation.ruleSet.pastYear" },
    ]);
  });

  it("refuses an edition with no life situation", () => {
    const issues = issuesAfter((r) => {
      for (const letter of LIFE_SITUATIONS) r.lifeSituations[letter].enabled = false;
    });
    expect(issues).toEqual([{ path: "lifeSituations", messageKey: "validation.ruleSet.noSituation" }]);
  });

  it("names stray and mistyped settings", () => {
    const issues = issuesAfter((r) => {
      r["publicAsistance"] = { excluded: true };
      (r.amountsYen as { hs: unknown }).hs = "50000";
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "publicAsistance", messageKey: "validation.unknownField" },
        { path: "amountsYen.hs", messageKey: "validation.wholeYen" },
      ]),
    );
  });

  it("does not let 'other' school types be listed as eligible (they always go to review)", () => {
    expect(issuesAfter((r) => (r.schoolEntry.eligibleSchoolTypes as string[]).push("other"))).toEqual([
      { path: "schoolEntry.eligibleSchoolTypes.9", messageKey: "validation.choice" },
    ]);
  });
});
