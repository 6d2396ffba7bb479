import type { CriterionId, CriterionStatus, MessageParams } from "@/lib/eligibility/criteria";
import type { EvaluationResult } from "@/lib/eligibility/evaluation-result";
import type { Outcome } from "@/lib/eligibility/outcome";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import type { SchoolKind } from "@/lib/eligibility/school-types";
import { eligibilityTranslator, type EligibilityLocale } from "@/lib/eligibility/eligibility-translator";

export interface ExplainedCriterion {
  id: CriterionId;
  status: CriterionStatus;
  /** The status in words ("Met", "Staff will check"…). */
  statusText: string;
  title: string;
  /** The plain sentence that explains this criterion for this child. */
  message: string;
  messageKey: string;
  params: MessageParams;
}

export interface ExplainedChild {
  childIndex: number;
  outcome: Outcome;
  amountYen: number;
  schoolKind: SchoolKind | null;
  summary: string;
  criteria: ExplainedCriterion[];
  documents: { id: string; label: string }[];
}

export interface ExplainedResult {
  edition: number;
  ruleSetVersion: number;
  usesSampleValues: boolean;
  locale: EligibilityLocale;
  children: ExplainedChild[];
}

/** An evaluation with every message rendered in one language: what the API and CLI return. */
export function explainResult(result: EvaluationResult, ruleSet: RuleSet, locale: EligibilityLocale): ExplainedResult {
  const t = eligibilityTranslator(locale);
  const documentLabels = new Map(ruleSet.documents.catalog.map((entry) => [entry.id, entry.label[locale]]));
  return {
    edition: result.edition,
    ruleSetVersion: result.ruleSetVersion,
    usesSampleValues: result.usesSampleValues,
    locale,
    children: result.children.map((child) => ({
      childIndex: child.childIndex,
      outcome: child.outcome,
      amountYen: child.amountYen,
      schoolKind: child.schoolKind,
      summary: t(child.summary.messageKey, child.summary.params),
      criteria: child.criteria.map((criterion) => ({
        id: criterion.id,
        status: criterion.status,
        statusText: t(`status.${criterion.status}`),
        title: t(`criteria.${criterion.id}.title`),
        message: t(criterion.messageKey, criterion.params),
        messageKey: criterion.messageKey,
        params: criterion.params,
      })),
      documents: child.documents.map((id) => ({ id, label: documentLabels.get(id) ?? id })),
    })),
  };
}
