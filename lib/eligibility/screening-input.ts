import { z } from "zod";
import { isoDateBetween } from "./iso-date-between";
import { LIFE_SITUATIONS } from "./life-situations";
import { SCHOOL_KINDS, SCHOOL_TYPES } from "./school-types";
import { messageKey } from "./validation-issues";

/**
 * The facts a screening is made from. Every answer may be left out (absent or null): that is
 * "not answered", which evaluate() reports as such rather than guessing. Only the moment of
 * application and at least one child are needed to screen at all.
 */

const yesNo = z.boolean({ error: messageKey("validation.yesNo") }).nullish();

const yen = z
  .int({ error: messageKey("validation.wholeYen") })
  .min(0, { error: "validation.wholeYen" })
  .max(10_000_000_000, { error: "validation.outOfRange" });

export const childInputSchema = z.strictObject({
  /** YYYY-MM-DD, between 1900 and 2100. */
  birthDate: z
    .string({ error: messageKey("validation.date") })
    .refine((text) => isoDateBetween(text, 1900, 2100), { error: "validation.date" })
    .nullish(),
  /** The first year the child enters in April of the edition year. */
  schoolKind: z.enum(SCHOOL_KINDS, { error: messageKey("validation.schoolKind") }).nullish(),
  schoolType: z.enum(SCHOOL_TYPES, { error: messageKey("validation.schoolType") }).nullish(),
  /** High-school entrants only: has the child never attended a high school before? */
  firstTimeHighSchool: yesNo,
});

export const screeningInputSchema = z.strictObject({
  /** When the application is made (or the screening is run): ISO 8601 with a UTC offset or Z. */
  appliedAt: z.iso
    .datetime({ offset: true, error: messageKey("validation.dateTime") })
    .refine((text) => Number.isFinite(Date.parse(text)), { error: "validation.dateTime" }),
  livesInJapan: yesNo,
  /** People in the household (世帯人数), guardians and all children included. */
  householdSize: z
    .int({ error: messageKey("validation.householdSize") })
    .min(2, { error: "validation.householdSize" })
    .max(20, { error: "validation.householdSize" })
    .nullish(),
  /**
   * The guardian's 所得 (income after deductions, as on an income certificate) by calendar year,
   * e.g. { "2024": 1380000 }. The edition decides which years it reads.
   */
  incomeByYear: z.record(z.string().regex(/^\d{4}$/, { error: "validation.incomeYear" }), yen.nullable()).nullish(),
  /** The guardian's only income is a taxable public pension (judged on the pension-only line). */
  pensionOnlyIncome: yesNo,
  /** Gross 収入 for the same year as the income test; optional. */
  grossIncomeYen: yen.nullish(),
  /** Household finances dropped suddenly in the year before the application year (家計急変). */
  suddenIncomeDrop: yesNo,
  /** The household receives public assistance (生活保護). */
  publicAssistance: yesNo,
  /** Life situations A–H the family says apply; [] means "none of them". */
  lifeSituations: z
    .array(z.enum(LIFE_SITUATIONS, { error: messageKey("validation.lifeSituation") }), {
      error: messageKey("validation.list"),
    })
    .max(LIFE_SITUATIONS.length, { error: "validation.listLength" })
    .nullish(),
  /** For situation E: does the household receive a disability or survivor's pension? */
  receivesDisabilityOrSurvivorPension: yesNo,
  /** The family finds graduation and enrolment costs hard to meet (self-declared). */
  costDifficulty: yesNo,
  children: z
    .array(childInputSchema, { error: messageKey("validation.children") })
    .min(1, { error: "validation.children" })
    .max(10, { error: "validation.children" }),
});

export type ScreeningInput = z.output<typeof screeningInputSchema>;
export type ChildInput = z.output<typeof childInputSchema>;
