import { z } from "zod";
import { wholeNumber, yesNo } from "./field-schemas";

/** The household as the income guideline counts it (世帯人数, guardians and all children included). */
export const householdStep = z.object({
  household: z
    .object(
      {
        size: wholeNumber("errors.householdSize", 2, 20),
        /** 扶養親族: people the guardian supports; fewer than the household, who include the guardian. */
        dependants: wholeNumber("errors.dependants", 0, 19),
        publicAssistance: yesNo("errors.publicAssistance"),
        pensionOnlyIncome: yesNo("errors.pensionOnlyIncome"),
      },
      { error: "invalid" },
    )
    .superRefine((household, ctx) => {
      if (household.dependants >= household.size) {
        ctx.addIssue({ code: "custom", path: ["dependants"], message: "errors.dependants" });
      }
    }),
});

export type HouseholdStep = z.output<typeof householdStep>;
