import { z } from "zod";
import { LIFE_SITUATIONS, type LifeSituation } from "@/lib/eligibility/life-situations";
import { yesNo } from "./field-schemas";

const pensionAnswer = yesNo("errors.pension");

/**
 * Life situations A–H that apply, or "none" on its own. For E the family also says whether the
 * household receives a disability or survivor's pension; that answer is dropped without E.
 */
export const situationsStep = z.object({
  situations: z
    .object(
      {
        lifeSituations: z
          .array(z.enum([...LIFE_SITUATIONS, "none"], { error: "errors.lifeSituations" }), {
            error: "errors.lifeSituations",
          })
          .max(LIFE_SITUATIONS.length, { error: "errors.lifeSituations" }),
        receivesDisabilityOrSurvivorPension: z.unknown().optional(),
      },
      { error: "invalid" },
    )
    .transform((answers, ctx) => {
      const chosen = [...new Set(answers.lifeSituations)];
      if (chosen.length === 0 || (chosen.includes("none") && chosen.length > 1)) {
        ctx.issues.push({
          code: "custom",
          path: ["lifeSituations"],
          message: chosen.length === 0 ? "errors.lifeSituations" : "errors.lifeSituationsNone",
          input: answers.lifeSituations,
        });
        return z.NEVER;
      }
      const lifeSituations = LIFE_SITUATIONS.filter((letter): letter is LifeSituation => chosen.includes(letter));
      if (!lifeSituations.includes("E")) return { lifeSituations, receivesDisabilityOrSurvivorPension: null };
      const pension = pensionAnswer.safeParse(answers.receivesDisabilityOrSurvivorPension);
      if (pension.success) return { lifeSituations, receivesDisabilityOrSurvivorPension: pension.data };
      ctx.issues.push({
        code: "custom",
        path: ["receivesDisabilityOrSurvivorPension"],
        message: "errors.pension",
        input: answers.receivesDisabilityOrSurvivorPension,
      });
      return z.NEVER;
    }),
});

export type SituationsStep = z.output<typeof situationsStep>;
