import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { RateLimiter } from "@/lib/http/rate-limit";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import type { MailLocale } from "@/lib/mail/mail-translator";
import type { DraftToken } from "./draft-token";
import { hashResumeCode } from "./resume-code";
import { generateResumeLinkToken, hashResumeLinkToken } from "./resume-link-token";

/** Resume-link mails one draft may ask for per hour: enough for a mistyped address or two, not for mail bombing. */
export const RESUME_MAILS_PER_HOUR = 5;
/** Resume-link mails one address may get per hour, from all drafts together: no one's inbox is flooded. */
export const RESUME_MAILS_PER_RECIPIENT_PER_HOUR = 3;
/** How long a mailed link works, at most (and never beyond its draft's deletion). */
export const RESUME_LINK_VALID_MS = 7 * 24 * 60 * 60 * 1000;

export interface SendResumeLinkOptions {
  /** The draft and its resume code, as this browser holds them. */
  token: DraftToken;
  /** Already checked and normalised (resumeLinkFormSchema). */
  email: string;
  locale: MailLocale;
  /** The site's address without a trailing slash (publicSiteUrl). */
  siteUrl: string;
  now: Date;
  /** Counts mails per recipient (RESUME_MAILS_PER_RECIPIENT_PER_HOUR an hour), keyed by recipientKey(). */
  recipientLimiter: RateLimiter;
}

export type SendResumeLinkResult =
  { ok: true; expiresAt: Date } | { ok: false; reason: "not_open" | "too_many" | "too_many_for_address" };

/** The page a resume link opens; it asks before it opens anything (app/…/apply/resume/link). */
export function resumeLinkUrl(siteUrl: string, locale: MailLocale, linkToken: string): string {
  return `${siteUrl}/${locale}/apply/resume/link?token=${encodeURIComponent(linkToken)}`;
}

/** The limiter's key for an address: its hash, so the limiter's store holds no address. */
export function recipientKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

class TooManyResumeMails extends Error {}

/**
 * Keeps the address on the draft, stores a new one-time link (only its token's hash) and queues
 * the mail carrying it (sent by the background sender). The link is not the draft's own secret:
 * whoever reads the mailbox can open the draft once, which gives it a new code and locks out
 * every earlier copy (redeemResumeLink). At most RESUME_MAILS_PER_HOUR per draft and
 * RESUME_MAILS_PER_RECIPIENT_PER_HOUR per address. Refuses a submitted or expired draft, and a
 * token whose code is not the draft's. Updating the draft first locks its row, so two requests
 * at once cannot both pass the per-draft count.
 */
export async function sendResumeLink(
  prisma: PrismaClient,
  options: SendResumeLinkOptions,
): Promise<SendResumeLinkResult> {
  const { token, email, locale, now } = options;
  const resumeCodeHash = hashResumeCode(token.resumeCode);
  if (resumeCodeHash === undefined) return { ok: false, reason: "not_open" };
  const open = await prisma.draft.count({
    where: { id: token.draftId, resumeCodeHash, submittedAt: null, expiresAt: { gt: now } },
  });
  if (open !== 1) return { ok: false, reason: "not_open" };
  // Outside the transaction: a limiter kept in the database must not wait for the connection
  // this transaction holds (the embedded database has only one).
  if (!(await options.recipientLimiter.consume(recipientKey(email))).allowed) {
    return { ok: false, reason: "too_many_for_address" };
  }
  const linkToken = generateResumeLinkToken();
  const tokenHash = hashResumeLinkToken(linkToken)!;
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
      const draft = await tx.draft.findUniqueOrThrow({ where: { id: token.draftId }, select: { expiresAt: true } });
      const expiresAt = new Date(Math.min(draft.expiresAt.getTime(), now.getTime() + RESUME_LINK_VALID_MS));
      await tx.resumeLink.create({ data: { draftId: token.draftId, tokenHash, createdAt: now, expiresAt } });
      await enqueueMail(tx, {
        kind: "resume_link",
        locale,
        recipient: email,
        draftId: token.draftId,
        data: { resumeUrl: resumeLinkUrl(options.siteUrl, locale, linkToken), expiresAt },
      });
      return { ok: true, expiresAt } as const;
    });
  } catch (error) {
    // Rolled back: the address the family typed last is not kept when nothing is sent to it.
    if (error instanceof TooManyResumeMails) return { ok: false, reason: "too_many" };
    throw error;
  }
}
