import { describe, expect, it } from "vitest";
import { parseIsoDate, type CalendarDate } from "./calendar-date";
import { firstYearBirthRange } from "./first-year-birth-range";
import { gradeEnteredInApril } from "./grade-entered";
import { hsBirthDateLimit } from "./hs-birth-date-limit";
import { schoolCohortOf } from "./school-cohort";

function date(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
}

describe("school year of birth", () => {
  it("puts an April 1 birthday in the earlier school year and April 2 in the later one", () => {
    expect(schoolCohortOf(date("2014-04-01"))).toBe(2013);
    expect(schoolCohortOf(date("2014-04-02"))).toBe(2014);
    expect(schoolCohortOf(date("2014-01-01"))).toBe(2013);
    expect(schoolCohortOf(date("2013-12-31"))).toBe(2013);
  });
});

describe("grade entered in April", () => {
  it("sends children born April 2, 2013 to April 1, 2014 into junior high year 1 in April 2026", () => {
    expect(gradeEnteredInApril(date("2013-04-02"), 2026)).toEqual({ stage: "jhs", grade: 1 });
    expect(gradeEnteredInApril(date("2014-04-01"), 2026)).toEqual({ stage: "jhs", grade: 1 });
    expect(gradeEnteredInApril(date("2013-04-01"), 2026)).toEqual({ stage: "jhs", grade: 2 });
    expect(gradeEnteredInApril(date("2014-04-02"), 2026)).toEqual({ stage: "elementary", grade: 6 });
  });

  it("sends children born April 2, 2010 to April 1, 2011 into high school year 1 in April 2026", () => {
    expect(gradeEnteredInApril(date("2010-04-02"), 2026)).toEqual({ stage: "hs", grade: 1 });
    expect(gradeEnteredInApril(date("2011-04-01"), 2026)).toEqual({ stage: "hs", grade: 1 });
    expect(gradeEnteredInApril(date("2011-04-02"), 2026)).toEqual({ stage: "jhs", grade: 3 });
    expect(gradeEnteredInApril(date("2010-04-01"), 2026)).toEqual({ stage: "hs", grade: 2 });
  });

  it("places a February 29 birthday in the school year that began the April before", () => {
    expect(gradeEnteredInApril(date("2012-02-29"), 2024)).toEqual({ stage: "jhs", grade: 1 });
    expect(gradeEnteredInApril(date("2012-02-29"), 2025)).toEqual({ stage: "jhs", grade: 2 });
    expect(gradeEnteredInApril(date("2008-02-29"), 2023)).toEqual({ stage: "hs", grade: 1 });
  });

  it("names stages before and after school", () => {
    expect(gradeEnteredInApril(date("2020-06-01"), 2026)).toEqual({ stage: "preschool", grade: null });
    expect(gradeEnteredInApril(date("2019-04-02"), 2026)).toEqual({ stage: "elementary", grade: 1 });
    expect(gradeEnteredInApril(date("2007-04-02"), 2026)).toEqual({ stage: "after_hs", grade: null });
  });

  it("agrees with the first-year birth ranges for every day of a span of years", () => {
    for (const stage of ["jhs", "hs"] as const) {
      for (let year = 2020; year <= 2030; year++) {
        const { earliest, latest } = firstYearBirthRange(stage, year);
        expect(gradeEnteredInApril(earliest, year)).toEqual({ stage, grade: 1 });
        expect(gradeEnteredInApril(latest, year)).toEqual({ stage, grade: 1 });
        expect(gradeEnteredInApril({ ...earliest, day: 1 }, year)).not.toEqual({ stage, grade: 1 });
        expect(gradeEnteredInApril({ ...latest, day: 2 }, year)).not.toEqual({ stage, grade: 1 });
      }
    }
  });
});

describe("high-school birth-date limit", () => {
  it("is April 2 eighteen years before the edition year", () => {
    expect(hsBirthDateLimit(2025)).toEqual({ year: 2007, month: 4, day: 2 });
    expect(hsBirthDateLimit(2026)).toEqual({ year: 2008, month: 4, day: 2 });
    expect(hsBirthDateLimit(2026, 17)).toEqual({ year: 2009, month: 4, day: 2 });
  });
});
