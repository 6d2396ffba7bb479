import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { addApplicationDocument } from "@/lib/documents/add-application-document";
import { addUploadedFiles, type UploadedFilesOutcome } from "@/lib/documents/add-uploaded-files";
import { documentIssue } from "@/lib/documents/document-issues";
import type { DocumentStore } from "@/lib/documents/document-store";
import type { UploadAdmission } from "@/lib/documents/upload-admission";
import { findApplicationStatus } from "./find-application-status";
import { guardStatusLookup, type StatusLookupGuard } from "./status-lookup-guard";

export interface StatusUploadInput {
  /** The pair from the upload form's hidden fields, parsed (stored reference form, YYYY-MM-DD). */
  pair: { referenceNumber: string; birthDate: string };
  /** The client, as the limits count it (lib/http/client-address.ts). */
  client: string;
  checklistItem: string;
  files: readonly File[];
  maxBytes: number;
  now: Date;
}

export type StatusUploadResult =
  | { verified: false; reason: "notFound" | "limited" }
  | ({ verified: true; applicationId: string } & UploadedFilesOutcome);

/**
 * Documents sent from the status page: the pair is verified again under the same budgets of wrong
 * guesses as the lookup (so the upload is no way around them), then each file is checked and
 * added within the upload budgets. `lookup` is the status lookup itself, replaceable only so that
 * tests can count how often it reaches the database.
 */
export async function receiveStatusUpload(
  prisma: PrismaClient,
  store: DocumentStore,
  services: { guard: StatusLookupGuard; admission: UploadAdmission },
  input: StatusUploadInput,
  lookup: typeof findApplicationStatus = findApplicationStatus,
): Promise<StatusUploadResult> {
  const keys = { client: input.client, reference: input.pair.referenceNumber };
  const found = await guardStatusLookup(services.guard, keys, () => lookup(prisma, input.pair));
  if (!found.found) return { verified: false, reason: "limited" in found ? "limited" : "notFound" };

  const verified = { verified: true as const, applicationId: found.applicationId };
  if (input.checklistItem === "") return { ...verified, added: 0, issue: documentIssue("unknownItem") };
  if (input.files.length === 0) return { ...verified, added: 0, issue: documentIssue("noFile") };
  const outcome = await addUploadedFiles(input.files, {
    admission: services.admission,
    client: input.client,
    add: (upload) =>
      addApplicationDocument(prisma, store, {
        applicationId: found.applicationId,
        checklistItem: input.checklistItem,
        upload,
        maxBytes: input.maxBytes,
        now: input.now,
      }),
  });
  return { ...verified, ...outcome };
}
