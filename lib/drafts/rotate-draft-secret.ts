import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { Prisma } from "@/lib/db/generated/client";
import type { DraftToken } from "./draft-token";
import { generateResumeCode, hashResumeCode } from "./resume-code";

export type OpenedDraftResult =
  { ok: true; token: DraftToken; currentStep: string | null } | { ok: false; reason: "not_found" | "submitted" };

type Transaction = Prisma.TransactionClient;

/**
 * Gives a draft a new resume code and deletes all its resume links, inside the caller's
 * transaction. Called whenever a draft is opened by a link or a code: every earlier copy of its
 * secret (a cookie in another browser, the old code on paper, another mailed link) stops working,
 * so whoever planted a draft on someone, or read a link in her mailbox, cannot follow what she
 * types next. With `expectedCodeHash` the draft changes only if its code is still that one: of two
 * browsers opening a draft with the same code at once, one wins.
 */
export async function rotateDraftSecret(
  tx: Transaction,
  draftId: string,
  options: { now: Date; expectedCodeHash?: string },
): Promise<OpenedDraftResult> {
  const { now, expectedCodeHash } = options;
  const draft = await tx.draft.findUnique({
    where: { id: draftId },
    select: { submittedAt: true, expiresAt: true, currentStep: true, resumeCodeHash: true },
  });
  if (!draft || draft.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "not_found" };
  if (expectedCodeHash !== undefined && draft.resumeCodeHash !== expectedCodeHash) {
    return { ok: false, reason: "not_found" };
  }
  if (draft.submittedAt) return { ok: false, reason: "submitted" };

  const resumeCode = generateResumeCode();
  const resumeCodeHash = hashResumeCode(resumeCode);
  if (resumeCodeHash === undefined) throw new Error("A generated resume code did not normalise");
  const updated = await tx.draft.updateMany({
    where: {
      id: draftId,
      submittedAt: null,
      expiresAt: { gt: now },
      ...(expectedCodeHash === undefined ? {} : { resumeCodeHash: expectedCodeHash }),
    },
    data: { resumeCodeHash },
  });
  if (updated.count !== 1) return { ok: false, reason: "not_found" };
  await tx.resumeLink.deleteMany({ where: { draftId } });
  return { ok: true, token: { draftId, resumeCode }, currentStep: draft.currentStep };
}

/**
 * Runs a transaction that draws a new resume code, again if the code drawn is already another
 * draft's (the unique index refuses it and PostgreSQL aborts the whole transaction, so nothing
 * of the failed try remains). With 37-bit codes this almost never repeats.
 */
export async function inTransactionWithFreshCode<T>(
  prisma: PrismaClient,
  run: (tx: Transaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(run);
    } catch (error) {
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (collided && attempt < 5) continue;
      throw error;
    }
  }
}
