import { z } from "zod";
import { normalizeEmailAddress } from "./email-address";
import type { ContactMessageKey } from "./message-keys";
import { normalizePhoneNumber } from "./phone-number";

function typed(requiredKey: ContactMessageKey) {
  return z.string({ error: (issue) => (issue.input === undefined ? requiredKey : "invalid") });
}

/** A Japanese phone number; the output carries E.164, display form and kind (mobile, landline, 050). */
export const phoneNumberSchema = typed("phone.required").transform((raw, ctx) => {
  const result = normalizePhoneNumber(raw);
  if (result.ok) return result.value;
  ctx.issues.push({ code: "custom", message: result.messageKey, input: raw });
  return z.NEVER;
});

/** An email address, trimmed, full-width characters made ASCII, domain lower-cased. */
export const emailAddressSchema = typed("email.required").transform((raw, ctx) => {
  const result = normalizeEmailAddress(raw);
  if (result.ok) return result.value;
  ctx.issues.push({ code: "custom", message: result.messageKey, input: raw });
  return z.NEVER;
});
