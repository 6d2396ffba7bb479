import type { RuleSet } from "@/lib/eligibility/rule-set";
import type { ScreeningInput } from "@/lib/eligibility/screening-input";
import type { ValidationIssue } from "@/lib/eligibility/validation-issues";
import { QUICK_CHECK_STEPS } from "./quick-check-steps";

type Parsed<T> = { ok: true; data: T } | { ok: false; issues: ValidationIssue[] };

const yes = (value: unknown) => (value === "yes" ? true : value === "no" ? false : null);
const amount = (text: unknown, unknown: unknown) =>
  unknown === true || typeof text !== "string" || text === "" ? null : Number(text);

/**
 * Turns the quick check's answers into the engine's input, after re-checking every step with
 * the same schemas the pages used. "I don't know" becomes "not answered", which the engine
 * reports as something staff will check, never as a reason to turn the family away.
 *
 * Families check ahead of the window (often in December for a January window), so the check
 * screens as if they applied within it; the page tells them separately whether it is open.
 */
export function quickCheckToScreeningInput(raw: unknown, ruleSet: RuleSet, now: Date): Parsed<ScreeningInput> {
  const issues: ValidationIssue[] = [];
  const answers: Record<string, unknown> = {};
  for (const step of QUICK_CHECK_STEPS) {
    const parsed = step.schema.safeParse(raw);
    if (parsed.success) Object.assign(answers, parsed.data);
    else
      for (const issue of parsed.error.issues) issues.push({ path: issue.path.join("."), messageKey: issue.message });
  }
  if (issues.length > 0) return { ok: false, issues };

  const a = answers as {
    birthDate: { year: string; month: string; day: string };
    lifeSituations: string[];
  } & Record<string, unknown>;
  const situations = a.lifeSituations.filter((letter) => letter !== "none") as ScreeningInput["lifeSituations"] &
    string[];
  const mainYear = ruleSet.income.year;
  const incomeByYear: Record<string, number | null> = { [mainYear]: amount(a.income, a.incomeUnknown) };
  const [earlierYear] = ruleSet.lifeSituations.E.incomeYears;
  if (situations.includes("E") && earlierYear !== mainYear) {
    incomeByYear[earlierYear] = amount(a.earlierIncome, a.earlierIncomeUnknown);
  }
  const pad = (text: string) => text.padStart(2, "0");
  const opensAt = Date.parse(ruleSet.window.opensAt);
  const lastAccepted = Date.parse(ruleSet.window.closesAt) - 1;
  const appliedAt = new Date(Math.min(Math.max(now.getTime(), opensAt), lastAccepted));

  return {
    ok: true,
    data: {
      appliedAt: appliedAt.toISOString(),
      livesInJapan: yes(a.livesInJapan),
      householdSize: a.householdSize as number,
      incomeByYear,
      pensionOnlyIncome: yes(a.pensionOnlyIncome),
      suddenIncomeDrop: yes(a.suddenIncomeDrop),
      lifeSituations: situations,
      receivesDisabilityOrSurvivorPension: situations.includes("E") ? yes(a.receivesDisabilityOrSurvivorPension) : null,
      costDifficulty: yes(a.costDifficulty),
      children: [
        {
          birthDate: `${a.birthDate.year}-${pad(a.birthDate.month)}-${pad(a.birthDate.day)}`,
          schoolKind: a.schoolKind as "jhs" | "hs",
          schoolType: a.schoolType as NonNullable<ScreeningInput["children"][number]["schoolType"]>,
          firstTimeHighSchool: a.schoolKind === "hs" ? yes(a.firstTimeHighSchool) : null,
        },
      ],
    },
  };
}
