import type { CalendarDate } from "../../school-year/calendar-date";
import { hsBirthDateLimit } from "../../school-year/hs-birth-date-limit";
import { formatWarekiYear } from "../../school-year/wareki";
import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";
import type { SchoolKind } from "../school-types";

const NOT_A_CONDITION = fixedResult("hsBirthDateLimit", "passed", "criteria.hsBirthDateLimit.notACondition");
const NOT_APPLICABLE = fixedResult("hsBirthDateLimit", "passed", "criteria.hsBirthDateLimit.notApplicable");

/** A high-school entrant is born on or after April 2 of (edition year − N). */
export function createHsBirthDateLimitCheck(
  ruleSet: RuleSet,
): (schoolKind: SchoolKind | null | undefined, birthDate: CalendarDate | null, birthWareki: string) => CriterionResult {
  const rule = ruleSet.schoolEntry.hsBirthDateLimit;
  if (rule === null) return () => NOT_A_CONDITION;
  const limit = hsBirthDateLimit(ruleSet.edition, rule.yearsBeforeEdition);
  const limitKey = limit.year * 10000 + limit.month * 100 + limit.day;
  const limitWareki = formatWarekiYear(limit);
  const notAnswered = fixedResult("hsBirthDateLimit", "not_answered", "criteria.hsBirthDateLimit.notAnswered", {
    limitYear: limit.year,
    limitMonth: limit.month,
    limitDay: limit.day,
    limitWareki,
  });

  return (schoolKind, birthDate, birthWareki) => {
    if (schoolKind === "jhs") return NOT_APPLICABLE;
    if (schoolKind == null || birthDate === null) return notAnswered;
    const within = birthDate.year * 10000 + birthDate.month * 100 + birthDate.day >= limitKey;
    return {
      id: "hsBirthDateLimit",
      status: within ? "passed" : "failed",
      messageKey: within ? "criteria.hsBirthDateLimit.withinLimit" : "criteria.hsBirthDateLimit.beyondLimit",
      params: {
        birthYear: birthDate.year,
        birthMonth: birthDate.month,
        birthDay: birthDate.day,
        birthWareki,
        limitYear: limit.year,
        limitMonth: limit.month,
        limitDay: limit.day,
        limitWareki,
      },
    };
  };
}
