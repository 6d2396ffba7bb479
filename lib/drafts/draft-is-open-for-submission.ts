import type { RuleSet } from "@/lib/eligibility/rule-set";
import { windowStateAt } from "@/lib/eligibility/window-state";

/**
 * Whether a draft of this edition may be submitted at `now`: only inside the edition's window,
 * to the millisecond. Outside it drafts stay readable but cannot be sent.
 */
export function draftIsOpenForSubmission(ruleSet: RuleSet, now: Date): boolean {
  return (
    windowStateAt(Date.parse(ruleSet.window.opensAt), Date.parse(ruleSet.window.closesAt), now.getTime()) === "open"
  );
}
