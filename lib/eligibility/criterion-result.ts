import type { CriterionId, CriterionResult, CriterionStatus, MessageParams } from "./criteria";

export const NO_PARAMS: MessageParams = Object.freeze({});

/**
 * A criterion result that never changes for a rule set, built once and shared by every result
 * that needs it; frozen because many results hold the same object.
 */
export function fixedResult(
  id: CriterionId,
  status: CriterionStatus,
  messageKey: string,
  params: MessageParams = NO_PARAMS,
): CriterionResult {
  return Object.freeze({ id, status, messageKey, params: Object.freeze({ ...params }) });
}
