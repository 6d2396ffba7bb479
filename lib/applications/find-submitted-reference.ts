import type { PrismaClient } from "@/lib/db/create-prisma-client";

/** The reference number of the application a draft became, or undefined while it is still a draft. */
export async function findSubmittedReference(prisma: PrismaClient, draftId: string): Promise<string | undefined> {
  const application = await prisma.application.findUnique({ where: { draftId }, select: { reference: true } });
  return application?.reference ?? undefined;
}
