import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { screeningRequestJsonSchema } from "@/lib/screening/screening-request-json-schema";

describe("docs/screening-request.schema.json", () => {
  it("is what the zod schema generates (run `npm run schema:screening` after changing it)", () => {
    const committed: unknown = JSON.parse(readFileSync("docs/screening-request.schema.json", "utf8"));
    expect(committed).toEqual(screeningRequestJsonSchema());
  });

  it("documents every field a request may carry", () => {
    const schema = screeningRequestJsonSchema() as { properties: { input: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.input.properties)).toEqual(
      expect.arrayContaining(["appliedAt", "householdSize", "incomeByYear", "lifeSituations", "children"]),
    );
  });
});
