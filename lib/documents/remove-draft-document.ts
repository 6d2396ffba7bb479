import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { documentIssue, type DocumentIssue } from "./document-issues";
import { draftOwner, storageKeyBelongsTo, type DocumentStore } from "./document-store";
import { draftDocumentsSql, isUuid } from "./draft-documents-sql";

export interface RemoveDraftDocumentInput {
  draftId: string;
  storageKey: string;
  now: Date;
  /** When given, the draft is kept this long from now, as saving a step does. */
  retentionMs?: number;
}

export type RemoveDraftDocumentResult =
  | { ok: true; /** false when the draft did not list the file (already removed: a second tap). */ removed: boolean }
  | { ok: false; issue: DocumentIssue };

/**
 * Takes a file off the draft's `documents.files` (one UPDATE, refused for a submitted or expired
 * draft) and then deletes the stored file. Only files in the draft's own folder are deleted, so a
 * key copied from elsewhere into a draft's answers can never remove another family's file.
 */
export async function removeDraftDocument(
  prisma: PrismaClient,
  store: DocumentStore,
  input: RemoveDraftDocumentInput,
): Promise<RemoveDraftDocumentResult> {
  if (!isUuid(input.draftId)) return { ok: false, issue: documentIssue("closed") };
  const { withFiles, without, holds } = draftDocumentsSql;
  const expiresAt = input.retentionMs === undefined ? null : new Date(input.now.getTime() + input.retentionMs);
  const updated = await prisma.$executeRaw`
    UPDATE draft
    SET answers = ${withFiles(without(input.storageKey))},
        expires_at = COALESCE(${expiresAt}::timestamptz, expires_at),
        updated_at = ${input.now}
    WHERE id = ${input.draftId}::uuid AND submitted_at IS NULL AND expires_at > ${input.now}
      AND ${holds(input.storageKey)}`;
  if (updated !== 1) {
    // Not listed (a second tap on Remove), or the draft is no longer open.
    const open = await prisma.draft.count({
      where: { id: input.draftId, submittedAt: null, expiresAt: { gt: input.now } },
    });
    return open === 1 ? { ok: true, removed: false } : { ok: false, issue: documentIssue("closed") };
  }
  if (storageKeyBelongsTo(input.storageKey, draftOwner(input.draftId))) await store.remove(input.storageKey);
  return { ok: true, removed: true };
}
