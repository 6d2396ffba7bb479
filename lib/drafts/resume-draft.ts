import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { Prisma } from "@/lib/db/generated/client";
import { hashResumeCode } from "./resume-code";

export interface ResumedDraft {
  draftId: string;
  editionYear: number;
  answers: Prisma.JsonValue;
  currentStep: string | null;
  expiresAt: Date;
  /** Set once submitted: the page then shows the application, not the form. */
  submittedAt: Date | null;
}

/** What opening a draft reads (resumeDraft by code, openDraft by token). */
export const RESUMED_DRAFT_FIELDS = {
  id: true,
  editionYear: true,
  answers: true,
  currentStep: true,
  expiresAt: true,
  submittedAt: true,
} as const;

/**
 * The draft a resume code opens, or undefined (unknown, mistyped beyond repair, or expired).
 *
 * No constant-time comparison is needed: the code is never compared in our code. It is hashed and
 * the database finds the row by the hash through its unique index, so timing can at most tell an
 * attacker something about the hash of their own guess, which does not bring them closer to a
 * real code. Guessing itself must be limited by the caller's rate limit.
 */
export async function resumeDraft(
  prisma: PrismaClient,
  resumeCode: string,
  now: Date = new Date(),
): Promise<ResumedDraft | undefined> {
  const resumeCodeHash = hashResumeCode(resumeCode);
  if (resumeCodeHash === undefined) return undefined;
  const draft = await prisma.draft.findUnique({
    where: { resumeCodeHash },
    select: RESUMED_DRAFT_FIELDS,
  });
  if (!draft || draft.expiresAt.getTime() <= now.getTime()) return undefined;
  const { id, ...rest } = draft;
  return { draftId: id, ...rest };
}
