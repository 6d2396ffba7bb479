import { z } from "zod";
import { normaliseReferenceNumber } from "./reference-number";
import { calendarDate } from "./steps/field-schemas";

/**
 * The status page's question: a reference number and the birth date of one of the children
 * applied for. The form in the browser, its server action and the upload route all parse with
 * this. Error keys are in the "status" message namespace.
 */
export const STATUS_LOOKUP_MESSAGE_KEYS = [
  "errors.referenceRequired",
  "errors.referenceFormat",
  "errors.birthDateRequired",
  "errors.birthDateInvalid",
] as const;
export type StatusLookupMessageKey = (typeof STATUS_LOOKUP_MESSAGE_KEYS)[number];

const birthDateBoxes = calendarDate("errors.birthDateInvalid");

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value !== "object") return false;
  return Object.values(value).every((part) => part === undefined || (typeof part === "string" && part.trim() === ""));
}

export const statusLookupSchema = z.object({
  /** As typed ("kmnpr twxy2"); out in its stored form ("KMNPR-TWXY2"). */
  referenceNumber: z.unknown().transform((value, ctx): string => {
    const reference = typeof value === "string" ? normaliseReferenceNumber(value) : undefined;
    if (reference !== undefined) return reference;
    const message = isBlank(value) ? "errors.referenceRequired" : "errors.referenceFormat";
    ctx.issues.push({ code: "custom", message, input: value });
    return z.NEVER;
  }),
  /** Three boxes ({ year, month, day }) or "YYYY-MM-DD"; out as "YYYY-MM-DD". */
  birthDate: z.unknown().transform((value, ctx): string => {
    if (isBlank(value)) {
      ctx.issues.push({ code: "custom", message: "errors.birthDateRequired", input: value });
      return z.NEVER;
    }
    const parsed = birthDateBoxes.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.issues.push({ code: "custom", message: "errors.birthDateInvalid", input: value });
    return z.NEVER;
  }),
});

export type StatusLookup = z.output<typeof statusLookupSchema>;

/** What the form's boxes hold while the parent types. */
export interface StatusLookupFormValues {
  referenceNumber: string;
  birthDate: { year: string; month: string; day: string };
}

export interface StatusLookupIssue {
  path: "referenceNumber" | "birthDate";
  messageKey: StatusLookupMessageKey;
}

/** Parses without throwing; problems as field paths and message keys, in the form's order. */
export function parseStatusLookup(
  raw: unknown,
): { ok: true; data: StatusLookup } | { ok: false; issues: StatusLookupIssue[] } {
  const parsed = statusLookupSchema.safeParse(typeof raw === "object" && raw !== null ? raw : {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.flatMap((issue): StatusLookupIssue[] => {
    const [path] = issue.path;
    const messageKey = STATUS_LOOKUP_MESSAGE_KEYS.find((key) => key === issue.message);
    if ((path !== "referenceNumber" && path !== "birthDate") || !messageKey) return [];
    return [{ path, messageKey }];
  });
  return { ok: false, issues };
}
