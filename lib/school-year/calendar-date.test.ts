import { describe, expect, it } from "vitest";
import { compareCalendarDates, daysInMonth, formatIsoDate, isLeapYear, parseIsoDate } from "./calendar-date";

describe("calendar dates", () => {
  it("reads a real YYYY-MM-DD date", () => {
    expect(parseIsoDate("2013-04-02")).toEqual({ year: 2013, month: 4, day: 2 });
  });

  it("accepts February 29 only in leap years", () => {
    expect(parseIsoDate("2012-02-29")).toEqual({ year: 2012, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).not.toBeNull();
    expect(parseIsoDate("2013-02-29")).toBeNull();
    expect(parseIsoDate("1900-02-29")).toBeNull();
  });

  it("rejects impossible days and loose formats", () => {
    for (const text of [
      "2013-04-31",
      "2013-13-01",
      "2013-00-10",
      "2013-4-2",
      "13-04-02",
      "2013-04-02T00:00",
      " 2013-04-02",
      "",
    ]) {
      expect(parseIsoDate(text), text).toBeNull();
    }
  });

  it("knows month lengths and leap years", () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it("formats and orders dates", () => {
    expect(formatIsoDate({ year: 987, month: 1, day: 5 })).toBe("0987-01-05");
    expect(compareCalendarDates({ year: 2013, month: 4, day: 1 }, { year: 2013, month: 4, day: 2 })).toBeLessThan(0);
    expect(compareCalendarDates({ year: 2013, month: 4, day: 2 }, { year: 2013, month: 4, day: 2 })).toBe(0);
    expect(compareCalendarDates({ year: 2014, month: 1, day: 1 }, { year: 2013, month: 12, day: 31 })).toBeGreaterThan(
      0,
    );
  });
});
