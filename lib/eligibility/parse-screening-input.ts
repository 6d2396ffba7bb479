import { screeningInputSchema, type ScreeningInput } from "./screening-input";
import { parseWithIssues, type ParseResult } from "./validation-issues";

/**
 * The boundary between the outside world and evaluate(): any value in, either a well-typed
 * ScreeningInput or the list of fields that are wrong. Never throws.
 */
export function parseScreeningInput(raw: unknown): ParseResult<ScreeningInput> {
  return parseWithIssues(screeningInputSchema, raw);
}
