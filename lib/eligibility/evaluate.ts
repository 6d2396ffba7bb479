import { formatWarekiYear } from "../school-year/wareki";
import { checkCostDifficulty } from "./checks/cost-difficulty";
import { checkResidence } from "./checks/residence";
import type { CriterionResult, CriterionRole } from "./criteria";
import type { ChildResult, EvaluationResult } from "./evaluation-result";
import { outcomeFromSeverity, severityOf, type Severity } from "./outcome";
import { preparedRuleSet } from "./prepare-rule-set";
import { readCheckedInstant } from "./read-instant";
import { readCheckedIsoDate } from "./read-iso-date";
import type { RuleSet } from "./rule-set";
import type { ScreeningInput } from "./screening-input";
import { SITUATION_E_BIT, situationMask } from "./situation-mask";

// Each call site names the criterion's role from CRITERION_ROLES: looking it up by id on every
// screening costs a tenth of the time. The property tests check the outcome against outcomeOf().
function worst(severity: Severity, criterion: CriterionResult, role: CriterionRole): Severity {
  const next = severityOf(criterion.status, role);
  return next > severity ? next : severity;
}

/**
 * Screens each child of a household against one edition's rules. Pure and deterministic: the
 * same rule set and input always give the same result. `input` must come from
 * parseScreeningInput (or be typed as ScreeningInput by construction): nothing is re-validated
 * here, which keeps a screening to one or two microseconds.
 *
 * Household answers (window, residence, income, situations…) are judged once and their results
 * shared by every child's list; each child adds the criteria about its own school entry.
 */
export function evaluate(ruleSet: RuleSet, input: ScreeningInput): EvaluationResult {
  const rules = preparedRuleSet(ruleSet);

  const applicationWindow = rules.checkApplicationWindow(readCheckedInstant(input.appliedAt));
  const residence = checkResidence(input.livesInJapan);
  const income = rules.checkIncome(input);
  const grossNetGap = rules.checkGrossNetGap(input);
  const suddenDrop = rules.checkSuddenDrop(input.suddenIncomeDrop, income);
  const publicAssistance = rules.checkPublicAssistance(input.publicAssistance);
  const claims = input.lifeSituations;
  const claimedMask = claims == null ? 0 : situationMask(claims);
  const situationE =
    rules.checkSituationE === null ? null : rules.checkSituationE(input, (claimedMask & SITUATION_E_BIT) !== 0);
  const lifeSituation = rules.checkLifeSituation(claims != null, claimedMask, situationE);
  const costDifficulty = checkCostDifficulty(input.costDifficulty);
  const documents = rules.documentsNeeded(claimedMask, input.suddenIncomeDrop === true);

  let household: Severity = 0;
  household = worst(household, applicationWindow, "required");
  household = worst(household, residence, "required");
  household = worst(household, income, "required");
  household = worst(household, grossNetGap, "optional");
  household = worst(household, suddenDrop, "required");
  household = worst(household, publicAssistance, "required");
  household = worst(household, lifeSituation, "required");
  household = worst(household, costDifficulty, "required");

  const children: ChildResult[] = new Array<ChildResult>(input.children.length);
  for (let childIndex = 0; childIndex < input.children.length; childIndex++) {
    const child = input.children[childIndex];
    if (child === undefined) continue;
    const schoolKind = child.schoolKind ?? null;
    const birthDate = child.birthDate == null ? null : readCheckedIsoDate(child.birthDate);
    const birthWareki = birthDate === null ? "" : formatWarekiYear(birthDate);
    const schoolEntry = rules.checkSchoolEntry(schoolKind, birthDate, birthWareki);
    const schoolType = rules.checkSchoolType(child.schoolType);
    const hsFirstTime = rules.checkHsFirstTime(schoolKind, child.firstTimeHighSchool);
    const hsBirthDateLimit = rules.checkHsBirthDateLimit(schoolKind, birthDate, birthWareki);

    let severity = household;
    severity = worst(severity, schoolEntry, "required");
    severity = worst(severity, schoolType, "required");
    severity = worst(severity, hsFirstTime, "required");
    severity = worst(severity, hsBirthDateLimit, "required");
    const outcome = outcomeFromSeverity(severity);
    const { amountYen, summary } = rules.summaries[outcome][schoolKind ?? "unknown"];

    // Same order as criterionIdsFor(ruleSet). Two literals rather than a conditional insert: this
    // runs hundreds of thousands of times a second, and a literal of known length is the cheapest.
    const criteria =
      situationE === null
        ? [
            applicationWindow,
            residence,
            schoolEntry,
            schoolType,
            hsFirstTime,
            hsBirthDateLimit,
            income,
            grossNetGap,
            suddenDrop,
            publicAssistance,
            lifeSituation,
            costDifficulty,
          ]
        : [
            applicationWindow,
            residence,
            schoolEntry,
            schoolType,
            hsFirstTime,
            hsBirthDateLimit,
            income,
            grossNetGap,
            suddenDrop,
            publicAssistance,
            lifeSituation,
            situationE,
            costDifficulty,
          ];

    children[childIndex] = {
      childIndex,
      edition: rules.edition,
      ruleSetVersion: rules.version,
      outcome,
      amountYen,
      schoolKind,
      criteria,
      documents,
      summary,
    };
  }

  return { edition: rules.edition, ruleSetVersion: rules.version, usesSampleValues: rules.usesSampleValues, children };
}
