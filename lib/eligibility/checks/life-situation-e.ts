import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import { lineFor, scaleLines, type GuidelineLines } from "../guideline-lines";
import type { RuleSet } from "../rule-set";
import type { ScreeningInput } from "../screening-input";

/**
 * Situation E: no disability or survivor's pension, and the guardian's 所得 at most half the
 * guideline (the household's own line) in each of the two years before the application year.
 * A fact test with no margin: it is one way among A–H to meet the life-situation condition, so
 * failing it only matters when nothing else applies (role "alternative", folded into lifeSituation).
 * A definite failure (a pension, or a year over the limit) is reported even if other answers are missing.
 */
export function createSituationECheck(
  ruleSet: RuleSet,
  lines: GuidelineLines,
): ((input: ScreeningInput, claimed: boolean) => CriterionResult) | null {
  const rule = ruleSet.lifeSituations.E;
  if (!rule.enabled) return null;
  const [firstYear, secondYear] = rule.incomeYears;
  const sharePercent = rule.maxSharePercentOfGuideline;
  const limits = {
    general: scaleLines(lines.general, sharePercent),
    pensionOnly: scaleLines(lines.pensionOnly, sharePercent),
  };
  const years = { firstYear, secondYear, sharePercent };
  const notClaimed = fixedResult("lifeSituationE", "passed", "criteria.lifeSituationE.notClaimed", years);
  const notAnswered = fixedResult("lifeSituationE", "not_answered", "criteria.lifeSituationE.notAnswered", years);
  const receivesPension = fixedResult("lifeSituationE", "failed", "criteria.lifeSituationE.receivesPension", years);
  const pensionRuleApplies = rule.excludesDisabilityOrSurvivorPension;

  return (input, claimed) => {
    if (!claimed) return notClaimed;
    const pension = input.receivesDisabilityOrSurvivorPension;
    if (pensionRuleApplies && pension === true) return receivesPension;
    const householdSize = input.householdSize;
    const pensionOnly = input.pensionOnlyIncome;
    const firstIncomeYen = input.incomeByYear?.[firstYear];
    const secondIncomeYen = input.incomeByYear?.[secondYear];
    if (householdSize == null || pensionOnly == null || firstIncomeYen == null || secondIncomeYen == null)
      return notAnswered;
    const limitYen = lineFor(pensionOnly ? limits.pensionOnly : limits.general, householdSize);
    const within = firstIncomeYen <= limitYen && secondIncomeYen <= limitYen;
    if (within && pensionRuleApplies && pension == null) return notAnswered;
    return {
      id: "lifeSituationE",
      status: within ? "passed" : "failed",
      messageKey: within ? "criteria.lifeSituationE.met" : "criteria.lifeSituationE.incomeTooHigh",
      params: {
        firstYear,
        secondYear,
        sharePercent,
        firstIncomeYen,
        secondIncomeYen,
        limitYen,
        guidelineYen: lineFor(pensionOnly ? lines.pensionOnly : lines.general, householdSize),
        householdSize,
      },
    };
  };
}
