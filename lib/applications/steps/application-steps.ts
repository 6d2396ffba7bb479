import { addressStep } from "./address-step";
import { applicantStep } from "./applicant-step";
import { bankAccountStep } from "./bank-account-step";
import { childrenStep } from "./children-step";
import { consentStep } from "./consent-step";
import { costDifficultyStep } from "./cost-difficulty-step";
import { documentsStep } from "./documents-step";
import { guardianStep } from "./guardian-step";
import { householdStep } from "./household-step";
import { incomeStep } from "./income-step";
import { situationsStep } from "./situations-step";
import { surveyStep } from "./survey-step";

/**
 * The application's steps in the order the form asks them. Each step's schema owns the top-level
 * answer fields it lists; all steps together are the application (application-schema.ts). Life
 * situations come before income because situation E asks for an earlier year's 所得 as well,
 * which the income page then shows.
 */
export const APPLICATION_STEPS = [
  { id: "applicant", schema: applicantStep, fields: ["applicant"] },
  { id: "guardian", schema: guardianStep, fields: ["guardian"] },
  { id: "address", schema: addressStep, fields: ["address"] },
  { id: "household", schema: householdStep, fields: ["household"] },
  { id: "children", schema: childrenStep, fields: ["children"] },
  { id: "situations", schema: situationsStep, fields: ["situations"] },
  { id: "income", schema: incomeStep, fields: ["income"] },
  { id: "costDifficulty", schema: costDifficultyStep, fields: ["costDifficulty"] },
  { id: "documents", schema: documentsStep, fields: ["documents"] },
  { id: "bankAccount", schema: bankAccountStep, fields: ["bankAccount"] },
  { id: "consent", schema: consentStep, fields: ["consent"] },
  { id: "survey", schema: surveyStep, fields: ["survey"] },
] as const;

export type ApplicationStepId = (typeof APPLICATION_STEPS)[number]["id"];

const STEP_IDS: ReadonlySet<string> = new Set(APPLICATION_STEPS.map((step) => step.id));

export function isApplicationStepId(value: unknown): value is ApplicationStepId {
  return typeof value === "string" && STEP_IDS.has(value);
}

export function applicationStep(id: ApplicationStepId) {
  const step = APPLICATION_STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new RangeError("Unknown application step");
  return step;
}
