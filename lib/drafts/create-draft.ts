import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { Prisma } from "@/lib/db/generated/client";
import { generateResumeCode, hashResumeCode } from "./resume-code";

export interface NewDraft {
  draftId: string;
  /** Shown to the parent once ("XXXX-XXXX"); only its hash is stored. */
  resumeCode: string;
}

export interface CreateDraftOptions {
  editionYear: number;
  now: Date;
  /** How long an untouched draft is kept; each save extends it from then. */
  retentionMs: number;
}

/** Starts an empty draft. The resume code exists only in the return value and the parent's notes. */
export async function createDraft(prisma: PrismaClient, options: CreateDraftOptions): Promise<NewDraft> {
  for (let attempt = 0; ; attempt++) {
    const resumeCode = generateResumeCode();
    const resumeCodeHash = hashResumeCode(resumeCode);
    if (resumeCodeHash === undefined) throw new Error("A generated resume code did not normalise");
    try {
      const draft = await prisma.draft.create({
        data: {
          editionYear: options.editionYear,
          resumeCodeHash,
          expiresAt: new Date(options.now.getTime() + options.retentionMs),
        },
        select: { id: true },
      });
      return { draftId: draft.id, resumeCode };
    } catch (error) {
      // Two drafts drew the same code: draw again (the unique index makes this safe to detect).
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && attempt < 5) continue;
      throw error;
    }
  }
}
