import type { ChildResult } from "@/lib/eligibility/evaluation-result";
import type { Outcome } from "@/lib/eligibility/outcome";

/**
 * The outcome of a whole application, for the staff list: review if any child needs it,
 * otherwise eligible if any child is, otherwise not eligible. The same rule as
 * lib/screening/rescreen-applications.ts uses, so a re-screen never reorders the list by itself.
 */
export function applicationOutcome(children: readonly Pick<ChildResult, "outcome">[]): Outcome {
  if (children.some((child) => child.outcome === "needs_review")) return "needs_review";
  return children.some((child) => child.outcome === "eligible") ? "eligible" : "not_eligible";
}
