import { createApplicationWindowCheck } from "./checks/application-window";
import { createGrossNetGapCheck } from "./checks/gross-net-gap";
import { createHsBirthDateLimitCheck } from "./checks/hs-birth-date-limit";
import { createHsFirstTimeCheck } from "./checks/hs-first-time";
import { createIncomeCheck } from "./checks/income";
import { createLifeSituationCheck } from "./checks/life-situation";
import { createSituationECheck } from "./checks/life-situation-e";
import { createPublicAssistanceCheck } from "./checks/public-assistance";
import { createSchoolEntryCheck } from "./checks/school-entry";
import { createSchoolTypeCheck } from "./checks/school-type";
import { createSuddenDropCheck } from "./checks/sudden-drop";
import { CRITERION_IDS, type CriterionId, type MessageParams } from "./criteria";
import { createDocumentsNeeded } from "./documents-needed";
import { buildGuidelineLines } from "./guideline-lines";
import type { Outcome } from "./outcome";
import type { RuleSet } from "./rule-set";

/** The criteria an edition reports on: all of them, less situation E when the edition has no E. */
export function criterionIdsFor(ruleSet: RuleSet): readonly CriterionId[] {
  return CRITERION_IDS.filter((id) => id !== "lifeSituationE" || ruleSet.lifeSituations.E.enabled);
}

/** True when any figure in the rule set is still marked as a sample. */
export function usesSampleValues(ruleSet: RuleSet): boolean {
  const { guideline, nearLineReview, grossNetGap } = ruleSet.income;
  return (
    guideline.sample ||
    nearLineReview.sample ||
    grossNetGap.sample ||
    ruleSet.documents.catalog.some((document) => document.sample)
  );
}

type SummaryKind = "jhs" | "hs" | "unknown";
type Summary = {
  readonly amountYen: number;
  readonly summary: { readonly messageKey: string; readonly params: MessageParams };
};

/**
 * Everything about a rule set that does not depend on the family's answers, worked out once:
 * instants parsed, guideline lines by household size, and every message whose params are fixed.
 */
export function prepareRuleSet(ruleSet: RuleSet) {
  const lines = buildGuidelineLines(ruleSet);
  const summaries = {} as Record<Outcome, Record<SummaryKind, Summary>>;
  for (const outcome of ["eligible", "needs_review", "not_eligible"] as const) {
    const byKind = {} as Record<SummaryKind, Summary>;
    for (const kind of ["jhs", "hs", "unknown"] as const) {
      const amountYen = outcome === "not_eligible" || kind === "unknown" ? 0 : ruleSet.amountsYen[kind];
      byKind[kind] = {
        amountYen,
        summary: Object.freeze({ messageKey: `outcome.${outcome}`, params: Object.freeze({ amountYen, kind }) }),
      };
    }
    summaries[outcome] = byKind;
  }
  return {
    edition: ruleSet.edition,
    version: ruleSet.version,
    usesSampleValues: usesSampleValues(ruleSet),
    summaries,
    checkApplicationWindow: createApplicationWindowCheck(ruleSet),
    checkSchoolEntry: createSchoolEntryCheck(ruleSet),
    checkSchoolType: createSchoolTypeCheck(ruleSet),
    checkHsFirstTime: createHsFirstTimeCheck(ruleSet),
    checkHsBirthDateLimit: createHsBirthDateLimitCheck(ruleSet),
    checkIncome: createIncomeCheck(ruleSet, lines),
    checkGrossNetGap: createGrossNetGapCheck(ruleSet),
    checkSuddenDrop: createSuddenDropCheck(ruleSet),
    checkPublicAssistance: createPublicAssistanceCheck(ruleSet),
    checkSituationE: createSituationECheck(ruleSet, lines),
    checkLifeSituation: createLifeSituationCheck(ruleSet),
    documentsNeeded: createDocumentsNeeded(ruleSet),
  };
}

export type PreparedRuleSet = ReturnType<typeof prepareRuleSet>;

const byObject = new WeakMap<RuleSet, PreparedRuleSet>();
const byContent = new Map<string, PreparedRuleSet>();
const CONTENT_CACHE_SIZE = 32;

/**
 * The prepared form of a rule set. Looked up by object first (free), then by content, so rule
 * sets read afresh from the database for each request are prepared once, not every time.
 * Rule sets are treated as immutable (the built-in ones are frozen): change one by making a new
 * object, as a new version does.
 */
export function preparedRuleSet(ruleSet: RuleSet): PreparedRuleSet {
  let result = byObject.get(ruleSet);
  if (result === undefined) {
    const content = JSON.stringify(ruleSet);
    result = byContent.get(content);
    if (result === undefined) {
      result = prepareRuleSet(ruleSet);
      const oldest = byContent.keys().next();
      if (byContent.size >= CONTENT_CACHE_SIZE && !oldest.done) byContent.delete(oldest.value);
      byContent.set(content, result);
    }
    byObject.set(ruleSet, result);
  }
  return result;
}
