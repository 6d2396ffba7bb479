import { describe, expect, it } from "vitest";
import { documentsOutcomeQuery, readDocumentsOutcome } from "./upload-outcome";

function roundTrip(query: string) {
  return readDocumentsOutcome(Object.fromEntries(new URLSearchParams(query)));
}

describe("documents page outcome in the address", () => {
  it("carries counts, codes and checklist ids there and back", () => {
    const query = documentsOutcomeQuery({ added: 2, error: "mismatch", item: "income_proof", returnToCheck: true });
    expect(query).toBe("?added=2&error=mismatch&item=income_proof&return=check");
    expect(roundTrip(query)).toEqual({ added: 2, error: "mismatch", item: "income_proof", returnToCheck: true });
    const missing = documentsOutcomeQuery({ missing: ["income_proof", "disability_proof"] });
    expect(roundTrip(missing)).toEqual({ missing: ["income_proof", "disability_proof"] });
    expect(documentsOutcomeQuery({})).toBe("");
  });

  it("ignores anything that is not a known code or a checklist id, so nothing typed is ever shown", () => {
    expect(
      readDocumentsOutcome({
        error: "<script>",
        item: "../x",
        added: "-3",
        missing: "a b <img> C",
        removed: "yes",
        return: "elsewhere",
      }),
    ).toEqual({ missing: ["a", "b"] });
    expect(readDocumentsOutcome({ error: ["tooLarge", "empty"], item: ["income_proof"] })).toEqual({
      error: "tooLarge",
      item: "income_proof",
    });
    expect(documentsOutcomeQuery({ item: "../../etc", missing: ["ok_item", "Not OK"] })).toBe("?missing=ok_item");
  });
});
