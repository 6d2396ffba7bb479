import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";

const DECLARED = fixedResult("costDifficulty", "passed", "criteria.costDifficulty.declared");
const NOT_DECLARED = fixedResult("costDifficulty", "failed", "criteria.costDifficulty.notDeclared");
const NOT_ANSWERED = fixedResult("costDifficulty", "not_answered", "criteria.costDifficulty.notAnswered");

/** Graduation and enrolment costs are hard to meet: the family's own declaration decides. */
export function checkCostDifficulty(declared: boolean | null | undefined): CriterionResult {
  return declared === true ? DECLARED : declared === false ? NOT_DECLARED : NOT_ANSWERED;
}
