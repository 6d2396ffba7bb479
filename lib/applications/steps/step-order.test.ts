import { describe, expect, it } from "vitest";
import { APPLICATION_STEPS } from "./application-steps";
import { nextStepId, previousStepId, STEP_COUNT, STEP_SLUGS, stepIdFromSlug, stepNumber } from "./step-order";

describe("step order", () => {
  it("walks every step forwards and back in the form's order", () => {
    const forwards: string[] = ["applicant"];
    for (let id = nextStepId("applicant"); id; id = nextStepId(id)) forwards.push(id);
    expect(forwards).toEqual(APPLICATION_STEPS.map((step) => step.id));
    expect(previousStepId("applicant")).toBeUndefined();
    expect(previousStepId("household")).toBe("address");
    expect(stepNumber("household")).toBe(4);
    expect(STEP_COUNT).toBe(12);
  });

  it("finds a step by its address segment and nothing else", () => {
    expect(stepIdFromSlug("bank-account")).toBe("bankAccount");
    expect(stepIdFromSlug("bankAccount")).toBeUndefined();
    expect(new Set(Object.values(STEP_SLUGS)).size).toBe(STEP_COUNT);
  });
});
