import type { CalendarDate } from "../school-year/calendar-date";
import { formatWarekiYear } from "../school-year/wareki";

/**
 * Message params for a calendar date `name`: nameYear, nameMonth, nameDay (numbers, any locale can
 * arrange them) and nameWareki ("平成25年", for Japanese text). Used when a rule set is prepared;
 * per-child dates are written out literally in the checks to keep evaluation allocation-light.
 */
export function dateParams(name: string, date: CalendarDate): Record<string, string | number> {
  return {
    [`${name}Year`]: date.year,
    [`${name}Month`]: date.month,
    [`${name}Day`]: date.day,
    [`${name}Wareki`]: formatWarekiYear(date),
  };
}

/** Date params for an instant as seen in Japan (UTC+9, no daylight saving), plus nameTime "10:00". */
export function japanTimeParams(name: string, epochMs: number): Record<string, string | number> {
  const japan = new Date(epochMs + 9 * 60 * 60 * 1000);
  const date = { year: japan.getUTCFullYear(), month: japan.getUTCMonth() + 1, day: japan.getUTCDate() };
  const time = `${String(japan.getUTCHours()).padStart(2, "0")}:${String(japan.getUTCMinutes()).padStart(2, "0")}`;
  return { ...dateParams(name, date), [`${name}Time`]: time };
}
