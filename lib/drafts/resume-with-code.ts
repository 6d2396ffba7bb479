import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { hashResumeCode } from "./resume-code";
import { inTransactionWithFreshCode, rotateDraftSecret, type OpenedDraftResult } from "./rotate-draft-secret";

/**
 * Opens the draft a resume code typed from paper names, in a new browser: the draft gets a new
 * code at once (rotateDraftSecret), returned in the token for this browser to keep and to show
 * the parent, so the old code, old links and any other browser holding the draft stop working.
 * A submitted draft is reported as such so the page can point to the status page instead of an
 * empty form. Guessing must be limited by the caller (per client address).
 */
export async function resumeWithCode(prisma: PrismaClient, code: string, now: Date): Promise<OpenedDraftResult> {
  const resumeCodeHash = hashResumeCode(code);
  if (resumeCodeHash === undefined) return { ok: false, reason: "not_found" };
  return inTransactionWithFreshCode(prisma, async (tx) => {
    // Found by the hash through its unique index: no comparison of secrets in our code.
    const draft = await tx.draft.findUnique({ where: { resumeCodeHash }, select: { id: true } });
    if (!draft) return { ok: false, reason: "not_found" };
    return rotateDraftSecret(tx, draft.id, { now, expectedCodeHash: resumeCodeHash });
  });
}
