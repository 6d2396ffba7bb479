"use server";

import { localeOrDefault } from "@/i18n/routing";
import { getServerConfig, publicSiteUrl } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { resumeLinkFormSchema } from "@/lib/drafts/resume-forms";
import { RESUME_MAILS_PER_RECIPIENT_PER_HOUR, sendResumeLink } from "@/lib/drafts/send-resume-link";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import { currentDraft } from "../draft-session";
import { translateIssues, type StepIssue } from "../translate-issues";

export type EmailResumeLinkResult = { ok: true; email: string } | { ok: false; issues: StepIssue[] };

let recipientLimiter: RateLimiter | undefined;

/** Resume-link mails per recipient address and hour, whichever draft asks (keys are hashed addresses). */
function mailsPerRecipient(): RateLimiter {
  recipientLimiter ??= createRateLimiter({
    name: "resume-mail-recipient",
    points: RESUME_MAILS_PER_RECIPIENT_PER_HOUR,
    durationSeconds: 60 * 60,
  });
  return recipientLimiter;
}

/**
 * "Email me a link" on the save page: checks the address with the shared schema and queues the
 * mail for this browser's own draft (from its cookie; anyone can call an action). The mail goes
 * out with the background sender within seconds.
 */
export async function emailResumeLink(localeInput: string, values: unknown): Promise<EmailResumeLinkResult> {
  const locale = localeOrDefault(localeInput);
  const parsed = resumeLinkFormSchema.safeParse(values);
  if (!parsed.success) {
    const keys = parsed.error.issues.map((issue) => ({ path: "email", messageKey: `fields.${issue.message}` }));
    return { ok: false, issues: await translateIssues(locale, keys.slice(0, 1)) };
  }
  const now = new Date();
  const draft = await currentDraft(now);
  const refused = (key: string) => translateIssues(locale, [{ path: "email", messageKey: `resume.errors.${key}` }]);
  if (!draft || draft.submittedAt) return { ok: false, issues: await refused("noDraft") };
  // No mail server: the link would wait in the outbox, readable by staff. The page offers the code.
  if (!getServerConfig().SMTP_URL) return { ok: false, issues: await refused("mailUnavailable") };

  const result = await sendResumeLink(getPrisma(), {
    token: draft.token,
    email: parsed.data.email,
    locale,
    siteUrl: publicSiteUrl(getServerConfig()),
    now,
    recipientLimiter: mailsPerRecipient(),
  });
  if (!result.ok)
    return { ok: false, issues: await refused(result.reason === "not_open" ? "noDraft" : "tooManyLinks") };
  return { ok: true, email: parsed.data.email };
}
