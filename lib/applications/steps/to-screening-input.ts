import type { ScreeningInput } from "@/lib/eligibility/screening-input";
import type { Application } from "./application-schema";

/**
 * The engine's input from a validated application. Everything the form asks is answered, so
 * nothing is "not answered" here except an income the family said they do not know (null).
 * Living in Japan is taken from the address, which must be in Japan.
 */
export function toScreeningInput(application: Application, appliedAt: Date): ScreeningInput {
  return {
    appliedAt: appliedAt.toISOString(),
    livesInJapan: true,
    householdSize: application.household.size,
    incomeByYear: { ...application.income.byYear },
    pensionOnlyIncome: application.household.pensionOnlyIncome,
    grossIncomeYen: application.income.grossIncomeYen,
    suddenIncomeDrop: application.income.suddenIncomeDrop,
    publicAssistance: application.household.publicAssistance,
    lifeSituations: [...application.situations.lifeSituations],
    receivesDisabilityOrSurvivorPension: application.situations.receivesDisabilityOrSurvivorPension,
    costDifficulty: application.costDifficulty,
    children: application.children.map((child) => ({
      birthDate: child.birthDate,
      schoolKind: child.schoolKind,
      schoolType: child.schoolType,
      firstTimeHighSchool: child.firstTimeHighSchool,
    })),
  };
}
