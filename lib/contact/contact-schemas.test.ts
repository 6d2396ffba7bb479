import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWithIssues } from "@/lib/eligibility/validation-issues";
import { emailAddressSchema, phoneNumberSchema } from "./contact-schemas";

const contact = z.object({ phone: phoneNumberSchema, email: emailAddressSchema.optional() });

describe("contact schemas", () => {
  it("give the form normalised values", () => {
    expect(contact.parse({ phone: "０９０ー１２３４ー５６７８", email: "Taro＠Example.com" })).toEqual({
      phone: { e164: "+819012345678", display: "090-1234-5678", kind: "mobile" },
      email: "Taro@example.com",
    });
  });

  it("report each field's problem with its message key", () => {
    expect(parseWithIssues(contact, { phone: "0120-123-456", email: "taro.example.com" })).toEqual({
      ok: false,
      issues: [
        { path: "phone", messageKey: "phone.notPersonal" },
        { path: "email", messageKey: "email.missingAt" },
      ],
    });
  });

  it("say what is missing, or that a value could not be read", () => {
    expect(parseWithIssues(contact, {})).toEqual({
      ok: false,
      issues: [{ path: "phone", messageKey: "phone.required" }],
    });
    expect(parseWithIssues(contact, { phone: 9012345678, email: "" })).toEqual({
      ok: false,
      issues: [
        { path: "phone", messageKey: "invalid" },
        { path: "email", messageKey: "email.required" },
      ],
    });
  });
});
