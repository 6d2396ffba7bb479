import type { CalendarDate } from "./calendar-date";

export type EraName = "令和" | "平成" | "昭和" | "大正" | "明治";

export interface WarekiYear {
  readonly era: EraName;
  /** 1 for the era's first year (written 元年). */
  readonly eraYear: number;
}

interface Era {
  readonly name: EraName;
  /** First day as yyyymmdd, so a date can be placed with one comparison. */
  readonly startKey: number;
  readonly firstYear: number;
}

// Newest first. 明治 is counted from 1873-01-01, when Japan adopted the Gregorian calendar: earlier
// Gregorian dates have no simple 和暦 equivalent, so they get none.
const ERAS: readonly Era[] = [
  { name: "令和", startKey: 20190501, firstYear: 2019 },
  { name: "平成", startKey: 19890108, firstYear: 1989 },
  { name: "昭和", startKey: 19261225, firstYear: 1926 },
  { name: "大正", startKey: 19120730, firstYear: 1912 },
  { name: "明治", startKey: 18730101, firstYear: 1868 },
];

function eraOf(date: CalendarDate): Era | null {
  const key = date.year * 10000 + date.month * 100 + date.day;
  for (const era of ERAS) {
    if (key >= era.startKey) return era;
  }
  return null;
}

export function toWareki(date: CalendarDate): WarekiYear | null {
  const era = eraOf(date);
  return era ? { era: era.name, eraYear: date.year - era.firstYear + 1 } : null;
}

// Year labels are few and asked for on every screening of a birth date, so each is built once.
const yearLabels = new Map<number, string>();

/** "令和元年", "平成25年"; "" for dates before 明治 6 (1873). */
export function formatWarekiYear(date: CalendarDate): string {
  const era = eraOf(date);
  if (!era) return "";
  const eraYear = date.year - era.firstYear + 1;
  const cacheKey = era.startKey * 1000 + eraYear;
  let label = yearLabels.get(cacheKey);
  if (label === undefined) {
    label = `${era.name}${eraYear === 1 ? "元" : String(eraYear)}年`;
    yearLabels.set(cacheKey, label);
  }
  return label;
}

/** "令和元年5月1日"; null for dates before 明治 6 (1873). */
export function formatWarekiDate(date: CalendarDate): string | null {
  const year = formatWarekiYear(date);
  return year === "" ? null : `${year}${date.month}月${date.day}日`;
}

/** 西暦 with 和暦 alongside, as Japanese forms write it: "2019年（令和元年）5月1日". */
export function formatJapaneseDate(date: CalendarDate): string {
  const wareki = formatWarekiYear(date);
  const era = wareki === "" ? "" : `（${wareki}）`;
  return `${date.year}年${era}${date.month}月${date.day}日`;
}
