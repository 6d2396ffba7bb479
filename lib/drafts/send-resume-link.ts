import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import type { MailLocale } from "@/lib/mail/mail-translator";
import { formatDraftToken, type DraftToken } from "./draft-token";
import { hashResumeCode } from "./resume-code";

/** Resume-link mails one draft may ask for per hour: enough for a mistyped address or two, not for mail bombing. */
export const RESUME_MAILS_PER_HOUR = 5;

export interface SendResumeLinkOptions {
  /** The draft and its resume code, as this browser holds them. */
  token: DraftToken;
  /** Already checked and normalised (resumeLinkFormSchema). */
  email: string;
  locale: MailLocale;
  /** The site's address without a trailing slash (publicSiteUrl). */
  siteUrl: string;
  now: Date;
  /** When the draft will be deleted, shown in the mail as when the link stops working. */
  expiresAt: Date;
}

export type SendResumeLinkResult = { ok: true } | { ok: false; reason: "not_open" | "too_many" };

/** The address a resume link opens: it logs the browser into the draft (app/…/apply/resume/link). */
export function resumeLinkUrl(siteUrl: string, locale: MailLocale, token: DraftToken): string {
  return `${siteUrl}/${locale}/apply/resume/link?token=${encodeURIComponent(formatDraftToken(token))}`;
}

class TooManyResumeMails extends Error {}

/**
 * Keeps the address on the draft and queues the resume-link mail (sent by the background
 * sender), at most RESUME_MAILS_PER_HOUR per draft. Refuses a submitted or expired draft, and a
 * token whose code is not the draft's, so a mailed link always works when it arrives. Updating
 * the draft first locks its row, so two requests at once cannot both pass the count.
 */
export async function sendResumeLink(
  prisma: PrismaClient,
  options: SendResumeLinkOptions,
): Promise<SendResumeLinkResult> {
  const { token, email, locale, now } = options;
  const resumeCodeHash = hashResumeCode(token.resumeCode);
  if (resumeCodeHash === undefined) return { ok: false, reason: "not_open" };
  try {
    return await prisma.$transaction(async (tx) => {
      const saved = await tx.draft.updateMany({
        where: { id: token.draftId, resumeCodeHash, submittedAt: null, expiresAt: { gt: now } },
        data: { email },
      });
      if (saved.count !== 1) return { ok: false, reason: "not_open" } as const;
      const recent = await tx.outboxMessage.count({
        where: {
          draftId: token.draftId,
          kind: "resume_link",
          createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) },
        },
      });
      if (recent >= RESUME_MAILS_PER_HOUR) throw new TooManyResumeMails();
      await enqueueMail(tx, {
        kind: "resume_link",
        locale,
        recipient: email,
        draftId: token.draftId,
        data: { resumeUrl: resumeLinkUrl(options.siteUrl, locale, token), expiresAt: options.expiresAt },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    // Rolled back: the address the family typed last is not kept when nothing is sent to it.
    if (error instanceof TooManyResumeMails) return { ok: false, reason: "too_many" };
    throw error;
  }
}
