import type { PrismaClient } from "@/lib/db/create-prisma-client";

/** The one-time token in the newest resume-link mail queued for a draft, as the family's mailbox would show it. */
export async function linkTokenMailedFor(prisma: PrismaClient, draftId: string): Promise<string> {
  const mail = await prisma.outboxMessage.findFirstOrThrow({
    where: { draftId, kind: "resume_link" },
    orderBy: { createdAt: "desc" },
  });
  const link = /https?:\/\/\S+/.exec(mail.textBody)?.[0];
  const token = link ? new URL(link).searchParams.get("token") : null;
  if (!token) throw new Error("The resume-link mail carries no link with a token");
  return token;
}
