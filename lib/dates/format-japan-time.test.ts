import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatJapanDateTime } from "./format-japan-time";

describe("formatJapanDateTime", () => {
  it("shows the 2026 closing time in Japan time in both languages", () => {
    const closes = new Date("2026-01-23T12:00:00+09:00");
    expect(formatJapanDateTime(closes, "en")).toBe("12:00 on 23 January 2026");
    expect(formatJapanDateTime(closes, "ja")).toBe("2026年（令和8年）1月23日 12:00");
  });

  it("uses Japan's date even when it is still the previous day in UTC", () => {
    expect(formatJapanDateTime(new Date("2026-01-07T15:30:00Z"), "en")).toBe("00:30 on 8 January 2026");
    expect(formatJapanDateTime(new Date("2026-01-07T15:30:00Z"), "ja")).toBe("2026年（令和8年）1月8日 00:30");
  });
});

describe("formatCalendarDate", () => {
  it("writes a birth-date limit with the era year in Japanese", () => {
    expect(formatCalendarDate({ year: 2008, month: 4, day: 2 }, "ja")).toBe("2008年（平成20年）4月2日");
    expect(formatCalendarDate({ year: 2008, month: 4, day: 2 }, "en")).toBe("2 April 2008");
  });
});
