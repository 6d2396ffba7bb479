import type { ComponentType } from "react";
import type { ApplicationStepId } from "@/lib/applications/steps/application-steps";
import { AddressFields } from "./address-fields";
import { ApplicantFields } from "./applicant-fields";
import { BankAccountFields } from "./bank-account-fields";
import { ChildrenFields } from "./children-fields";
import { ConsentFields } from "./consent-fields";
import { CostDifficultyFields } from "./cost-difficulty-fields";
import { GuardianFields } from "./guardian-fields";
import { HouseholdFields } from "./household-fields";
import { IncomeFields } from "./income-fields";
import { SituationsFields } from "./situations-fields";
import type { StepFieldsProps } from "./step-fields-props";
import { SurveyFields } from "./survey-fields";

/** The fields of each question page; documents has a page of its own (uploads post without scripts). */
export const STEP_FIELDS: Record<Exclude<ApplicationStepId, "documents">, ComponentType<StepFieldsProps>> = {
  applicant: ApplicantFields,
  guardian: GuardianFields,
  address: AddressFields,
  household: HouseholdFields,
  children: ChildrenFields,
  situations: SituationsFields,
  income: IncomeFields,
  costDifficulty: CostDifficultyFields,
  bankAccount: BankAccountFields,
  consent: ConsentFields,
  survey: SurveyFields,
};
