import type { CriterionResult, CriterionStatus } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";
import type { ScreeningInput } from "../screening-input";

/**
 * Gross 収入 against 所得 for the income year. The guidelines allow excluding an application when
 * the two differ markedly, even within the guideline; that is a caseworker's judgement, so a marked
 * gap is only ever needs_review. Gross income is optional: without it nothing is compared, and
 * the outcome does not change (the criterion's role is "optional").
 */
export function createGrossNetGapCheck(ruleSet: RuleSet): (input: ScreeningInput) => CriterionResult {
  const incomeYear = ruleSet.income.year;
  const { markedRatioPercent, markedMinimumGapYen } = ruleSet.income.grossNetGap;
  const notProvided = fixedResult("grossNetGap", "not_answered", "criteria.grossNetGap.notProvided", { incomeYear });

  return (input) => {
    const grossYen = input.grossIncomeYen;
    const incomeYen = input.incomeByYear?.[incomeYear];
    if (grossYen == null || incomeYen == null) return notProvided;
    let status: CriterionStatus;
    let messageKey: string;
    if (grossYen < incomeYen) {
      // 所得 is 収入 minus deductions, so it can never be larger: one figure is mistyped.
      status = "needs_review";
      messageKey = "criteria.grossNetGap.inconsistent";
    } else if (grossYen - incomeYen >= markedMinimumGapYen && grossYen * 100 >= incomeYen * markedRatioPercent) {
      status = "needs_review";
      messageKey = "criteria.grossNetGap.marked";
    } else {
      status = "passed";
      messageKey = "criteria.grossNetGap.notMarked";
    }
    return { id: "grossNetGap", status, messageKey, params: { incomeYear, grossYen, incomeYen } };
  };
}
