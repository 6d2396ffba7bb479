import { z } from "zod";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import type { ApplicationStepId } from "./steps/application-steps";

// Short strings only: these come from the browser's storage and are stored as typed.
const text = z.string().max(40).optional();
const yesNo = z.enum(["yes", "no"]).optional();

const quickCheckAnswers = z.object({
  birthDate: z.object({ year: z.string().max(8), month: z.string().max(8), day: z.string().max(8) }).optional(),
  schoolKind: z.enum(["jhs", "hs"]).optional(),
  firstTimeHighSchool: yesNo,
  schoolType: text,
  householdSize: text,
  pensionOnlyIncome: yesNo,
  income: text,
  incomeUnknown: z.boolean().optional(),
  suddenIncomeDrop: yesNo,
  lifeSituations: z.array(z.string().max(8)).max(10).optional(),
  receivesDisabilityOrSurvivorPension: yesNo,
  earlierIncome: text,
  earlierIncomeUnknown: z.boolean().optional(),
  costDifficulty: yesNo,
});

const amount = (value: string | undefined, unknown: boolean | undefined) => (unknown ? "unknown" : (value ?? ""));

/**
 * The quick check's answers as the application's first answers, so a parent who goes on from the
 * result does not answer the same questions twice. Anything malformed is left out (the parent
 * simply answers it again); every answer is checked again on its page.
 */
export function answersFromQuickCheck(
  raw: unknown,
  ruleSet: RuleSet,
): Partial<Record<ApplicationStepId, Record<string, unknown>>> {
  const parsed = quickCheckAnswers.safeParse(raw);
  if (!parsed.success) return {};
  const answers = parsed.data;
  const steps: Partial<Record<ApplicationStepId, Record<string, unknown>>> = {};
  if (answers.birthDate || answers.schoolKind || answers.schoolType) {
    steps.children = {
      children: [
        {
          birthDate: answers.birthDate,
          schoolKind: answers.schoolKind,
          firstTimeHighSchool: answers.firstTimeHighSchool,
          schoolType: answers.schoolType,
        },
      ],
    };
  }
  if (answers.householdSize || answers.pensionOnlyIncome) {
    steps.household = { household: { size: answers.householdSize, pensionOnlyIncome: answers.pensionOnlyIncome } };
  }
  if (answers.lifeSituations) {
    steps.situations = {
      situations: {
        lifeSituations: answers.lifeSituations,
        receivesDisabilityOrSurvivorPension: answers.receivesDisabilityOrSurvivorPension,
      },
    };
  }
  if (answers.income || answers.incomeUnknown || answers.suddenIncomeDrop) {
    const byYear: Record<string, string> = { [ruleSet.income.year]: amount(answers.income, answers.incomeUnknown) };
    const [earlierYear] = ruleSet.lifeSituations.E.incomeYears.filter((year) => year !== ruleSet.income.year);
    if (answers.lifeSituations?.includes("E") && earlierYear !== undefined) {
      byYear[earlierYear] = amount(answers.earlierIncome, answers.earlierIncomeUnknown);
    }
    steps.income = { income: { byYear, suddenIncomeDrop: answers.suddenIncomeDrop } };
  }
  if (answers.costDifficulty) steps.costDifficulty = { costDifficulty: answers.costDifficulty };
  return steps;
}
