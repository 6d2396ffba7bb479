import { z } from "zod";
import type { RuleSet } from "@/lib/eligibility/rule-set";
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
import { checkIncomeYears, incomeYearsAsked } from "./income-years";
import { situationsStep } from "./situations-step";
import { surveyStep } from "./survey-step";

/**
 * The whole application: every step's fields together. Fields no step knows are dropped, so
 * nothing the form did not ask for is ever stored.
 */
export const applicationSchema = z.object(
  {
    ...applicantStep.shape,
    ...guardianStep.shape,
    ...addressStep.shape,
    ...householdStep.shape,
    ...childrenStep.shape,
    ...incomeStep.shape,
    ...situationsStep.shape,
    ...costDifficultyStep.shape,
    ...documentsStep.shape,
    ...bankAccountStep.shape,
    ...consentStep.shape,
    ...surveyStep.shape,
  },
  { error: "invalid" },
);

export type Application = z.output<typeof applicationSchema>;

/**
 * The application as an edition asks for it: the server's re-check at submission. Adds what
 * depends on the edition's rules: the 所得 years asked (the income year always, situation E's
 * earlier year when E is claimed, no others) and document checklist items of its catalogue.
 */
export function applicationSchemaFor(ruleSet: RuleSet) {
  const catalog = new Set(ruleSet.documents.catalog.map((entry) => entry.id));
  return applicationSchema.superRefine((application, ctx) => {
    checkIncomeYears(application.income.byYear, incomeYearsAsked(ruleSet, application.situations.lifeSituations), ctx);
    application.documents.files.forEach((file, index) => {
      if (!catalog.has(file.checklistItem)) {
        ctx.addIssue({
          code: "custom",
          path: ["documents", "files", index, "checklistItem"],
          message: "errors.checklistItem",
        });
      }
    });
    application.documents.sendLater.forEach((item, index) => {
      if (!catalog.has(item)) {
        ctx.addIssue({ code: "custom", path: ["documents", "sendLater", index], message: "errors.checklistItem" });
      }
    });
  });
}
