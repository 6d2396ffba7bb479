/**
 * The enrolment costs the survey asks about. Apart from the survey's schema so that the form can
 * list them in the browser without loading zod.
 */
export const COST_ITEMS = ["uniform", "bag", "supplies", "pc", "fees", "commute", "other"] as const;
