import { describe, expect, it } from "vitest";
import { windowStateAt } from "@/lib/eligibility/window-state";
import { demoRuleSet } from "./demo-edition";

describe("demoRuleSet", () => {
  it("is open when the demo starts and asks about the years before its own", () => {
    const now = new Date("2026-11-24T09:00:00Z");
    const ruleSet = demoRuleSet(now);
    const { opensAt, closesAt } = ruleSet.window;
    expect(windowStateAt(Date.parse(opensAt), Date.parse(closesAt), now.getTime())).toBe("open");
    expect(ruleSet.edition).toBe(2027);
    expect(ruleSet.income.year).toBe(2025);
    expect(ruleSet.lifeSituations.E.incomeYears).toEqual([2024, 2025]);
    expect(ruleSet.documents.catalog[0]?.label.en).toContain("2025");
    expect(ruleSet.title.en).toContain("demo");
  });
});
