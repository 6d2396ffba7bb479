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
