import { MAX_DOCUMENT_FILES, type StoredDocumentFile } from "@/lib/applications/steps/documents-step";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { checkDocumentUpload, type DocumentUpload } from "./check-document-upload";
import { documentIssue, type DocumentIssue } from "./document-issues";
import { draftOwner, type DocumentStore } from "./document-store";
import { draftDocumentsSql, isUuid } from "./draft-documents-sql";

export interface AddDraftDocumentInput {
  draftId: string;
  /** The rule set of the draft's edition: its catalogue says which checklist items exist. */
  ruleSet: RuleSet;
  checklistItem: string;
  upload: DocumentUpload;
  /** Largest file accepted, in bytes (MAX_UPLOAD_MB). */
  maxBytes: number;
  now: Date;
  /** When given, the draft is kept this long from now, as saving a step does. */
  retentionMs?: number;
}

export type AddDraftDocumentResult = { ok: true; file: StoredDocumentFile } | { ok: false; issue: DocumentIssue };

/**
 * Checks an uploaded file, stores it under a key of our own and adds it to the draft's
 * `documents.files`. The list is extended by one UPDATE (jsonb), whose WHERE refuses a submitted
 * or expired draft and a draft that already holds MAX_DOCUMENT_FILES, so two uploads at once
 * cannot lose each other's file nor pass the limit together. If the draft refuses the file, or
 * the database fails, the stored file is deleted again: a refused upload stores nothing.
 */
export async function addDraftDocument(
  prisma: PrismaClient,
  store: DocumentStore,
  input: AddDraftDocumentInput,
): Promise<AddDraftDocumentResult> {
  if (!isUuid(input.draftId)) return { ok: false, issue: documentIssue("closed") };
  const checked = await checkDocumentUpload(input.ruleSet, input.checklistItem, input.upload, input.maxBytes);
  if (!checked.ok) return checked;

  const { mimeType, extension, size, bytes } = checked.data;
  const storageKey = await store.save(bytes, { owner: draftOwner(input.draftId), extension });
  const file: StoredDocumentFile = { checklistItem: input.checklistItem, storageKey, mimeType, size };
  const { files, withFiles } = draftDocumentsSql;
  const expiresAt = input.retentionMs === undefined ? null : new Date(input.now.getTime() + input.retentionMs);
  let updated: number;
  try {
    updated = await prisma.$executeRaw`
      UPDATE draft
      SET answers = ${withFiles(draftDocumentsSql.append(JSON.stringify([file])))},
          current_step = 'documents',
          expires_at = COALESCE(${expiresAt}::timestamptz, expires_at),
          updated_at = ${input.now}
      WHERE id = ${input.draftId}::uuid
        AND edition_year = ${input.ruleSet.edition}
        AND submitted_at IS NULL
        AND expires_at > ${input.now}
        AND jsonb_array_length(${files}) < ${MAX_DOCUMENT_FILES}`;
  } catch (error) {
    await store.remove(storageKey);
    throw error;
  }
  if (updated === 1) return { ok: true, file };
  await store.remove(storageKey);
  return { ok: false, issue: await whyRefused(prisma, input) };
}

async function whyRefused(prisma: PrismaClient, input: AddDraftDocumentInput): Promise<DocumentIssue> {
  const [draft] = await prisma.$queryRaw<{ open: boolean; editionYear: number; fileCount: number }[]>`
    SELECT (submitted_at IS NULL AND expires_at > ${input.now}) AS "open",
           edition_year AS "editionYear",
           jsonb_array_length(${draftDocumentsSql.files})::int AS "fileCount"
    FROM draft WHERE id = ${input.draftId}::uuid`;
  if (!draft?.open) return documentIssue("closed");
  if (draft.editionYear !== input.ruleSet.edition) {
    throw new RangeError("addDraftDocument needs the rule set of the draft's own edition");
  }
  return documentIssue("tooManyFiles");
}
