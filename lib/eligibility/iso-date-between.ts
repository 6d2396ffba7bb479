import { parseIsoDate } from "../school-year/calendar-date";

/** A real YYYY-MM-DD date (so 2023-02-29 is not) with a year in [fromYear, toYear]. */
export function isoDateBetween(text: string, fromYear: number, toYear: number): boolean {
  const date = parseIsoDate(text);
  return date !== null && date.year >= fromYear && date.year <= toYear;
}
