import { z } from "zod";
import { yesNo } from "./field-schemas";

/**
 * The family's own declaration that enrolment costs are hard to meet. "No" is a valid answer and
 * is submitted like any other: whether it rules the application out is the engine's decision.
 */
export const costDifficultyStep = z.object({ costDifficulty: yesNo("errors.costDifficulty") });

export type CostDifficultyStep = z.output<typeof costDifficultyStep>;
