import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { Prisma } from "@/lib/db/generated/client";
import { draftOwner, storageKeyBelongsTo, type DocumentStore } from "@/lib/documents/document-store";

export interface PurgeExpiredDraftsOptions {
  now: Date;
  /** Where the drafts' uploaded files are kept. */
  store: Pick<DocumentStore, "remove">;
  /** Drafts read at a time. Default 100. */
  batchSize?: number;
}

export interface PurgeReport {
  deleted: number;
  /** Expired drafts kept because a file could not be removed; the next run tries again. */
  kept: number;
}

/** The storage keys listed in a draft's answers (documents.files[].storageKey), read defensively. */
export function draftStorageKeys(answers: Prisma.JsonValue): string[] {
  const documents = isObject(answers) ? answers.documents : undefined;
  const files = isObject(documents) ? documents.files : undefined;
  if (!Array.isArray(files)) return [];
  return files.flatMap((file) => (isObject(file) && typeof file.storageKey === "string" ? [file.storageKey] : []));
}

function isObject(value: unknown): value is Record<string, Prisma.JsonValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Deletes every draft whose retention has run out (hours for one that never got past the first
 * page, days for one being filled in: lib/drafts/draft-retention.ts), with the files uploaded to it: answers and
 * documents the family never sent must not outlive their purpose. A draft whose files cannot all
 * be removed is kept for the next run, so no file is left without a record pointing at it. A
 * submitted draft's files belong to its application now and are left alone (its answers are
 * emptied at submission anyway). Only files in the draft's own folder are removed. An expired
 * draft can no longer be saved to, so reading and then deleting it cannot lose a change.
 */
export async function purgeExpiredDrafts(
  prisma: PrismaClient,
  options: PurgeExpiredDraftsOptions,
): Promise<PurgeReport> {
  const { now, store } = options;
  const batchSize = options.batchSize ?? 100;
  // Links that ran out open nothing; their rows would only wait for their draft's deletion.
  await prisma.resumeLink.deleteMany({ where: { expiresAt: { lte: now } } });
  const submitted = await prisma.draft.deleteMany({ where: { expiresAt: { lte: now }, submittedAt: { not: null } } });
  const report: PurgeReport = { deleted: submitted.count, kept: 0 };

  let after: string | undefined;
  for (;;) {
    const batch = await prisma.draft.findMany({
      where: { expiresAt: { lte: now }, submittedAt: null, ...(after === undefined ? {} : { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, answers: true },
    });
    const cleared: string[] = [];
    for (const draft of batch) {
      const keys = draftStorageKeys(draft.answers).filter((key) => storageKeyBelongsTo(key, draftOwner(draft.id)));
      try {
        for (const key of keys) await store.remove(key);
        cleared.push(draft.id);
      } catch {
        report.kept++;
      }
    }
    if (cleared.length > 0) {
      const deleted = await prisma.draft.deleteMany({
        where: { id: { in: cleared }, expiresAt: { lte: now }, submittedAt: null },
      });
      report.deleted += deleted.count;
    }
    if (batch.length < batchSize) return report;
    after = batch.at(-1)!.id;
  }
}
