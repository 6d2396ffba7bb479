import { describe, expect, it } from "vitest";
import { parseWithIssues } from "@/lib/eligibility/validation-issues";
import { familyNameKanaSchema, familyNameSchema, personNameSchema } from "./person-name-schema";

describe("personNameSchema", () => {
  it("returns the name tidied and the readings in katakana", () => {
    const parsed = personNameSchema.parse({
      familyName: " 山田 ",
      givenName: "太郎",
      familyNameKana: "やまだ",
      givenNameKana: "ﾀﾛｳ",
    });
    expect(parsed).toEqual({
      familyName: "山田",
      givenName: "太郎",
      familyNameKana: "ヤマダ",
      givenNameKana: "タロウ",
    });
  });

  it("names each missing field with its own message", () => {
    const result = parseWithIssues(personNameSchema, { familyName: "", givenNameKana: "  " });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "familyName", messageKey: "names.familyNameRequired" },
        { path: "givenName", messageKey: "names.givenNameRequired" },
        { path: "familyNameKana", messageKey: "names.familyNameKanaRequired" },
        { path: "givenNameKana", messageKey: "names.givenNameKanaRequired" },
      ],
    });
  });

  it("says what is wrong with a reading", () => {
    const result = parseWithIssues(personNameSchema, {
      familyName: "山田",
      givenName: "太郎",
      familyNameKana: "山田",
      givenNameKana: "taro",
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "familyNameKana", messageKey: "names.kanaNotKanji" },
        { path: "givenNameKana", messageKey: "names.kanaOnly" },
      ],
    });
  });

  it("reports too-long names and line breaks", () => {
    expect(familyNameSchema.safeParse("a".repeat(51)).error?.issues[0]?.message).toBe("names.tooLong");
    expect(familyNameSchema.safeParse("山\n田").error?.issues[0]?.message).toBe("names.characters");
    expect(familyNameKanaSchema.safeParse("ア".repeat(51)).error?.issues[0]?.message).toBe("names.kanaTooLong");
  });

  it("never falls back to another namespace's keys for values of the wrong type", () => {
    expect(
      parseWithIssues(personNameSchema, { familyName: 1, givenName: null, familyNameKana: [], givenNameKana: {} }),
    ).toEqual({
      ok: false,
      issues: ["familyName", "givenName", "familyNameKana", "givenNameKana"].map((path) => ({
        path,
        messageKey: "invalid",
      })),
    });
    expect(parseWithIssues(personNameSchema, "山田太郎")).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "invalid" }],
    });
  });
});
