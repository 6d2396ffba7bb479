import { z } from "zod";
import { COST_ITEMS } from "./cost-items";
import { textLine, wholeNumber } from "./field-schemas";

// A group of checkboxes with none ticked comes from the form as false.
const empty = (value: unknown) => value === undefined || value === null || value === "" || value === false;

/** An optional field: left empty it is simply not there; filled in it must be valid. */
function optional<T>(schema: z.ZodType<T, unknown>) {
  return z
    .unknown()
    .transform((value, ctx): T | undefined => {
      if (empty(value)) return undefined;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        ctx.issues.push({ code: "custom", path: issue.path, message: issue.message, input: value });
      }
      return z.NEVER;
    })
    .optional();
}

/**
 * The short survey about enrolment costs the programme uses in its policy work. Every field is
 * optional and so is the whole step: a family that skips it applies just the same.
 */
export const surveyStep = z.object({
  survey: z
    .object(
      {
        /** What enrolment is expected to cost in total, in yen. */
        expectedCostYen: optional(wholeNumber("errors.surveyAmount", 0, 10_000_000)),
        hardestCosts: optional(
          z.array(z.enum(COST_ITEMS, { error: "errors.surveyChoice" }), { error: "errors.surveyChoice" }).max(7),
        ),
        // A textarea: its line breaks are kept as spaces, other control characters are refused.
        comment: optional(
          z
            .unknown()
            .transform((text) => (typeof text === "string" ? text.replace(/\r\n?|\n/gu, " ") : text))
            .pipe(
              textLine(
                { required: "errors.textTooLong", tooLong: "errors.textTooLong", characters: "errors.textCharacters" },
                500,
              ),
            ),
        ),
      },
      { error: "invalid" },
    )
    .optional(),
});

export type SurveyStep = z.output<typeof surveyStep>;
