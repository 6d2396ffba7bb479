import { z } from "zod";
import { LIFE_SITUATIONS } from "@/lib/eligibility/life-situations";
import { SCHOOL_TYPES } from "@/lib/eligibility/school-types";
import { isValidCalendarDate } from "@/lib/school-year/calendar-date";

/**
 * The quick check's questions, one topic per page. Each step has its own schema so the page can
 * validate just its own fields; the server re-checks every step with the same schemas. Errors
 * carry message keys of the "quickCheck.errors" namespace, never text.
 */

// NFKC turns full-width digits (phones in Japanese input mode type them) into ASCII ones.
const typed = z.string().transform((text) => text.normalize("NFKC").replaceAll(/[,\s]/g, ""));
const yesNo = (key: string) => z.enum(["yes", "no"], { error: key });

export const residenceStep = z.object({ livesInJapan: yesNo("errors.livesInJapan") });

export const childStep = z
  .object({
    birthDate: z.object({ year: typed, month: typed, day: typed }),
    schoolKind: z.enum(["jhs", "hs"], { error: "errors.schoolKind" }),
    firstTimeHighSchool: yesNo("errors.firstTimeHighSchool").optional(),
  })
  .superRefine((value, context) => {
    const [year, month, day] = [value.birthDate.year, value.birthDate.month, value.birthDate.day].map(Number);
    const complete = [value.birthDate.year, value.birthDate.month, value.birthDate.day].every((part) =>
      /^\d+$/.test(part),
    );
    if (!complete || !isValidCalendarDate(year!, month!, day!) || year! < 1990 || year! > 2030) {
      context.addIssue({ code: "custom", path: ["birthDate"], message: "errors.birthDate" });
    }
    if (value.schoolKind === "hs" && value.firstTimeHighSchool === undefined) {
      context.addIssue({ code: "custom", path: ["firstTimeHighSchool"], message: "errors.firstTimeHighSchool" });
    }
  });

export const schoolTypeStep = z.object({ schoolType: z.enum(SCHOOL_TYPES, { error: "errors.schoolType" }) });

export const householdStep = z.object({
  householdSize: typed
    .pipe(z.string().regex(/^\d{1,2}$/, { error: "errors.householdSize" }))
    .transform(Number)
    .pipe(z.number().min(2, { error: "errors.householdSize" }).max(20, { error: "errors.householdSize" })),
  pensionOnlyIncome: yesNo("errors.pensionOnlyIncome"),
});

export const incomeStep = z
  .object({
    income: typed,
    incomeUnknown: z.boolean().optional(),
    suddenIncomeDrop: yesNo("errors.suddenIncomeDrop"),
  })
  .superRefine((value, context) => {
    if (!value.incomeUnknown && !/^\d{1,10}$/.test(value.income)) {
      context.addIssue({ code: "custom", path: ["income"], message: "errors.income" });
    }
  });

export const situationsStep = z
  .object({
    lifeSituations: z.array(z.enum([...LIFE_SITUATIONS, "none"]), { error: "errors.lifeSituations" }),
    receivesDisabilityOrSurvivorPension: yesNo("errors.pension").optional(),
    earlierIncome: typed.optional(),
    earlierIncomeUnknown: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    const chosen = value.lifeSituations;
    if (chosen.length === 0) {
      context.addIssue({ code: "custom", path: ["lifeSituations"], message: "errors.lifeSituations" });
    } else if (chosen.includes("none") && chosen.length > 1) {
      context.addIssue({ code: "custom", path: ["lifeSituations"], message: "errors.lifeSituationsNone" });
    }
    if (!chosen.includes("E")) return;
    if (value.receivesDisabilityOrSurvivorPension === undefined) {
      context.addIssue({ code: "custom", path: ["receivesDisabilityOrSurvivorPension"], message: "errors.pension" });
    }
    if (!value.earlierIncomeUnknown && !/^\d{1,10}$/.test(value.earlierIncome ?? "")) {
      context.addIssue({ code: "custom", path: ["earlierIncome"], message: "errors.income" });
    }
  });

export const costsStep = z.object({ costDifficulty: yesNo("errors.costDifficulty") });

export const QUICK_CHECK_STEPS = [
  { id: "residence", schema: residenceStep, fields: ["livesInJapan"] },
  { id: "child", schema: childStep, fields: ["birthDate", "schoolKind", "firstTimeHighSchool"] },
  { id: "schoolType", schema: schoolTypeStep, fields: ["schoolType"] },
  { id: "household", schema: householdStep, fields: ["householdSize", "pensionOnlyIncome"] },
  { id: "income", schema: incomeStep, fields: ["income", "incomeUnknown", "suddenIncomeDrop"] },
  {
    id: "situations",
    schema: situationsStep,
    fields: ["lifeSituations", "receivesDisabilityOrSurvivorPension", "earlierIncome", "earlierIncomeUnknown"],
  },
  { id: "costs", schema: costsStep, fields: ["costDifficulty"] },
] as const;

export type QuickCheckStepId = (typeof QUICK_CHECK_STEPS)[number]["id"];

/** What the form holds while the parent answers: the raw values of every field, as typed. */
export interface QuickCheckAnswers {
  livesInJapan?: "yes" | "no";
  birthDate?: { year: string; month: string; day: string };
  schoolKind?: "jhs" | "hs";
  firstTimeHighSchool?: "yes" | "no";
  schoolType?: string;
  householdSize?: string;
  pensionOnlyIncome?: "yes" | "no";
  income?: string;
  incomeUnknown?: boolean;
  suddenIncomeDrop?: "yes" | "no";
  lifeSituations?: string[];
  receivesDisabilityOrSurvivorPension?: "yes" | "no";
  earlierIncome?: string;
  earlierIncomeUnknown?: boolean;
  costDifficulty?: "yes" | "no";
}
