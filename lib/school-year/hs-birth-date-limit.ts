import type { CalendarDate } from "./calendar-date";

/**
 * The earliest birth date accepted for a high-school entrant in April of `year`: April 2 of
 * (year − yearsBefore). The 2025 guidelines give 2007-04-02 for 2025, i.e. 18 years; older
 * entrants than the standard age are allowed up to this limit.
 */
export function hsBirthDateLimit(year: number, yearsBefore = 18): CalendarDate {
  return { year: year - yearsBefore, month: 4, day: 2 };
}
