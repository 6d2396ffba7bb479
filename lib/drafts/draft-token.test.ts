import { describe, expect, it } from "vitest";
import { formatDraftToken, parseDraftToken } from "./draft-token";

const draftId = "3f2b8c1e-6a4d-4f0e-9b7a-1c2d3e4f5a6b";

describe("draft tokens", () => {
  it("round-trips a draft id and its resume code", () => {
    const token = formatDraftToken({ draftId, resumeCode: "ACDE-FGHJ" });
    expect(parseDraftToken(token)).toEqual({ draftId, resumeCode: "ACDE-FGHJ" });
  });

  it("refuses tokens that are not an id and a well-formed code", () => {
    for (const raw of [undefined, "", "ACDE-FGHJ", `${draftId}`, `${draftId}.0000-0000`, `not-a-uuid.ACDE-FGHJ`]) {
      expect(parseDraftToken(raw)).toBeUndefined();
    }
    expect(parseDraftToken(`${draftId}.${"A".repeat(200)}`)).toBeUndefined();
  });
});
