import { CRITERION_ROLES, type CriterionResult, type CriterionRole, type CriterionStatus } from "./criteria";

export type Outcome = "eligible" | "not_eligible" | "needs_review";

/** 0 = nothing in the way, 1 = a person must look, 2 = the child cannot be supported. */
export type Severity = 0 | 1 | 2;

/**
 * How one criterion bears on the outcome.
 * - failed on a required criterion → 2. A definite failure decides, whatever else is missing:
 *   no answer to another question could make the child eligible.
 * - needs_review → 1 (discretionary rules: near the income line, a marked gross/net gap, a sudden
 *   drop, a situation a caseworker judges, an older junior-high entrant, an unlisted school).
 * - not_answered on a required criterion → 1: the screening cannot say yes, and must not say no on
 *   a guess, so a person follows up. On an optional one (gross income) it changes nothing.
 * - "alternative" criteria (situation E) are already counted in the criterion they feed.
 */
export function severityOf(status: CriterionStatus, role: CriterionRole): Severity {
  if (role === "alternative" || status === "passed") return 0;
  if (status === "failed") return role === "required" ? 2 : 1;
  if (status === "needs_review") return 1;
  return role === "required" ? 1 : 0;
}

export function outcomeFromSeverity(severity: Severity): Outcome {
  return severity === 0 ? "eligible" : severity === 1 ? "needs_review" : "not_eligible";
}

/** The outcome a list of criterion results leads to (evaluate() computes the same incrementally). */
export function outcomeOf(criteria: readonly CriterionResult[]): Outcome {
  let worst: Severity = 0;
  for (const criterion of criteria) {
    const severity = severityOf(criterion.status, CRITERION_ROLES[criterion.id]);
    if (severity > worst) worst = severity;
  }
  return outcomeFromSeverity(worst);
}
