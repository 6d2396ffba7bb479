import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { documentsStep } from "@/lib/applications/steps/documents-step";
import { createDocumentStore, draftOwner, applicationOwner, storageKeyBelongsTo } from "./document-store";
import { PDF, PNG } from "./testing/sample-files";

const DRAFT_ID = "0b7c3c1e-5a0e-4f7e-9d3a-2f1e0c9b8a77";
const APPLICATION_ID = "5d2f8a14-3c6b-4e19-8f0a-7b1c2d3e4f50";

let workDir: string;
let rootDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "document-store-"));
  rootDir = path.join(workDir, "uploads");
});
afterEach(() => rm(workDir, { recursive: true, force: true }));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe("document store", () => {
  it("saves under a new key of our own in the owner's folder, which the documents step accepts", async () => {
    const store = createDocumentStore(rootDir);
    const first = await store.save(PDF, { owner: draftOwner(DRAFT_ID), extension: "pdf" });
    const second = await store.save(PDF, { owner: draftOwner(DRAFT_ID), extension: "pdf" });
    const later = await store.save(PNG, { owner: applicationOwner(APPLICATION_ID), extension: "png" });
    expect(first).toMatch(new RegExp(`^drafts/${DRAFT_ID}/[0-9a-f-]{36}\\.pdf$`));
    expect(later).toMatch(new RegExp(`^applications/${APPLICATION_ID}/[0-9a-f-]{36}\\.png$`));
    expect(second).not.toBe(first);
    const files = [first, second, later].map((storageKey) => ({
      checklistItem: "income_proof",
      storageKey,
      mimeType: "application/pdf",
      size: 1,
    }));
    expect(documentsStep.safeParse({ documents: { files, sendLater: [] } }).success).toBe(true);
    expect(await store.read(first)).toEqual(PDF);
    expect(await store.read(later)).toEqual(PNG);
  });

  it("creates its folder on demand, readable by the server's user only, and leaves no temporary file", async () => {
    const store = createDocumentStore(rootDir);
    const key = await store.save(PDF, { owner: draftOwner(DRAFT_ID), extension: "pdf" });
    expect((await stat(rootDir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(rootDir, "drafts", DRAFT_ID))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(rootDir, key))).mode & 0o777).toBe(0o600);
    expect(await filesUnder(rootDir)).toEqual([path.join(rootDir, key)]);
  });

  it("removes a file, and a second removal is not an error", async () => {
    const store = createDocumentStore(rootDir);
    const key = await store.save(PDF, { owner: draftOwner(DRAFT_ID), extension: "pdf" });
    await store.remove(key);
    await store.remove(key);
    expect(await store.read(key)).toBeUndefined();
    expect(await filesUnder(rootDir)).toEqual([]);
  });

  it("refuses keys that could reach outside its folder or that it did not make", async () => {
    const store = createDocumentStore(rootDir);
    const hostile = [
      "../secret.pdf",
      `drafts/${DRAFT_ID}/../../../etc/passwd`,
      `/etc/passwd`,
      `drafts/${DRAFT_ID}/..%2f..%2fsecret.pdf`,
      `drafts\\${DRAFT_ID}\\${DRAFT_ID}.pdf`,
      `drafts/${DRAFT_ID}/${DRAFT_ID}.html`,
      `drafts/${DRAFT_ID}/住民票.pdf`,
      `others/${DRAFT_ID}/${DRAFT_ID}.pdf`,
      `drafts/${DRAFT_ID}/${DRAFT_ID}.pdf\0.png`,
      "",
    ];
    for (const key of hostile) {
      await expect(store.read(key)).rejects.toThrow(RangeError);
      await expect(store.remove(key)).rejects.toThrow(RangeError);
    }
  });

  it("refuses owners and extensions other than its own", async () => {
    const store = createDocumentStore(rootDir);
    for (const owner of ["drafts/../..", "drafts", `drafts/${DRAFT_ID}/x`, `../${DRAFT_ID}`, "applications/abc"]) {
      await expect(store.save(PDF, { owner, extension: "pdf" })).rejects.toThrow(RangeError);
    }
    for (const extension of ["html", "", "pdf/../x", "PDF"]) {
      await expect(store.save(PDF, { owner: draftOwner(DRAFT_ID), extension })).rejects.toThrow(RangeError);
    }
    expect(await filesUnder(rootDir)).toEqual([]);
  });

  it("tells whether a key is one of an owner's files", async () => {
    const store = createDocumentStore(rootDir);
    const key = await store.save(PDF, { owner: draftOwner(DRAFT_ID), extension: "pdf" });
    expect(storageKeyBelongsTo(key, draftOwner(DRAFT_ID))).toBe(true);
    expect(storageKeyBelongsTo(key, draftOwner(APPLICATION_ID))).toBe(false);
    expect(storageKeyBelongsTo("sample/0001.pdf", draftOwner(DRAFT_ID))).toBe(false);
  });
});
