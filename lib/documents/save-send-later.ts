import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { Prisma } from "@/lib/db/generated/client";
import { draftDocumentsSql, isUuid } from "./draft-documents-sql";

export interface SaveSendLaterOptions {
  now: Date;
  /** When given, the draft is kept this long from now, as saving a step does. */
  retentionMs?: number;
}

/**
 * Saves the checklist items the family will send later, as the documents step's Continue does,
 * without rewriting the file list: one UPDATE sets `documents.sendLater` (and makes sure
 * `documents.files` is a list), so an upload finishing in another tab at the same moment is not
 * lost. Refuses a submitted or expired draft (false).
 */
export async function saveSendLater(
  prisma: PrismaClient,
  draftId: string,
  sendLater: readonly string[],
  options: SaveSendLaterOptions,
): Promise<boolean> {
  if (!isUuid(draftId)) return false;
  const { withFiles, files } = draftDocumentsSql;
  const expiresAt = options.retentionMs === undefined ? null : new Date(options.now.getTime() + options.retentionMs);
  const updated = await prisma.$executeRaw`
    UPDATE draft
    SET answers = ${withFiles(files, Prisma.sql`${JSON.stringify(sendLater)}::jsonb`)},
        current_step = 'documents',
        expires_at = COALESCE(${expiresAt}::timestamptz, expires_at),
        updated_at = ${options.now}
    WHERE id = ${draftId}::uuid AND submitted_at IS NULL AND expires_at > ${options.now}`;
  return updated === 1;
}
