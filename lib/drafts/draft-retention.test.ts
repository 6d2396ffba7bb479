import { describe, expect, it } from "vitest";
import { draftRetention, savingStartsDraft } from "./draft-retention";

describe("draft retention", () => {
  it("keeps an unstarted draft hours and a started one days, as configured", () => {
    expect(draftRetention({ UNSTARTED_DRAFT_RETENTION_HOURS: 24, DRAFT_RETENTION_DAYS: 30 })).toEqual({
      unstartedMs: 24 * 3_600_000,
      startedMs: 30 * 86_400_000,
    });
  });

  it("counts a draft as started once the first page is accepted, or any later page is saved", () => {
    expect(savingStartsDraft("applicant", false)).toBe(false);
    expect(savingStartsDraft("applicant", true)).toBe(true);
    expect(savingStartsDraft("guardian", false)).toBe(true);
    expect(savingStartsDraft("survey", true)).toBe(true);
  });
});
