/**
 * Applications: the form's steps as zod schemas, and submission of a draft.
 *
 *   const step = parseAnswers(householdStep, body);        // one page's check
 *   const result = await submitApplication(prisma, { draftId, ruleSet, now, locale, siteUrl, privacyNoticeVersion });
 *
 * Issue message keys are from the root of the message files: "application.errors.*" for this
 * module's own checks, "fields.*" for the shared name, contact, address and bank fields.
 */
export { generateReferenceNumber, normaliseReferenceNumber, REFERENCE_LENGTH } from "./reference-number";
export { submitApplication } from "./submit-application";
export type { SubmitApplicationInput, SubmitApplicationResult } from "./submit-application";
export { applicationSchema, applicationSchemaFor } from "./steps/application-schema";
export type { Application } from "./steps/application-schema";
export { APPLICATION_STEPS, isApplicationStepId } from "./steps/application-steps";
export type { ApplicationStepId } from "./steps/application-steps";
export { parseAnswers } from "./steps/parse-answers";
export type { AnswerIssue, AnswersResult } from "./steps/parse-answers";
export { toScreeningInput } from "./steps/to-screening-input";
