import { describe, expect, it } from "vitest";
import { formatJapaneseDate, formatWarekiDate, formatWarekiYear, toWareki } from "./wareki";

describe("和暦", () => {
  it("switches to 令和 on 2019-05-01 and writes its first year as 元年", () => {
    expect(formatWarekiDate({ year: 2019, month: 4, day: 30 })).toBe("平成31年4月30日");
    expect(formatWarekiDate({ year: 2019, month: 5, day: 1 })).toBe("令和元年5月1日");
    expect(formatWarekiDate({ year: 2020, month: 1, day: 1 })).toBe("令和2年1月1日");
    expect(formatWarekiDate({ year: 2026, month: 1, day: 8 })).toBe("令和8年1月8日");
  });

  it("switches to 平成 on 1989-01-08", () => {
    expect(formatWarekiDate({ year: 1989, month: 1, day: 7 })).toBe("昭和64年1月7日");
    expect(formatWarekiDate({ year: 1989, month: 1, day: 8 })).toBe("平成元年1月8日");
    expect(toWareki({ year: 2008, month: 4, day: 2 })).toEqual({ era: "平成", eraYear: 20 });
  });

  it("covers 昭和 and earlier eras back to 1873", () => {
    expect(formatWarekiDate({ year: 1926, month: 12, day: 25 })).toBe("昭和元年12月25日");
    expect(formatWarekiDate({ year: 1926, month: 12, day: 24 })).toBe("大正15年12月24日");
    expect(formatWarekiDate({ year: 1912, month: 7, day: 30 })).toBe("大正元年7月30日");
    expect(formatWarekiDate({ year: 1900, month: 1, day: 1 })).toBe("明治33年1月1日");
    expect(formatWarekiDate({ year: 1872, month: 12, day: 31 })).toBeNull();
  });

  it("formats February 29", () => {
    expect(formatWarekiDate({ year: 2012, month: 2, day: 29 })).toBe("平成24年2月29日");
    expect(formatJapaneseDate({ year: 2024, month: 2, day: 29 })).toBe("2024年（令和6年）2月29日");
  });

  it("writes 西暦 with 和暦 alongside", () => {
    expect(formatJapaneseDate({ year: 2013, month: 4, day: 2 })).toBe("2013年（平成25年）4月2日");
    expect(formatJapaneseDate({ year: 2019, month: 5, day: 1 })).toBe("2019年（令和元年）5月1日");
    expect(formatJapaneseDate({ year: 1850, month: 3, day: 3 })).toBe("1850年3月3日");
    expect(formatWarekiYear({ year: 1850, month: 3, day: 3 })).toBe("");
  });
});
