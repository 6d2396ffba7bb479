import { timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { DraftToken } from "./draft-token";
import { hashResumeCode } from "./resume-code";
import { RESUMED_DRAFT_FIELDS, type ResumedDraft } from "./resume-draft";

/**
 * The draft a token names, or undefined when the id is unknown, the code does not belong to it,
 * or it has expired. A submitted draft is returned (with empty answers) so the confirmation page
 * can find its application.
 */
export async function openDraft(
  prisma: PrismaClient,
  token: DraftToken,
  now: Date = new Date(),
): Promise<ResumedDraft | undefined> {
  const expected = hashResumeCode(token.resumeCode);
  if (expected === undefined) return undefined;
  const draft = await prisma.draft.findUnique({
    where: { id: token.draftId },
    select: { ...RESUMED_DRAFT_FIELDS, resumeCodeHash: true },
  });
  if (!draft || draft.expiresAt.getTime() <= now.getTime()) return undefined;
  // Compared in constant time: here the code is checked in our code, against a row found by id.
  if (!timingSafeEqual(Buffer.from(draft.resumeCodeHash, "hex"), Buffer.from(expected, "hex"))) return undefined;
  return {
    draftId: draft.id,
    editionYear: draft.editionYear,
    answers: draft.answers,
    currentStep: draft.currentStep,
    expiresAt: draft.expiresAt,
    submittedAt: draft.submittedAt,
  };
}
