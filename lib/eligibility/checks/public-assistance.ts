import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";

const NOT_A_CONDITION = fixedResult("publicAssistance", "passed", "criteria.publicAssistance.notACondition");
const NOT_RECEIVING = fixedResult("publicAssistance", "passed", "criteria.publicAssistance.notReceiving");
const RECEIVING = fixedResult("publicAssistance", "failed", "criteria.publicAssistance.receiving");
const NOT_ANSWERED = fixedResult("publicAssistance", "not_answered", "criteria.publicAssistance.notAnswered");

/**
 * Households on public assistance (生活保護) were excluded in 2022 and 2023; later editions do
 * not say so, hence a setting. When it is off the answer is not needed at all.
 */
export function createPublicAssistanceCheck(
  ruleSet: RuleSet,
): (receives: boolean | null | undefined) => CriterionResult {
  if (!ruleSet.publicAssistance.excluded) return () => NOT_A_CONDITION;
  return (receives) => (receives === false ? NOT_RECEIVING : receives === true ? RECEIVING : NOT_ANSWERED);
}
