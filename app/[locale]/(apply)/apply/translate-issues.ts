import { getTranslations } from "next-intl/server";
import type { AnswerIssue } from "@/lib/applications/steps/parse-answers";

export interface StepIssue {
  /** The form field's path ("household.size"); its input has the id "field-" + path. */
  path: string;
  message: string;
}

/** Issues from lib/ (paths and message keys) as the text a parent reads, in their language. */
export async function translateIssues(locale: string, issues: readonly AnswerIssue[]): Promise<StepIssue[]> {
  const t = await getTranslations({ locale });
  return issues.map((issue) => ({
    path: issue.path,
    message: t.has(issue.messageKey) ? t(issue.messageKey) : t("application.errors.invalid"),
  }));
}
