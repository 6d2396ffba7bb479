/**
 * Every key this module's step schemas report, inside the "application" message namespace of
 * messages/ja.json and messages/en.json. Issues from parseAnswers carry them as
 * "application.errors.*"; the shared field schemas' keys are in the "fields" namespace.
 */
export const APPLICATION_MESSAGE_KEYS = [
  "errors.applicantRole",
  "errors.organisationRequired",
  "errors.relationshipRequired",
  "errors.textTooLong",
  "errors.textCharacters",
  "errors.guardianBirthDate",
  "errors.householdSize",
  "errors.dependants",
  "errors.publicAssistance",
  "errors.pensionOnlyIncome",
  "errors.children",
  "errors.tooManyChildren",
  "errors.childBirthDate",
  "errors.schoolKind",
  "errors.schoolType",
  "errors.firstTimeHighSchool",
  "errors.incomeAmount",
  "errors.incomeYear",
  "errors.grossIncome",
  "errors.suddenIncomeDrop",
  "errors.lifeSituations",
  "errors.lifeSituationsNone",
  "errors.pension",
  "errors.costDifficulty",
  "errors.checklistItem",
  "errors.storedFile",
  "errors.tooManyFiles",
  "errors.privacyConsent",
  "errors.dataUseConsent",
  "errors.surveyAmount",
  "errors.surveyChoice",
  "errors.invalid",
] as const;

export type ApplicationMessageKey = (typeof APPLICATION_MESSAGE_KEYS)[number];
