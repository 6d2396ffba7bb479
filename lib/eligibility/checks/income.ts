import type { CriterionResult, CriterionStatus } from "../criteria";
import { fixedResult } from "../criterion-result";
import { lineFor, scaleLines, type GuidelineLines } from "../guideline-lines";
import type { RuleSet } from "../rule-set";
import type { ScreeningInput } from "../screening-input";

/**
 * The guardian's 所得 for the edition's income year against the guideline for the household's
 * size (the pension-only line when the only income is a public pension).
 * - At or below the line: passed.
 * - Above it by at most the review margin: needs_review. The 2026 text says "around the guideline"
 *   (目安額程度), so near the line is a caseworker's call, not a cut.
 * - Further above: failed, unless a sudden drop in income is reported (家計急変) and the edition
 *   offers that route; then current income is judged on documents → needs_review.
 * Household size, the pension question and the income are all needed to pick and compare the line.
 */
export function createIncomeCheck(ruleSet: RuleSet, lines: GuidelineLines): (input: ScreeningInput) => CriterionResult {
  const incomeYear = ruleSet.income.year;
  const marginPercent = ruleSet.income.nearLineReview.marginPercent;
  const ceilings = {
    general: scaleLines(lines.general, 100 + marginPercent),
    pensionOnly: scaleLines(lines.pensionOnly, 100 + marginPercent),
  };
  const { offered: dropOffered, year: dropYear } = ruleSet.income.suddenDrop;
  const notAnswered = fixedResult("income", "not_answered", "criteria.income.notAnswered", { incomeYear });

  return (input) => {
    const householdSize = input.householdSize;
    const pensionOnly = input.pensionOnlyIncome;
    const incomeYen = input.incomeByYear?.[incomeYear];
    if (householdSize == null || pensionOnly == null || incomeYen == null) return notAnswered;
    const guidelineYen = lineFor(pensionOnly ? lines.pensionOnly : lines.general, householdSize);
    const reviewCeilingYen = lineFor(pensionOnly ? ceilings.pensionOnly : ceilings.general, householdSize);
    let status: CriterionStatus;
    let messageKey: string;
    if (incomeYen <= guidelineYen) {
      status = "passed";
      messageKey = "criteria.income.withinGuideline";
    } else if (incomeYen <= reviewCeilingYen) {
      status = "needs_review";
      messageKey = "criteria.income.nearGuideline";
    } else if (dropOffered && input.suddenIncomeDrop === true) {
      status = "needs_review";
      messageKey = "criteria.income.overGuidelineSuddenDrop";
    } else {
      status = "failed";
      messageKey = "criteria.income.overGuideline";
    }
    return {
      id: "income",
      status,
      messageKey,
      params: {
        incomeYear,
        incomeYen,
        householdSize,
        guidelineYen,
        line: pensionOnly ? "pensionOnly" : "general",
        marginPercent,
        reviewCeilingYen,
        dropYear,
      },
    };
  };
}
