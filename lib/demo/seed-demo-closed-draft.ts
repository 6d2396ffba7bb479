import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { Prisma } from "@/lib/db/generated/client";
import { hashResumeCode } from "@/lib/drafts/resume-code";

/**
 * A saved, complete application of the 2026 edition, whose window has closed: resumed with this
 * code it can be read but not sent, which is how a family finds a draft after the deadline.
 */
export const DEMO_CLOSED_DRAFT = { resumeCode: "CAFE-2626", editionYear: 2026 } as const;

const KEEP_MS = 365 * 24 * 60 * 60 * 1000;

/** Stores the demo draft once (keyed on its resume code); a later run leaves it as it is. */
export async function seedDemoClosedDraft(prisma: PrismaClient, now: Date): Promise<void> {
  const resumeCodeHash = hashResumeCode(DEMO_CLOSED_DRAFT.resumeCode);
  if (!resumeCodeHash) throw new Error("The demo resume code is not a valid code");
  // No files: the demo has nothing on disk; the proof of income is to be sent later.
  const answers = { ...sampleAnswers(), documents: { files: [], sendLater: ["income_proof"] } };
  await prisma.draft.upsert({
    where: { resumeCodeHash },
    update: {},
    create: {
      editionYear: DEMO_CLOSED_DRAFT.editionYear,
      resumeCodeHash,
      answers: answers as Prisma.InputJsonObject,
      currentStep: "survey",
      expiresAt: new Date(now.getTime() + KEEP_MS),
    },
  });
}
