import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import { addDraftDocument } from "@/lib/documents/add-draft-document";
import { addUploadedFiles } from "@/lib/documents/add-uploaded-files";
import { documentIssue, type DocumentIssueCode } from "@/lib/documents/document-issues";
import { createDocumentStore, type DocumentStore } from "@/lib/documents/document-store";
import { PDF, PNG } from "@/lib/documents/testing/sample-files";
import { createUploadAdmission, freeBytesUnder, guardianPageSaved } from "@/lib/documents/upload-admission";
import { createDraft, saveDraftStep } from "@/lib/drafts";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { createNamespaceTranslator } from "@/lib/i18n/namespace-translator";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { IN_WINDOW } from "./support/submitted-application";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const ruleSet = builtInRuleSet(2026)!;
const MB = 1024 * 1024;
let rootDir: string;
let store: DocumentStore;
beforeAll(async () => {
  await installBuiltInRuleSets(prisma);
  rootDir = await mkdtemp(path.join(tmpdir(), "upload-admission-itest-"));
  store = createDocumentStore(rootDir);
});
afterAll(async () => {
  await prisma.$disconnect();
  await rm(rootDir, { recursive: true, force: true });
});

const newClient = () => `198.51.100.${randomUUID()}`;

/** Budgets and a floor as configured; `freeMegabytes` stands in for the disk. */
function admission(options: { perClientMb?: number; allMb?: number; floorMb?: number; freeMegabytes?: number } = {}) {
  const made = createUploadAdmission(
    {
      UPLOAD_DIR: rootDir,
      UPLOAD_MB_PER_CLIENT_PER_HOUR: options.perClientMb ?? 1000,
      UPLOAD_MB_PER_HOUR: options.allMb ?? 100_000,
      UPLOAD_MIN_FREE_MB: options.floorMb ?? 0,
    },
    {
      prisma,
      ...(options.freeMegabytes === undefined ? {} : { freeBytes: async () => options.freeMegabytes! * MB }),
    },
  );
  return made;
}

// The all-clients budget is one count for the whole database: each test starts it afresh.
beforeEach(() => admission().allClients.reset("all"));

async function draftWithGuardian() {
  const { draftId } = await createDraft(prisma, { editionYear: 2026, now: IN_WINDOW, retentionMs: 86_400_000 });
  await saveDraftStep(prisma, draftId, "guardian", { guardian: sampleAnswers().guardian }, { now: IN_WINDOW });
  return draftId;
}

/** A PDF of about `megabytes` MB: the header and trailer around spaces. */
function pdfOf(megabytes: number): File {
  const body = new Uint8Array(Math.round(megabytes * MB));
  body.fill(0x20);
  body.set(PDF.subarray(0, 9), 0);
  body.set(PDF.subarray(9), body.length - (PDF.length - 9));
  return new File([body], "scan.pdf", { type: "application/pdf" });
}

function addTo(draftId: string) {
  return (upload: Parameters<Parameters<typeof addUploadedFiles>[1]["add"]>[0]) =>
    addDraftDocument(prisma, store, {
      draftId,
      ruleSet,
      checklistItem: "income_proof",
      upload,
      maxBytes: 10 * MB,
      now: IN_WINDOW,
    });
}

async function storedFiles(draftId: string): Promise<string[]> {
  return readdir(path.join(rootDir, "drafts", draftId)).catch(() => []);
}

/** The message a family sees for a refusal, in both languages: it must exist and name no parameter left unfilled. */
function messages(code: DocumentIssueCode): string[] {
  const [namespace, ...rest] = documentIssue(code).messageKey.split(".");
  return (["ja", "en"] as const).map((locale) =>
    createNamespaceTranslator(namespace as "documentsStep", locale, { strict: true })(rest.join(".")),
  );
}

describe("uploads wait for the guardian page", () => {
  it("are refused for a draft whose guardian page was not saved, or saved with answers that do not pass", async () => {
    const { draftId } = await createDraft(prisma, { editionYear: 2026, now: IN_WINDOW, retentionMs: 86_400_000 });
    const answers = async () => (await prisma.draft.findUniqueOrThrow({ where: { id: draftId } })).answers;
    expect(guardianPageSaved(await answers())).toBe(false);
    await saveDraftStep(prisma, draftId, "guardian", { guardian: { familyName: "見本" } }, { now: IN_WINDOW });
    expect(guardianPageSaved(await answers())).toBe(false);
    await saveDraftStep(prisma, draftId, "guardian", { guardian: sampleAnswers().guardian }, { now: IN_WINDOW });
    expect(guardianPageSaved(await answers())).toBe(true);
    expect(guardianPageSaved(null)).toBe(false);
  });

  it("say why in Japanese and English", () => {
    const [japanese, english] = messages("guardianFirst");
    expect(japanese).toContain("保護者");
    expect(english).toMatch(/parent or guardian/);
  });
});

