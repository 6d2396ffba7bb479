import type { CalendarDate } from "../school-year/calendar-date";

function digit(text: string, index: number): number {
  return text.charCodeAt(index) - 48;
}

/**
 * Reads a YYYY-MM-DD date that parseScreeningInput has already checked, without a regular
 * expression: it runs for every child of every screening.
 */
export function readCheckedIsoDate(text: string): CalendarDate {
  return {
    year: digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3),
    month: digit(text, 5) * 10 + digit(text, 6),
    day: digit(text, 8) * 10 + digit(text, 9),
  };
}
