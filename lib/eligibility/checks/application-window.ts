import type { CriterionResult } from "../criteria";
import { fixedResult } from "../criterion-result";
import { japanTimeParams } from "../date-params";
import type { RuleSet } from "../rule-set";
import { windowStateAt } from "../window-state";

/**
 * Applied within the window (see windowStateAt). Nothing is accepted after the close for any
 * reason, so this is a hard rule with no review path.
 */
export function createApplicationWindowCheck(ruleSet: RuleSet): (appliedAtMs: number) => CriterionResult {
  const opensAtMs = Date.parse(ruleSet.window.opensAt);
  const closesAtMs = Date.parse(ruleSet.window.closesAt);
  const params = { ...japanTimeParams("opens", opensAtMs), ...japanTimeParams("closes", closesAtMs) };
  const open = fixedResult("applicationWindow", "passed", "criteria.applicationWindow.open", params);
  const notYetOpen = fixedResult("applicationWindow", "failed", "criteria.applicationWindow.notYetOpen", params);
  const closed = fixedResult("applicationWindow", "failed", "criteria.applicationWindow.closed", params);
  const results = { upcoming: notYetOpen, open, closed } as const;
  return (appliedAtMs) => results[windowStateAt(opensAtMs, closesAtMs, appliedAtMs)];
}
