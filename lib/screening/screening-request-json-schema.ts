import { z } from "zod";
import { screeningRequestSchema } from "./screening-request";

/** The JSON Schema of a screening request, generated from the zod schema the API and CLI parse with. */
export function screeningRequestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(screeningRequestSchema, { io: "input", target: "draft-2020-12" }),
    $id: "https://example.invalid/schemas/screening-request.schema.json",
    title: "Screening request (Support for New Enrollment)",
    description: "One household to screen: POST /api/v1/screenings, or one entry of the array given to npm run screen.",
  };
}
