import type { CalendarDate } from "../../school-year/calendar-date";
import { firstYearBirthRange } from "../../school-year/first-year-birth-range";
import { gradeFromOrdinal, schoolGradeOrdinal, type GradeEntered } from "../../school-year/grade-entered";
import { formatWarekiYear } from "../../school-year/wareki";
import type { CriterionResult, CriterionStatus } from "../criteria";
import { fixedResult } from "../criterion-result";
import type { RuleSet } from "../rule-set";
import type { SchoolKind } from "../school-types";

const JHS_YEAR_1 = 7;

function usualBirthDates(kind: SchoolKind, editionYear: number) {
  const { earliest, latest } = firstYearBirthRange(kind, editionYear);
  return { earliest, latest, earliestWareki: formatWarekiYear(earliest), latestWareki: formatWarekiYear(latest) };
}
const HS_YEAR_1 = 10;

// Grades for ordinals -1..14; anything further out reads the same as the ends.
const GRADES: readonly GradeEntered[] = Array.from({ length: 16 }, (_, index) => gradeFromOrdinal(index - 1));

function gradeOf(ordinal: number): GradeEntered {
  return GRADES[Math.min(Math.max(ordinal + 1, 0), GRADES.length - 1)] ?? gradeFromOrdinal(ordinal);
}

/**
 * The birth date fits the first year the child is said to enter in April of the edition year.
 * - Younger than the usual age: not possible in Japan's school system → failed.
 * - Older, entering high school: allowed (the birth-date limit is its own criterion) → passed.
 * - Older, entering junior high school: the rules allow no older entrants, yet a child placed a
 *   year lower (common for children arriving from abroad) truly does enter the first year; the
 *   school's admission papers decide → needs_review, never an automatic rejection.
 */
export function createSchoolEntryCheck(
  ruleSet: RuleSet,
): (schoolKind: SchoolKind | null | undefined, birthDate: CalendarDate | null, birthWareki: string) => CriterionResult {
  const editionYear = ruleSet.edition;
  const usual = { jhs: usualBirthDates("jhs", editionYear), hs: usualBirthDates("hs", editionYear) };
  const notAnswered = fixedResult("schoolEntry", "not_answered", "criteria.schoolEntry.notAnswered", { editionYear });

  return (schoolKind, birthDate, birthWareki) => {
    if (schoolKind == null || birthDate === null) return notAnswered;
    const ordinal = schoolGradeOrdinal(birthDate, editionYear);
    const target = schoolKind === "jhs" ? JHS_YEAR_1 : HS_YEAR_1;
    let status: CriterionStatus;
    let messageKey: string;
    if (ordinal === target) {
      status = "passed";
      messageKey = "criteria.schoolEntry.standardAge";
    } else if (ordinal < target) {
      status = "failed";
      messageKey = "criteria.schoolEntry.tooYoung";
    } else if (schoolKind === "jhs") {
      status = "needs_review";
      messageKey = "criteria.schoolEntry.olderThanUsualJhs";
    } else {
      status = "passed";
      messageKey = "criteria.schoolEntry.olderThanUsualHs";
    }
    const grade = gradeOf(ordinal);
    const range = usual[schoolKind];
    return {
      id: "schoolEntry",
      status,
      messageKey,
      params: {
        kind: schoolKind,
        editionYear,
        birthYear: birthDate.year,
        birthMonth: birthDate.month,
        birthDay: birthDate.day,
        birthWareki,
        stage: grade.stage,
        grade: grade.grade ?? 0,
        usualFromYear: range.earliest.year,
        usualFromMonth: range.earliest.month,
        usualFromDay: range.earliest.day,
        usualFromWareki: range.earliestWareki,
        usualToYear: range.latest.year,
        usualToMonth: range.latest.month,
        usualToDay: range.latest.day,
        usualToWareki: range.latestWareki,
      },
    };
  };
}
