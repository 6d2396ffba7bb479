import type { CalendarDate } from "./calendar-date";

/**
 * The school year (年度) a child is counted in by birth: children born from April 2 of year C to
 * April 1 of year C + 1 share cohort C and go through school together. A birthday on April 1 joins
 * the earlier cohort because Japanese law counts age as reached on the day before the birthday.
 */
export function schoolCohortOf(birthDate: CalendarDate): number {
  const bornOnOrAfterApril2 = birthDate.month > 4 || (birthDate.month === 4 && birthDate.day >= 2);
  return bornOnOrAfterApril2 ? birthDate.year : birthDate.year - 1;
}
