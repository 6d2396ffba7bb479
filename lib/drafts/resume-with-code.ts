import { groupCode, normaliseReadableCode } from "@/lib/applications/readable-code";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { DraftToken } from "./draft-token";
import { RESUME_CODE_LENGTH } from "./resume-code";
import { resumeDraft } from "./resume-draft";

export type ResumeWithCodeResult =
  { ok: true; token: DraftToken; currentStep: string | null } | { ok: false; reason: "not_found" | "submitted" };

/**
 * The draft a resume code typed from paper opens, with the token for this browser to keep. The
 * token carries the code as shown ("ACDE-FGHJ"), however it was typed. A submitted draft is
 * reported as such so the page can point to the status page instead of an empty form. Guessing
 * must be limited by the caller (per client address).
 */
export async function resumeWithCode(prisma: PrismaClient, code: string, now: Date): Promise<ResumeWithCodeResult> {
  const bare = normaliseReadableCode(code, RESUME_CODE_LENGTH);
  if (bare === undefined) return { ok: false, reason: "not_found" };
  const draft = await resumeDraft(prisma, bare, now);
  if (!draft) return { ok: false, reason: "not_found" };
  if (draft.submittedAt) return { ok: false, reason: "submitted" };
  return {
    ok: true,
    token: { draftId: draft.draftId, resumeCode: groupCode(bare, [4, 4]) },
    currentStep: draft.currentStep,
  };
}
