import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { hashResumeLinkToken } from "./resume-link-token";
import { inTransactionWithFreshCode, rotateDraftSecret, type OpenedDraftResult } from "./rotate-draft-secret";

export interface ResumeLinkPreview {
  /** "open": the link would open a draft saved then; "submitted": its application was sent. */
  status: "open" | "submitted";
  draftId: string;
  /** When the link was asked for, i.e. when the family saved: shown as "saved on …". */
  savedAt: Date;
}

/**
 * What a resume link would open, changing nothing: the page it lands on asks before anything is
 * opened, because mail scanners and link previews fetch links too. Undefined when the link is
 * unknown, already used, or expired, or its draft is.
 */
export async function previewResumeLink(
  prisma: PrismaClient,
  linkToken: unknown,
  now: Date,
): Promise<ResumeLinkPreview | undefined> {
  const tokenHash = hashResumeLinkToken(linkToken);
  if (tokenHash === undefined) return undefined;
  const link = await prisma.resumeLink.findUnique({
    where: { tokenHash },
    select: { createdAt: true, expiresAt: true, draft: { select: { id: true, expiresAt: true, submittedAt: true } } },
  });
  if (!link || link.expiresAt <= now || link.draft.expiresAt <= now) return undefined;
  return { status: link.draft.submittedAt ? "submitted" : "open", draftId: link.draft.id, savedAt: link.createdAt };
}

/**
 * Opens the draft of a resume link, once. The link's row is deleted in the same transaction that
 * gives the draft a new resume code and deletes its other links: of two redemptions at once,
 * only the one whose DELETE removed the row goes on (the other waits for the row lock and then
 * finds nothing), and a replayed link is simply unknown.
 */
export async function redeemResumeLink(
  prisma: PrismaClient,
  linkToken: unknown,
  now: Date,
): Promise<OpenedDraftResult> {
  const tokenHash = hashResumeLinkToken(linkToken);
  if (tokenHash === undefined) return { ok: false, reason: "not_found" };
  return inTransactionWithFreshCode(prisma, async (tx) => {
    const link = await tx.resumeLink.findUnique({
      where: { tokenHash },
      select: { id: true, draftId: true, expiresAt: true },
    });
    if (!link) return { ok: false, reason: "not_found" };
    const taken = await tx.resumeLink.deleteMany({ where: { id: link.id } });
    if (taken.count !== 1 || link.expiresAt <= now) return { ok: false, reason: "not_found" };
    return rotateDraftSecret(tx, link.draftId, { now });
  });
}
