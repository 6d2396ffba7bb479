import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import { japanTimeParams } from "../date-params";
import type { RuleSet } from "../rule-set";

/**
 * Applied within [opensAt, closesAt): the close is the first instant no longer accepted, so
 * "closes at 12:00" accepts 11:59:59.999 and refuses 12:00:00.000. Nothing is accepted after the
 * close for any reason, so this is a hard rule with no review path.
 */
export function createApplicationWindowCheck(ruleSet: RuleSet): (appliedAtMs: number) => CriterionResult {
  const opensAtMs = Date.parse(ruleSet.window.opensAt);
  const closesAtMs = Date.parse(ruleSet.window.closesAt);
  const params = { ...japanTimeParams("opens", opensAtMs), ...japanTimeParams("closes", closesAtMs) };
  const open = fixedResult("applicationWindow", "passed", "criteria.applicationWindow.open", params);
  const notYetOpen = fixedResult("applicationWindow", "failed", "criteria.applicationWindow.notYetOpen", params);
  const closed = fixedResult("applicationWindow", "failed", "criteria.applicationWindow.closed", params);
  return (appliedAtMs) => (appliedAtMs < opensAtMs ? notYetOpen : appliedAtMs < closesAtMs ? open : closed);
}
