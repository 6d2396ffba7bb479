import { z } from "zod";
import { emailAddressSchema } from "@/lib/contact/contact-schemas";
import { hashResumeCode } from "./resume-code";

/**
 * "Email me a link" on the save page. Its error keys are the "fields" namespace's email keys
 * (lib/contact/message-keys.ts); the page and its server action both parse with this.
 */
export const resumeLinkFormSchema = z.object({ email: emailAddressSchema });
export type ResumeLinkForm = z.input<typeof resumeLinkFormSchema>;

/**
 * The resume code as the parent types it from paper: any case, full-width, with or without the
 * dash. Error keys are in the "resume" namespace. The value is kept as typed; resumeDraft()
 * normalises it.
 */
export const resumeCodeFormSchema = z.object({
  code: z
    .string({ error: "errors.codeRequired" })
    .trim()
    .min(1, { error: "errors.codeRequired" })
    .refine((code) => hashResumeCode(code) !== undefined, { error: "errors.codeFormat" }),
});
export type ResumeCodeForm = z.input<typeof resumeCodeFormSchema>;

/** Every key of the "resume" namespace these forms and their actions report. */
export const RESUME_FORM_MESSAGE_KEYS = [
  "errors.codeRequired",
  "errors.codeFormat",
  "errors.codeNotFound",
  "errors.tooManyAttempts",
  "errors.tooManyLinks",
  "errors.noDraft",
  "errors.mailUnavailable",
] as const;
export type ResumeFormMessageKey = (typeof RESUME_FORM_MESSAGE_KEYS)[number];
