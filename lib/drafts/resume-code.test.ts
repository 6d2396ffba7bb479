import { describe, expect, it } from "vitest";
import { generateResumeCode, hashResumeCode } from "./resume-code";

describe("resume codes", () => {
  it("are two groups of four readable characters", () => {
    for (let index = 0; index < 100; index++)
      expect(generateResumeCode()).toMatch(/^[2-9ACDEFGHJKMNPRTWXY]{4}-[2-9ACDEFGHJKMNPRTWXY]{4}$/);
  });

  it("hash the same however they are typed, and differently from each other", () => {
    const code = "KMNP-RTWX";
    const hash = hashResumeCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResumeCode("kmnp rtwx")).toBe(hash);
    expect(hashResumeCode("ｋｍｎｐ－ｒｔｗｘ")).toBe(hash);
    expect(hashResumeCode("KMNP-RTWY")).not.toBe(hash);
  });

  it("give no hash for what cannot be a code", () => {
    for (const typed of ["", "KMNP", "KMNP-RTWX-2", "OOOO-OOOO", "'; DROP TABLE draft; --"]) {
      expect(hashResumeCode(typed)).toBeUndefined();
    }
  });
});
