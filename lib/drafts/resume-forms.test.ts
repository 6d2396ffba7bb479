import { describe, expect, it } from "vitest";
import { createNamespaceTranslator } from "@/lib/i18n/namespace-translator";
import { RESUME_FORM_MESSAGE_KEYS, resumeCodeFormSchema, resumeLinkFormSchema } from "./resume-forms";

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe("resume forms", () => {
  it("accept a code however it is typed, and keep it as typed", () => {
    expect(resumeCodeFormSchema.parse({ code: " kmnp rtwx " })).toEqual({ code: "kmnp rtwx" });
    expect(resumeCodeFormSchema.safeParse({ code: "ＫＭＮＰ－ＲＴＷＸ" }).success).toBe(true);
  });

  it("say whether the code is missing or cannot be a code", () => {
    expect(firstMessage(resumeCodeFormSchema.safeParse({ code: "  " }))).toBe("errors.codeRequired");
    expect(firstMessage(resumeCodeFormSchema.safeParse({}))).toBe("errors.codeRequired");
    expect(firstMessage(resumeCodeFormSchema.safeParse({ code: "KMNP-RTW" }))).toBe("errors.codeFormat");
    expect(firstMessage(resumeCodeFormSchema.safeParse({ code: "OOOO-OOOO" }))).toBe("errors.codeFormat");
  });

  it("normalise the email address and report the email field's own keys", () => {
    expect(resumeLinkFormSchema.parse({ email: " Hanako＠Example.JP " })).toEqual({ email: "Hanako@example.jp" });
    expect(firstMessage(resumeLinkFormSchema.safeParse({ email: "" }))).toBe("email.required");
    expect(firstMessage(resumeLinkFormSchema.safeParse({ email: "hanako.example.jp" }))).toBe("email.missingAt");
  });
});

describe("resume form messages", () => {
  it("exist in Japanese and English for every key the forms and their actions report", () => {
    for (const locale of ["ja", "en"] as const) {
      const t = createNamespaceTranslator("resume", locale, { strict: true });
      for (const key of RESUME_FORM_MESSAGE_KEYS) expect(t(key, { days: 30, minutes: 5 }), key).not.toBe(key);
    }
  });
});
