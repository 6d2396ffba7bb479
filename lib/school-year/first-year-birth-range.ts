import type { CalendarDate } from "./calendar-date";

export interface BirthDateRange {
  readonly earliest: CalendarDate;
  readonly latest: CalendarDate;
}

/**
 * Birth dates of children of standard age who enter the first year of junior high school ("jhs")
 * or high school ("hs") in April of `year`: April 2 of Y−13 to April 1 of Y−12 for junior high,
 * April 2 of Y−16 to April 1 of Y−15 for high school.
 */
export function firstYearBirthRange(stage: "jhs" | "hs", year: number): BirthDateRange {
  const yearsBefore = stage === "jhs" ? 13 : 16;
  return {
    earliest: { year: year - yearsBefore, month: 4, day: 2 },
    latest: { year: year - yearsBefore + 1, month: 4, day: 1 },
  };
}
