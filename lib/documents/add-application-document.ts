import { randomUUID } from "node:crypto";
import { MAX_DOCUMENT_FILES } from "@/lib/applications/steps/documents-step";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { findCurrentRuleSet } from "@/lib/rule-sets/rule-set-store";
import { checkDocumentUpload, type DocumentUpload } from "./check-document-upload";
import { documentIssue, type DocumentResult } from "./document-issues";
import { applicationOwner, type DocumentStore } from "./document-store";
import { isUuid } from "./draft-documents-sql";

/** Files one application may hold in all: those sent with it and those sent when asked later. */
export const MAX_APPLICATION_DOCUMENTS = 2 * MAX_DOCUMENT_FILES;

export interface AddApplicationDocumentInput {
  applicationId: string;
  checklistItem: string;
  upload: DocumentUpload;
  /** Largest file accepted, in bytes (MAX_UPLOAD_MB). */
  maxBytes: number;
  now: Date;
}

/**
 * A document sent after submission, when staff have asked for information (status
 * "information_requested"): checks it as the documents step does, stores it and records it as
 * one of the application's documents. The row is inserted only while the application still waits
 * for information and holds fewer than MAX_APPLICATION_DOCUMENTS, checked by the INSERT itself
 * (INSERT … SELECT) rather than by an earlier read. A refusal or a database failure deletes the
 * stored file again, so nothing is left behind.
 */
export async function addApplicationDocument(
  prisma: PrismaClient,
  store: DocumentStore,
  input: AddApplicationDocumentInput,
): Promise<DocumentResult> {
  if (!isUuid(input.applicationId)) return { ok: false, issue: documentIssue("closed") };
  const application = await prisma.application.findUnique({
    where: { id: input.applicationId },
    select: { status: true, edition: { select: { year: true } } },
  });
  if (application?.status !== "information_requested") return { ok: false, issue: documentIssue("closed") };
  const ruleSet = await findCurrentRuleSet(prisma, application.edition.year);
  if (!ruleSet) return { ok: false, issue: documentIssue("unknownItem") };
  const checked = await checkDocumentUpload(ruleSet, input.checklistItem, input.upload, input.maxBytes);
  if (!checked.ok) return checked;

  const { mimeType, extension, size, bytes } = checked.data;
  const storageKey = await store.save(bytes, { owner: applicationOwner(input.applicationId), extension });
  let inserted: number;
  try {
    inserted = await prisma.$executeRaw`
      INSERT INTO application_document (id, application_id, checklist_item, storage_key, mime_type, size_bytes, created_at)
      SELECT ${randomUUID()}::uuid, a.id, ${input.checklistItem}, ${storageKey}, ${mimeType}, ${size}, ${input.now}
      FROM application a
      WHERE a.id = ${input.applicationId}::uuid
        AND a.status = 'information_requested'
        AND (SELECT count(*) FROM application_document d WHERE d.application_id = a.id) < ${MAX_APPLICATION_DOCUMENTS}`;
  } catch (error) {
    await store.remove(storageKey);
    throw error;
  }
  if (inserted === 1) return { ok: true };
  await store.remove(storageKey);
  const stillWaiting = await prisma.application.count({
    where: { id: input.applicationId, status: "information_requested" },
  });
  return { ok: false, issue: documentIssue(stillWaiting === 1 ? "tooManyFiles" : "closed") };
}
