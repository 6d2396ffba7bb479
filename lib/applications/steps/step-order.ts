import { APPLICATION_STEPS, type ApplicationStepId } from "./application-steps";

/**
 * The form's pages in order and the address segment of each (`/apply/bank-account`): kebab case,
 * as people read and share addresses, while answers keep the step ids.
 */
export const STEP_SLUGS: Readonly<Record<ApplicationStepId, string>> = {
  applicant: "applicant",
  guardian: "guardian",
  address: "address",
  household: "household",
  children: "children",
  income: "income",
  situations: "situations",
  costDifficulty: "cost-difficulty",
  documents: "documents",
  bankAccount: "bank-account",
  consent: "consent",
  survey: "survey",
};

const BY_SLUG = new Map(Object.entries(STEP_SLUGS).map(([id, slug]) => [slug, id as ApplicationStepId]));

export function stepIdFromSlug(slug: string): ApplicationStepId | undefined {
  return BY_SLUG.get(slug);
}

export const STEP_COUNT = APPLICATION_STEPS.length;

/** 1-based, for "Step 3 of 12". */
export function stepNumber(id: ApplicationStepId): number {
  return APPLICATION_STEPS.findIndex((step) => step.id === id) + 1;
}

/** The step after `id`, or undefined after the last (then comes "Check your answers"). */
export function nextStepId(id: ApplicationStepId): ApplicationStepId | undefined {
  return APPLICATION_STEPS[stepNumber(id)]?.id;
}

/** The step before `id`, or undefined for the first (then back goes to the start page). */
export function previousStepId(id: ApplicationStepId): ApplicationStepId | undefined {
  const index = stepNumber(id) - 2;
  return index >= 0 ? APPLICATION_STEPS[index]?.id : undefined;
}
