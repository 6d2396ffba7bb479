import { z } from "zod";
import { isValidCalendarDate } from "@/lib/school-year/calendar-date";

/**
 * Field schemas the application's steps share. Like the quick check, they accept what a form
 * posts (strings as typed, "yes"/"no") as well as plain JSON values, and output the clean value.
 * Their message keys start with "errors." and are relative to the "application" namespace.
 */

const INVISIBLE_FORMAT = /\p{Cf}/gu;
const CONTROL_OR_BROKEN = /[\p{Cc}\p{Cs}]/u;
const WHITESPACE_RUN = /\s+/gu;

/** A yes/no question: true, false, "yes" or "no" in; a boolean out. */
export function yesNo(key: string) {
  return z.unknown().transform((value, ctx): boolean => {
    if (value === true || value === "yes") return true;
    if (value === false || value === "no") return false;
    ctx.issues.push({ code: "custom", message: key, input: value });
    return z.NEVER;
  });
}

// People type amounts with full-width digits, thousands separators, spaces and 円.
const AMOUNT_DECORATION = /[,\s円]/gu;

/** A whole number within [min, max], as a number or as typed ("１，３８０，０００円"). */
export function wholeNumber(key: string, min: number, max: number) {
  return z.unknown().transform((value, ctx): number => {
    const text = typeof value === "string" ? value.normalize("NFKC").replace(AMOUNT_DECORATION, "") : undefined;
    const number =
      typeof value === "number" ? value : text !== undefined && /^\d{1,12}$/.test(text) ? Number(text) : NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
    ctx.issues.push({ code: "custom", message: key, input: value });
    return z.NEVER;
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const datePart = z.union([z.string().max(8), z.number()]);

/**
 * A calendar date as "YYYY-MM-DD" or as the three boxes of a date field ({ year, month, day },
 * full-width digits allowed); out as "YYYY-MM-DD". Years outside [minYear, maxYear] are typing slips.
 */
export function calendarDate(key: string, minYear = 1900, maxYear = 2100) {
  return z.unknown().transform((value, ctx): string => {
    let parts: number[] | undefined;
    if (typeof value === "string") {
      const match = ISO_DATE.exec(value.trim());
      if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
    } else if (typeof value === "object" && value !== null) {
      const boxes = z.object({ year: datePart, month: datePart, day: datePart }).safeParse(value);
      if (boxes.success) {
        const texts = [boxes.data.year, boxes.data.month, boxes.data.day].map((part) =>
          String(part).normalize("NFKC").trim(),
        );
        if (texts.every((text) => /^\d{1,4}$/.test(text))) parts = texts.map(Number);
      }
    }
    const [year, month, day] = parts ?? [];
    if (
      year !== undefined &&
      month !== undefined &&
      day !== undefined &&
      isValidCalendarDate(year, month, day) &&
      year >= minYear &&
      year <= maxYear
    ) {
      return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
    ctx.issues.push({ code: "custom", message: key, input: value });
    return z.NEVER;
  });
}

/**
 * One line of free text (an organisation, a relationship, a comment): NFC, invisible characters
 * removed, spaces collapsed. Control characters are refused rather than removed, because a line
 * break in a one-line field means something was pasted that the family should look at.
 */
export function textLine(keys: { required: string; tooLong: string; characters: string }, maxLength: number) {
  return z.unknown().transform((value, ctx): string => {
    if (typeof value !== "string") {
      ctx.issues.push({ code: "custom", message: value === undefined ? keys.required : "invalid", input: value });
      return z.NEVER;
    }
    const text = value.normalize("NFC").replace(INVISIBLE_FORMAT, "").trim();
    const problem =
      text === ""
        ? keys.required
        : CONTROL_OR_BROKEN.test(text)
          ? keys.characters
          : [...text.replace(WHITESPACE_RUN, " ")].length > maxLength
            ? keys.tooLong
            : undefined;
    if (problem === undefined) return text.replace(WHITESPACE_RUN, " ");
    ctx.issues.push({ code: "custom", message: problem, input: value });
    return z.NEVER;
  });
}
