import { z } from "zod";
import type { AddressMessageKey } from "./message-keys";
import { normalizePostalCode } from "./postal-code";
import { PREFECTURES } from "./prefectures";

/** Longest city, street or building line accepted, in characters. */
export const ADDRESS_LINE_MAX_LENGTH = 100;

const INVISIBLE_FORMAT = /\p{Cf}/gu;
const CONTROL_OR_BROKEN = /[\p{Cc}\p{Cs}]/u;
const WHITESPACE_RUN = /\s+/gu;

type LineResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: "empty" | AddressMessageKey };

// Kept as typed apart from NFC and spaces: full-width digits (１－２－３) are normal in Japanese
// addresses, and the post office reads either form.
function normalizeLine(raw: string): LineResult {
  const text = raw.normalize("NFC").replace(INVISIBLE_FORMAT, "").trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (CONTROL_OR_BROKEN.test(text)) return { ok: false, problem: "address.characters" };
  const value = text.replace(WHITESPACE_RUN, " ");
  if ([...value].length > ADDRESS_LINE_MAX_LENGTH) return { ok: false, problem: "address.tooLong" };
  return { ok: true, value };
}

function requiredLine(requiredKey: AddressMessageKey) {
  return z.string({ error: (issue) => (issue.input === undefined ? requiredKey : "invalid") }).transform((raw, ctx) => {
    const result = normalizeLine(raw);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.problem === "empty" ? requiredKey : result.problem, input: raw });
    return z.NEVER;
  });
}

const optionalLine = z
  .string({ error: "invalid" })
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const result = normalizeLine(raw);
    if (result.ok) return result.value;
    if (result.problem === "empty") return undefined;
    ctx.issues.push({ code: "custom", message: result.problem, input: raw });
    return z.NEVER;
  });

/** A postal code as typed; the output is 7 digits ("1000001"). */
export const postalCodeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "address.postalCodeRequired" : "invalid") })
  .transform((raw, ctx) => {
    if (raw.trim() === "") {
      ctx.issues.push({ code: "custom", message: "address.postalCodeRequired", input: raw });
      return z.NEVER;
    }
    const postalCode = normalizePostalCode(raw);
    if (postalCode) return postalCode;
    ctx.issues.push({ code: "custom", message: "address.postalCodeFormat", input: raw });
    return z.NEVER;
  });

/**
 * A postal address in Japan, in the order Japanese forms ask for it. The postal code is not
 * required to match the prefecture: postal data lags behind new codes and mergers, and a family
 * should never be stopped by our data being out of date.
 */
export const addressSchema = z.object(
  {
    postalCode: postalCodeSchema,
    prefecture: z.enum(PREFECTURES, { error: "address.prefectureRequired" }),
    /** 市区町村, e.g. "千代田区" or "西多摩郡日の出町". */
    city: requiredLine("address.cityRequired"),
    /** 町域・番地, e.g. "丸の内1-1-1". */
    street: requiredLine("address.streetRequired"),
    /** 建物名・部屋番号; left out when empty. */
    building: optionalLine,
  },
  { error: "invalid" },
);

export type Address = z.output<typeof addressSchema>;
