import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import { LIFE_SITUATIONS } from "../life-situations";
import type { RuleSet } from "../rule-set";
import { SITUATION_E_BIT, situationBit, situationLabel } from "../situation-mask";

const MASKS = 256;

/**
 * At least one life situation A–H applies. Self-declared situations count on the family's word
 * (documents are listed for the application), except those the edition marks for caseworker
 * review (no published definition, or "other family circumstances"); situation E is decided by
 * its own income test. Situations the edition does not have are ignored.
 * - Any situation met → passed. Else any awaiting review or unanswered facts → needs_review.
 * - Else (none claimed, or only E claimed and E failed) → failed.
 */
export function createLifeSituationCheck(
  ruleSet: RuleSet,
): (claimsAnswered: boolean, claimedMask: number, situationE: CriterionResult | null) => CriterionResult {
  let enabledMask = 0;
  let reviewMask = 0;
  for (const letter of LIFE_SITUATIONS) {
    const situation = ruleSet.lifeSituations[letter];
    if (situation.enabled) enabledMask |= situationBit(letter);
    if (situation.enabled && situation.caseworkerReview) reviewMask |= situationBit(letter);
  }
  // Every possible answer is one of 256 fixed results per status, each built on first use and
  // then shared by all later screenings.
  const cached = (status: "passed" | "needs_review" | "failed", messageKey: string) => {
    const results: (CriterionResult | undefined)[] = new Array<CriterionResult | undefined>(MASKS).fill(undefined);
    return (mask: number): CriterionResult => {
      let result = results[mask];
      if (result === undefined) {
        result = fixedResult("lifeSituation", status, messageKey, { situations: situationLabel(mask) });
        results[mask] = result;
      }
      return result;
    };
  };
  const met = cached("passed", "criteria.lifeSituation.met");
  const needsCheck = cached("needs_review", "criteria.lifeSituation.needsCheck");
  const notMet = cached("failed", "criteria.lifeSituation.notMet");
  const noneClaimed = fixedResult("lifeSituation", "failed", "criteria.lifeSituation.noneClaimed");
  const notAnswered = fixedResult("lifeSituation", "not_answered", "criteria.lifeSituation.notAnswered");
  const eNeedsReview = ruleSet.lifeSituations.E.caseworkerReview;

  return (claimsAnswered, claimedMask, situationE) => {
    if (!claimsAnswered) return notAnswered;
    const claimed = claimedMask & enabledMask;
    if (claimed === 0) return noneClaimed;
    let metMask = claimed & ~reviewMask & ~SITUATION_E_BIT;
    let reviewMaskNow = claimed & reviewMask & ~SITUATION_E_BIT;
    if ((claimed & SITUATION_E_BIT) !== 0 && situationE !== null) {
      if (situationE.status === "passed" && !eNeedsReview) metMask |= SITUATION_E_BIT;
      else if (situationE.status !== "failed") reviewMaskNow |= SITUATION_E_BIT;
    }
    if (metMask !== 0) return met(metMask);
    if (reviewMaskNow !== 0) return needsCheck(reviewMaskNow);
    return notMet(claimed);
  };
}
