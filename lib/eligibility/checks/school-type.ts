import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";
import { SCHOOL_TYPES, UNLISTED_SCHOOL_TYPE, type SchoolType } from "../school-types";

const NOT_ANSWERED = fixedResult("schoolType", "not_answered", "criteria.schoolType.notAnswered");

/**
 * The kind of school counts in this edition. "Other" goes to a caseworker: the programme counts
 * many kinds of school, and a family's description may well fit one of them.
 */
export function createSchoolTypeCheck(
  ruleSet: RuleSet,
): (schoolType: SchoolType | null | undefined) => CriterionResult {
  const byType = new Map<SchoolType, CriterionResult>();
  const eligible = new Set<SchoolType>(ruleSet.schoolEntry.eligibleSchoolTypes);
  for (const schoolType of SCHOOL_TYPES) {
    const result =
      schoolType === UNLISTED_SCHOOL_TYPE
        ? fixedResult("schoolType", "needs_review", "criteria.schoolType.other", { schoolType })
        : eligible.has(schoolType)
          ? fixedResult("schoolType", "passed", "criteria.schoolType.counts", { schoolType })
          : fixedResult("schoolType", "failed", "criteria.schoolType.doesNotCount", { schoolType });
    byType.set(schoolType, result);
  }
  return (schoolType) => (schoolType == null ? NOT_ANSWERED : (byType.get(schoolType) ?? NOT_ANSWERED));
}
