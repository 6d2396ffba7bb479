import type { PrismaClient } from "@/lib/db/create-prisma-client";

/**
 * Deletes every draft whose retention has run out (expiresAt, set from the configured retention
 * at each save). Unsubmitted answers are personal data the family never sent us: they must not
 * outlive their purpose. A submitted draft's application keeps everything it needs and loses
 * only its link to the draft. Returns how many were deleted.
 */
export async function deleteExpiredDrafts(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.draft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
