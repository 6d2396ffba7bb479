import { describe, expect, it } from "vitest";
import { draftStepPath } from "./draft-step-path";

describe("draftStepPath", () => {
  it("goes to the step last saved, by its address slug", () => {
    expect(draftStepPath("bankAccount")).toBe("/apply/bank-account");
    expect(draftStepPath("guardian")).toBe("/apply/guardian");
  });

  it("starts at the first step when nothing was saved or the step is unknown", () => {
    expect(draftStepPath(null)).toBe("/apply/applicant");
    expect(draftStepPath("nonsense")).toBe("/apply/applicant");
  });
});
