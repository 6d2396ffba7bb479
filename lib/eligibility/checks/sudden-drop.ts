import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";

const NOT_REPORTED = fixedResult("suddenDrop", "passed", "criteria.suddenDrop.notReported");
const NOT_OFFERED = fixedResult("suddenDrop", "passed", "criteria.suddenDrop.notOffered");

/**
 * 家計急変: a household whose finances dropped suddenly in the year before the application year
 * may qualify on its current income, with documents asked for case by case → needs_review.
 * When the income test already passes, the drop changes nothing and needs no documents. Not
 * answering counts as not reporting a drop: it is a claim a family makes, not a question all answer.
 */
export function createSuddenDropCheck(
  ruleSet: RuleSet,
): (reported: boolean | null | undefined, income: CriterionResult) => CriterionResult {
  const { offered, year: dropYear } = ruleSet.income.suddenDrop;
  const notNeeded = fixedResult("suddenDrop", "passed", "criteria.suddenDrop.notNeeded", { dropYear });
  const documentsNeeded = fixedResult("suddenDrop", "needs_review", "criteria.suddenDrop.documentsNeeded", {
    dropYear,
  });
  return (reported, income) => {
    if (reported !== true) return NOT_REPORTED;
    if (!offered) return NOT_OFFERED;
    return income.status === "passed" ? notNeeded : documentsNeeded;
  };
}
