/**
 * The criteria every screening reports on, in the order they are shown. Each child's result lists
 * every criterion of its edition, even those that do not apply (reported as "passed" with a
 * `…notApplicable`-style message), so a result always reads the same way and a missing line can
 * never hide a rule.
 */
export const CRITERION_IDS = [
  "applicationWindow",
  "residence",
  "schoolEntry",
  "schoolType",
  "hsFirstTime",
  "hsBirthDateLimit",
  "income",
  "grossNetGap",
  "suddenDrop",
  "publicAssistance",
  "lifeSituation",
  "lifeSituationE",
  "costDifficulty",
] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

export type CriterionStatus = "passed" | "failed" | "needs_review" | "not_answered";

/**
 * Values for the criterion's message. Money is integer yen, rendered by the message with
 * `{x, number}`; a calendar date `x` is given as `xYear`, `xMonth`, `xDay` (numbers) and
 * `xWareki` (its Japanese era year, e.g. "平成25年"); an instant in Japan time adds `xTime`
 * ("10:00"). Only strings and numbers, so results can be stored as JSON and rendered later.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface CriterionResult {
  readonly id: CriterionId;
  readonly status: CriterionStatus;
  /** Key inside the "eligibility" message namespace, e.g. "criteria.income.withinGuideline". */
  readonly messageKey: string;
  readonly params: MessageParams;
}

/**
 * How a criterion's status bears on the child's outcome (see outcome.ts):
 * - "required": failed → not eligible; needs_review or not_answered → needs review.
 * - "optional": an optional answer; needs_review → needs review, not_answered changes nothing.
 * - "alternative": one of several ways to meet another criterion; it is already folded into that
 *   criterion's status (situation E into lifeSituation), so it does not count again.
 */
export type CriterionRole = "required" | "optional" | "alternative";

export const CRITERION_ROLES: Readonly<Record<CriterionId, CriterionRole>> = {
  applicationWindow: "required",
  residence: "required",
  schoolEntry: "required",
  schoolType: "required",
  hsFirstTime: "required",
  hsBirthDateLimit: "required",
  income: "required",
  grossNetGap: "optional",
  suddenDrop: "required",
  publicAssistance: "required",
  lifeSituation: "required",
  lifeSituationE: "alternative",
  costDifficulty: "required",
};
