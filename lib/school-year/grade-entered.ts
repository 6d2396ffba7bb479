import type { CalendarDate } from "./calendar-date";
import { schoolCohortOf } from "./school-cohort";

export type SchoolStage = "preschool" | "elementary" | "jhs" | "hs" | "after_hs";

export interface GradeEntered {
  readonly stage: SchoolStage;
  /** Year within the stage (1-based); null before elementary school and after high school. */
  readonly grade: number | null;
}

/**
 * Years of schooling a child of standard age is in during the school year starting in April of
 * `year`: 1 = elementary year 1 … 7 = junior high year 1 … 10 = high school year 1 … 12 = high
 * school year 3. Zero or less is before school; more than 12 is after high school.
 */
export function schoolGradeOrdinal(birthDate: CalendarDate, year: number): number {
  return year - schoolCohortOf(birthDate) - 6;
}

export function gradeFromOrdinal(ordinal: number): GradeEntered {
  if (ordinal < 1) return { stage: "preschool", grade: null };
  if (ordinal <= 6) return { stage: "elementary", grade: ordinal };
  if (ordinal <= 9) return { stage: "jhs", grade: ordinal - 6 };
  if (ordinal <= 12) return { stage: "hs", grade: ordinal - 9 };
  return { stage: "after_hs", grade: null };
}

/** The stage and grade a child of standard age enters in April of `year`. */
export function gradeEnteredInApril(birthDate: CalendarDate, year: number): GradeEntered {
  return gradeFromOrdinal(schoolGradeOrdinal(birthDate, year));
}
