import { evaluate } from "@/lib/eligibility/evaluate";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import type { ValidationIssue } from "@/lib/eligibility/validation-issues";
import { eligibilityTranslator, type EligibilityLocale } from "@/lib/eligibility/eligibility-translator";
import { explainResult, type ExplainedResult } from "./explain-result";
import { parseScreeningRequest } from "./screening-request";

export interface ScreeningError {
  error: "invalid_request";
  /** One sentence for people; `issues` says which fields, each in words. */
  message: string;
  issues: { path: string; messageKey: string; message: string }[];
}

export type ScreeningOutcome = { ok: true; body: ExplainedResult } | { ok: false; body: ScreeningError };

/** Where rule sets come from: the database's current versions, or a draft file in the CLI. */
export interface RuleSetSource {
  forEdition(edition: number): RuleSet | undefined;
  /** The edition used when a request names none. */
  defaultEdition: number | undefined;
}

function failure(issues: readonly ValidationIssue[], locale: EligibilityLocale): ScreeningOutcome {
  const t = eligibilityTranslator(locale);
  return {
    ok: false,
    body: {
      error: "invalid_request",
      message: t("validation.summary", { count: issues.length }),
      issues: issues.map((issue) => ({ ...issue, message: t(issue.messageKey) })),
    },
  };
}

/**
 * A screening from untrusted input to an explained result. Shared by POST /api/v1/screenings
 * and `npm run screen`, so both answer the same for the same input. Stores nothing.
 */
export function screen(raw: unknown, ruleSets: RuleSetSource, locale: EligibilityLocale): ScreeningOutcome {
  const parsed = parseScreeningRequest(raw);
  if (!parsed.ok) return failure(parsed.issues, locale);
  const edition = parsed.data.edition ?? ruleSets.defaultEdition;
  const ruleSet = edition === undefined ? undefined : ruleSets.forEdition(edition);
  if (!ruleSet) return failure([{ path: "edition", messageKey: "validation.unknownEdition" }], locale);
  return { ok: true, body: explainResult(evaluate(ruleSet, parsed.data.input), ruleSet, locale) };
}
