import type { ChildResult } from "./evaluation-result";
import type { Outcome } from "./outcome";

/**
 * The outcome of a whole application, for the staff list: the most attention-needing of its
 * children's. A caseworker must look if any child needs review; otherwise the family is supported
 * if any child is eligible; only when no child can be supported is it not eligible. Submission
 * and re-screening both use this, so a re-screen never reorders the list by itself.
 */
export function applicationOutcome(children: readonly Pick<ChildResult, "outcome">[]): Outcome {
  if (children.some((child) => child.outcome === "needs_review")) return "needs_review";
  return children.some((child) => child.outcome === "eligible") ? "eligible" : "not_eligible";
}
