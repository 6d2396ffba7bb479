import type { z } from "zod";
import type { RuleSet } from "@/lib/eligibility/rule-set";

/**
 * The calendar years whose 所得 the edition asks for: its income year, and situation E's earlier
 * year(s) when E is claimed. Newest first, as the tax certificate a family has to hand is.
 */
export function incomeYearsAsked(ruleSet: RuleSet, lifeSituations: readonly string[]): number[] {
  const years = new Set([ruleSet.income.year]);
  if (lifeSituations.includes("E")) for (const year of ruleSet.lifeSituations.E.incomeYears) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/**
 * Adds an issue for each year asked that has no answer and each answer for a year not asked,
 * at the path of that year ("income.byYear.2024"), for the page's check and the submission's.
 */
export function checkIncomeYears(
  byYear: Readonly<Record<string, unknown>>,
  yearsAsked: readonly number[],
  ctx: z.RefinementCtx,
): void {
  const wanted = yearsAsked.map(String);
  for (const year of wanted) {
    if (!Object.hasOwn(byYear, year)) {
      ctx.addIssue({ code: "custom", path: ["income", "byYear", year], message: "errors.incomeAmount" });
    }
  }
  for (const year of Object.keys(byYear)) {
    if (!wanted.includes(year)) {
      ctx.addIssue({ code: "custom", path: ["income", "byYear", year], message: "errors.incomeYear" });
    }
  }
}
