import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";
import type { SchoolKind } from "../school-types";

const NOT_A_CONDITION = fixedResult("hsFirstTime", "passed", "criteria.hsFirstTime.notACondition");
const NOT_APPLICABLE = fixedResult("hsFirstTime", "passed", "criteria.hsFirstTime.notApplicable");
const FIRST_TIME = fixedResult("hsFirstTime", "passed", "criteria.hsFirstTime.firstTime");
const ATTENDED_BEFORE = fixedResult("hsFirstTime", "failed", "criteria.hsFirstTime.attendedBefore");
const NOT_ANSWERED = fixedResult("hsFirstTime", "not_answered", "criteria.hsFirstTime.notAnswered");

/** A high-school entrant must be entering high school for the first time. */
export function createHsFirstTimeCheck(
  ruleSet: RuleSet,
): (schoolKind: SchoolKind | null | undefined, firstTime: boolean | null | undefined) => CriterionResult {
  if (!ruleSet.schoolEntry.hsFirstTimeOnly) return () => NOT_A_CONDITION;
  return (schoolKind, firstTime) => {
    if (schoolKind === "jhs") return NOT_APPLICABLE;
    // Until the school kind is known, the question may matter, so it counts as unanswered.
    if (schoolKind !== "hs") return NOT_ANSWERED;
    return firstTime === true ? FIRST_TIME : firstTime === false ? ATTENDED_BEFORE : NOT_ANSWERED;
  };
}
