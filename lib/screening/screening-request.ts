import { z } from "zod";
import { screeningInputSchema } from "@/lib/eligibility/screening-input";
import { parseWithIssues, type ParseResult } from "@/lib/eligibility/validation-issues";

/**
 * One screening as the API and the CLI receive it: the facts, and optionally the edition
 * (default: the newest edition that has rules). This one schema is the contract: the API,
 * the CLI and the published JSON Schema (docs/screening-request.schema.json) all come from it.
 */
export const screeningRequestSchema = z.strictObject({
  edition: z.int({ error: "validation.edition" }).min(2000, { error: "validation.edition" }).max(2200).optional(),
  input: screeningInputSchema,
});

export type ScreeningRequest = z.output<typeof screeningRequestSchema>;

export function parseScreeningRequest(raw: unknown): ParseResult<ScreeningRequest> {
  return parseWithIssues(screeningRequestSchema, raw);
}