describe("the byte budget per client and hour", () => {
  it("refuses files once a client's megabytes are spent, keeps what came before, and leaves other clients alone", async () => {
    const draftId = await draftWithGuardian();
    const limits = admission({ perClientMb: 2 });
    const client = newClient();
    const first = await addUploadedFiles([pdfOf(0.8), pdfOf(0.8), pdfOf(0.8)], {
      admission: limits,
      client,
      add: addTo(draftId),
    });
    expect(first).toEqual({ added: 2, issue: documentIssue("uploadBudgetSpent") });
    expect(await storedFiles(draftId)).toHaveLength(2);
    // Another family on another address still has its budget.
    const other = await draftWithGuardian();
    expect(await addUploadedFiles([pdfOf(0.8)], { admission: limits, client: newClient(), add: addTo(other) })).toEqual(
      {
        added: 1,
      },
    );
  });

  it("counts only files that were kept: a refused file gives its bytes back", async () => {
    const draftId = await draftWithGuardian();
    const limits = admission({ perClientMb: 1 });
    const client = newClient();
    // A PNG named .pdf is refused by the document check, not by the budget.
    const renamed = new File([new Uint8Array(PNG)], "photo.pdf", { type: "application/pdf" });
    for (let index = 0; index < 5; index++) {
      expect(await addUploadedFiles([renamed], { admission: limits, client, add: addTo(draftId) })).toEqual({
        added: 0,
        issue: documentIssue("mismatch"),
      });
    }
    expect(await limits.perClient.check(client, MB)).toEqual({ allowed: true });
    expect(await addUploadedFiles([pdfOf(0.9)], { admission: limits, client, add: addTo(draftId) })).toEqual({
      added: 1,
    });
  });

  it("pauses uploads for everyone once all clients' megabytes for the hour are spent", async () => {
    const limits = admission({ allMb: 1 });
    const draftId = await draftWithGuardian();
    expect(
      await addUploadedFiles([pdfOf(0.9)], { admission: limits, client: newClient(), add: addTo(draftId) }),
    ).toEqual({ added: 1 });
    const client = newClient();
    const next = await addUploadedFiles([pdfOf(0.5)], { admission: limits, client, add: addTo(draftId) });
    expect(next).toEqual({ added: 0, issue: documentIssue("uploadsPaused") });
    // The refused client's own budget was given back.
    expect(await limits.perClient.check(client, 1000 * MB)).toEqual({ allowed: true });
  });

  it("says why in Japanese and English", () => {
    const [japanese, english] = messages("uploadBudgetSpent");
    expect(japanese).toContain("1時間");
    expect(english).toMatch(/hour/);
  });
});

describe("the free-disk floor", () => {
  it("refuses an upload that would leave less free space than the floor, storing nothing", async () => {
    const draftId = await draftWithGuardian();
    const limits = admission({ floorMb: 1024, freeMegabytes: 1024.5 });
    const client = newClient();
    expect(await addUploadedFiles([pdfOf(0.8)], { admission: limits, client, add: addTo(draftId) })).toEqual({
      added: 0,
      issue: documentIssue("uploadsPaused"),
    });
    expect(await storedFiles(draftId)).toEqual([]);
    // Nothing was taken from the client's budget either.
    expect(await limits.perClient.check(client, 1000 * MB)).toEqual({ allowed: true });
    // With room above the floor the same file is taken.
    const roomy = admission({ floorMb: 1024, freeMegabytes: 1026 });
    expect(await addUploadedFiles([pdfOf(0.8)], { admission: roomy, client, add: addTo(draftId) })).toEqual({
      added: 1,
    });
  });

  it("measures the real disk under the upload folder, before the folder exists too", async () => {
    const free = await freeBytesUnder(path.join(rootDir, "not", "made", "yet"));
    expect(free).toBeGreaterThan(0);
    // A floor above any disk's free space refuses with the real measurement.
    const real = createUploadAdmission(
      {
        UPLOAD_DIR: path.join(rootDir, "new"),
        UPLOAD_MB_PER_CLIENT_PER_HOUR: 10,
        UPLOAD_MB_PER_HOUR: 10,
        UPLOAD_MIN_FREE_MB: 10_000_000,
      },
      { prisma },
    );
    const draftId = await draftWithGuardian();
    expect(await addUploadedFiles([pdfOf(0.1)], { admission: real, client: newClient(), add: addTo(draftId) })).toEqual(
      {
        added: 0,
        issue: documentIssue("uploadsPaused"),
      },
    );
  });

  it("says why in Japanese and English", () => {
    const [japanese, english] = messages("uploadsPaused");
    expect(japanese).toContain("受け付けられません");
    expect(english).toMatch(/cannot take files/);
  });
});
