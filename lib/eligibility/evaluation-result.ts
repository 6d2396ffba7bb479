import type { CriterionResult, MessageParams } from "./criteria";
import type { Outcome } from "./outcome";
import type { SchoolKind } from "./school-types";

export interface ChildResult {
  /** Position of the child in the input's `children`. */
  readonly childIndex: number;
  readonly edition: number;
  readonly ruleSetVersion: number;
  readonly outcome: Outcome;
  /**
   * Integer yen for the child's school kind when the outcome is eligible or needs_review (what
   * the child receives if a caseworker confirms), 0 when not eligible or the school kind is unknown.
   */
  readonly amountYen: number;
  readonly schoolKind: SchoolKind | null;
  /** Every criterion of the edition, in the order of criterionIdsFor(ruleSet). */
  readonly criteria: readonly CriterionResult[];
  /** Ids from ruleSet.documents.catalog the application should include. */
  readonly documents: readonly string[];
  /** A one-line summary: "outcome.eligible" etc. with { amountYen, kind }. */
  readonly summary: { readonly messageKey: string; readonly params: MessageParams };
}

export interface EvaluationResult {
  readonly edition: number;
  readonly ruleSetVersion: number;
  /** True while any figure of the rule set is a placeholder: show it, never present samples as real. */
  readonly usesSampleValues: boolean;
  readonly children: readonly ChildResult[];
}
