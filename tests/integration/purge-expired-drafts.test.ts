import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentStore, draftOwner, type DocumentStore } from "@/lib/documents/document-store";
import { createDraft } from "@/lib/drafts/create-draft";
import { purgeExpiredDrafts } from "@/lib/drafts/purge-expired-drafts";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const PDF = new TextEncoder().encode("%PDF-1.7\n% synthetic test file\n");
const DAY_MS = 24 * 60 * 60 * 1000;
let folder: string;
let store: DocumentStore;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "purge-drafts-"));
  store = createDocumentStore(folder);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await prisma.$disconnect();
});

/** A draft with one uploaded file per key given, expired or not. */
async function draftWithFiles(options: { expired: boolean; files: number; extraKeys?: string[] }) {
  const now = Date.now();
  const { draftId } = await createDraft(prisma, {
    editionYear: 2026,
    now: new Date(options.expired ? now - 31 * DAY_MS : now),
    retentionMs: 30 * DAY_MS,
  });
  const keys: string[] = [];
  for (let index = 0; index < options.files; index++) {
    keys.push(await store.save(PDF, { owner: draftOwner(draftId), extension: "pdf" }));
  }
  const listed = [...keys, ...(options.extraKeys ?? [])].map((storageKey) => ({
    checklistItem: "income_certificate",
    storageKey,
    mimeType: "application/pdf",
    size: PDF.byteLength,
  }));
  await prisma.draft.update({
    where: { id: draftId },
    data: { answers: { documents: { files: listed, sendLater: [] } } },
  });
  return { draftId, keys };
}

async function exists(draftId: string) {
  return (await prisma.draft.count({ where: { id: draftId } })) === 1;
}

async function stored(key: string) {
  return (await store.read(key)) !== undefined;
}

describe("purgeExpiredDrafts", () => {
  it("deletes expired drafts with their files, in batches, and leaves current drafts alone", async () => {
    const expired = await Promise.all([1, 2, 0, 1, 2].map((files) => draftWithFiles({ expired: true, files })));
    const current = await draftWithFiles({ expired: false, files: 1 });

    const report = await purgeExpiredDrafts(prisma, { now: new Date(), store, batchSize: 2 });

    expect(report.kept).toBe(0);
    expect(report.deleted).toBeGreaterThanOrEqual(expired.length);
    for (const draft of expired) {
      expect(await exists(draft.draftId)).toBe(false);
      for (const key of draft.keys) expect(await stored(key)).toBe(false);
    }
    expect(await exists(current.draftId)).toBe(true);
    expect(await stored(current.keys[0]!)).toBe(true);
  });

  it("never removes a file outside the draft's own folder, even when its answers list one", async () => {
    const other = await draftWithFiles({ expired: false, files: 1 });
    const expired = await draftWithFiles({ expired: true, files: 1, extraKeys: other.keys });

    await purgeExpiredDrafts(prisma, { now: new Date(), store });

    expect(await exists(expired.draftId)).toBe(false);
    expect(await stored(expired.keys[0]!)).toBe(false);
    expect(await stored(other.keys[0]!)).toBe(true);
  });

  it("keeps a draft whose file could not be removed, and deletes it on a later run", async () => {
    const draft = await draftWithFiles({ expired: true, files: 1 });
    const failing: Pick<DocumentStore, "remove"> = {
      remove: () => Promise.reject(Object.assign(new Error("EACCES"), { code: "EACCES" })),
    };

    expect(await purgeExpiredDrafts(prisma, { now: new Date(), store: failing })).toMatchObject({ kept: 1 });
    expect(await exists(draft.draftId)).toBe(true);

    expect(await purgeExpiredDrafts(prisma, { now: new Date(), store })).toMatchObject({ kept: 0 });
    expect(await exists(draft.draftId)).toBe(false);
    expect(await stored(draft.keys[0]!)).toBe(false);
  });

  it("leaves a submitted draft's files to its application", async () => {
    const draft = await draftWithFiles({ expired: true, files: 1 });
    await prisma.draft.update({
      where: { id: draft.draftId },
      data: { submittedAt: new Date(Date.now() - 40 * DAY_MS) },
    });

    await purgeExpiredDrafts(prisma, { now: new Date(), store });

    expect(await exists(draft.draftId)).toBe(false);
    expect(await stored(draft.keys[0]!)).toBe(true);
  });
});
