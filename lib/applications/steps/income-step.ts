import { z } from "zod";
import { wholeNumber, yesNo } from "./field-schemas";

const MAX_YEN = 10_000_000_000;
const amount = wholeNumber("errors.incomeAmount", 0, MAX_YEN);

/** An amount, or "unknown": the engine then sends the application to a caseworker instead of guessing. */
const incomeAnswer = z.unknown().transform((value, ctx): number | null => {
  if (value === "unknown" || value === null) return null;
  const parsed = amount.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.issues.push({ code: "custom", message: "errors.incomeAmount", input: value });
  return z.NEVER;
});

/** Gross 収入 is optional: an empty field means "not given". */
const grossIncome = z.unknown().transform((value, ctx): number | null => {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
  const parsed = amount.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.issues.push({ code: "custom", message: "errors.grossIncome", input: value });
  return z.NEVER;
});

/**
 * The guardian's 所得 by calendar year ({ "2024": "1380000" }), for the years the edition asks:
 * its income year, and the earlier year of situation E when E is claimed. The years travel with
 * the amounts so that stored answers say which year each amount was for; which years are
 * required is checked against the rule set by applicationSchemaFor.
 */
export const incomeStep = z.object({
  income: z.object(
    {
      byYear: z
        .record(z.string().regex(/^\d{4}$/, { error: "errors.incomeYear" }), incomeAnswer, {
          error: "errors.incomeAmount",
        })
        .refine((years) => Object.keys(years).length <= 2, { error: "errors.incomeYear" }),
      grossIncomeYen: grossIncome.optional().transform((value) => value ?? null),
      suddenIncomeDrop: yesNo("errors.suddenIncomeDrop"),
    },
    { error: "invalid" },
  ),
});

export type IncomeStep = z.output<typeof incomeStep>;
