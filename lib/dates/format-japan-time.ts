import type { CalendarDate } from "@/lib/school-year/calendar-date";
import { formatJapaneseDate } from "@/lib/school-year/wareki";

const JAPAN = "Asia/Tokyo";

const formats = {
  enInstantDate: new Intl.DateTimeFormat("en-GB", { timeZone: JAPAN, day: "numeric", month: "long", year: "numeric" }),
  enCalendarDate: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
  japanParts: new Intl.DateTimeFormat("en-CA", { timeZone: JAPAN, year: "numeric", month: "numeric", day: "numeric" }),
  time: new Intl.DateTimeFormat("en-GB", { timeZone: JAPAN, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
};

/** The calendar date an instant falls on in Japan, whatever the server's time zone. */
export function japanCalendarDate(instant: Date): CalendarDate {
  const parts = Object.fromEntries(formats.japanParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** A date as people read it: "2 April 2008"; "2008年（平成20年）4月2日" with the era year (和暦). */
export function formatCalendarDate(date: CalendarDate, locale: "ja" | "en"): string {
  if (locale === "ja") return formatJapaneseDate(date);
  return formats.enCalendarDate.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

/** An instant in Japan time: "12:00 on 23 January 2026"; "2026年（令和8年）1月23日 12:00". */
export function formatJapanDateTime(instant: Date, locale: "ja" | "en"): string {
  const time = formats.time.format(instant);
  if (locale === "en") return `${time} on ${formats.enInstantDate.format(instant)}`;
  return `${formatJapaneseDate(japanCalendarDate(instant))} ${time}`;
}
