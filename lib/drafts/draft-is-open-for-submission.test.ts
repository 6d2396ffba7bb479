import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { draftIsOpenForSubmission } from "./draft-is-open-for-submission";

const ruleSet = builtInRuleSet(2026)!;
const opensAt = Date.parse(ruleSet.window.opensAt);
const closesAt = Date.parse(ruleSet.window.closesAt);

describe("draftIsOpenForSubmission", () => {
  it("is open from the first millisecond of the window to the last", () => {
    expect(draftIsOpenForSubmission(ruleSet, new Date(opensAt - 1))).toBe(false);
    expect(draftIsOpenForSubmission(ruleSet, new Date(opensAt))).toBe(true);
    expect(draftIsOpenForSubmission(ruleSet, new Date(closesAt - 1))).toBe(true);
    expect(draftIsOpenForSubmission(ruleSet, new Date(closesAt))).toBe(false);
  });
});
