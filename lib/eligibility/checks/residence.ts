import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";

const LIVES_IN_JAPAN = fixedResult("residence", "passed", "criteria.residence.livesInJapan");
const NOT_IN_JAPAN = fixedResult("residence", "failed", "criteria.residence.notInJapan");
const NOT_ANSWERED = fixedResult("residence", "not_answered", "criteria.residence.notAnswered");

/** The family lives in Japan when applying. */
export function checkResidence(livesInJapan: boolean | null | undefined): CriterionResult {
  return livesInJapan === true ? LIVES_IN_JAPAN : livesInJapan === false ? NOT_IN_JAPAN : NOT_ANSWERED;
}
