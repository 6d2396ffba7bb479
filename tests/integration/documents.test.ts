import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitApplication } from "@/lib/applications";
import { MAX_DOCUMENT_FILES } from "@/lib/applications/steps/documents-step";
import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import { addApplicationDocument } from "@/lib/documents/add-application-document";
import { addDraftDocument, type AddDraftDocumentInput } from "@/lib/documents/add-draft-document";
import { createDocumentStore, type DocumentStore } from "@/lib/documents/document-store";
import { removeDraftDocument } from "@/lib/documents/remove-draft-document";
import { saveSendLater } from "@/lib/documents/save-send-later";
import { containsBytes } from "@/lib/documents/testing/bytes";
import { EXIF_MARKER } from "@/lib/documents/testing/exif";
import { XMP_MARKER } from "@/lib/documents/testing/heic-builder";
import * as hostile from "@/lib/documents/testing/hostile-files";
import { HEIC, HTML, JPEG, PDF, PNG } from "@/lib/documents/testing/sample-files";
import { createDraft, saveDraftStep } from "@/lib/drafts";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { whileDatabaseRefuses } from "./support/refuse-writes";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const ruleSet: RuleSet = builtInRuleSet(2026)!;
const inWindow = new Date("2026-01-10T03:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;
const MB = 1024 * 1024;
const maxBytes = 10 * MB;

let rootDir: string;
let store: DocumentStore;
beforeAll(async () => {
  await installBuiltInRuleSets(prisma);
  rootDir = await mkdtemp(path.join(tmpdir(), "documents-itest-"));
  store = createDocumentStore(rootDir);
});
afterAll(async () => {
  await prisma.$disconnect();
  await rm(rootDir, { recursive: true, force: true });
});

/** Every file in the store's folder for this owner ("drafts/<id>"), as storage keys. */
async function storedFiles(owner: string): Promise<string[]> {
  const entries = await readdir(path.join(rootDir, owner), { withFileTypes: true }).catch(() => []);
  return entries.map((entry) => `${owner}/${entry.name}`).sort();
}

async function newDraft() {
  const { draftId } = await createDraft(prisma, { editionYear: 2026, now: inWindow, retentionMs: 30 * DAY });
  return draftId;
}

async function draftDocuments(draftId: string): Promise<unknown> {
  const draft = await prisma.draft.findUniqueOrThrow({ where: { id: draftId }, select: { answers: true } });
  return (draft.answers as Record<string, unknown>).documents;
}

function upload(draftId: string, bytes: Uint8Array, fileName: string, checklistItem = "income_proof") {
  const input: AddDraftDocumentInput = {
    draftId,
    ruleSet,
    checklistItem,
    upload: { bytes, fileName },
    maxBytes,
    now: inWindow,
    retentionMs: 30 * DAY,
  };
  return addDraftDocument(prisma, store, input);
}

/** bytes that begin like `start` and are `size` long. */
function padded(start: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(start);
  return bytes;
}

describe("adding documents to a draft", () => {
  it("stores the file under a key of its own and lists it in the draft, keeping the other answers", async () => {
    const draftId = await newDraft();
    await saveDraftStep(prisma, draftId, "household", { household: { size: "3" } }, { now: inWindow });
    await saveDraftStep(
      prisma,
      draftId,
      "documents",
      { documents: { files: [], sendLater: ["disability_proof"] } },
      { now: inWindow },
    );

    const added = await upload(draftId, PDF, "住民票.pdf");
    const photo = await upload(draftId, JPEG, "IMG_0001.jpeg", "disability_proof");

    expect(added).toMatchObject({ ok: true, file: { checklistItem: "income_proof", mimeType: "application/pdf" } });
    if (!added.ok || !photo.ok) throw new Error("upload refused");
    expect(added.file.storageKey).toMatch(new RegExp(`^drafts/${draftId}/[0-9a-f-]{36}\\.pdf$`));
    expect(added.file.storageKey).not.toContain("住民票");
    expect(await draftDocuments(draftId)).toEqual({
      files: [
        {
          checklistItem: "income_proof",
          storageKey: added.file.storageKey,
          mimeType: "application/pdf",
          size: PDF.length,
        },
        {
          checklistItem: "disability_proof",
          storageKey: photo.file.storageKey,
          mimeType: "image/jpeg",
          // Photos are stored re-encoded: the size is the stored file's.
          size: (await store.read(photo.file.storageKey))?.byteLength,
        },
      ],
      sendLater: ["disability_proof"],
    });
    const draft = await prisma.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.answers).toMatchObject({ household: { size: "3" } });
    expect(draft.currentStep).toBe("documents");
    expect(await store.read(added.file.storageKey)).toEqual(PDF);
    expect(await storedFiles(`drafts/${draftId}`)).toEqual([added.file.storageKey, photo.file.storageKey].sort());
  });

  it("keeps every file when several uploads reach the same draft at once", async () => {
    const draftId = await newDraft();
    const results = await Promise.all(
      [PDF, JPEG, PNG, PDF, JPEG].map((bytes, index) => upload(draftId, bytes, `${index}`)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const documents = (await draftDocuments(draftId)) as { files: { storageKey: string }[] };
    expect(documents.files.map((file) => file.storageKey).sort()).toEqual(await storedFiles(`drafts/${draftId}`));
    expect(documents.files).toHaveLength(5);
  });

  describe("refuses hostile or broken uploads with a clear message and stores nothing", () => {
    const cases: [string, Uint8Array, string, string, Record<string, unknown>][] = [
      [
        "a 50 MB file",
        padded(PDF, 50 * MB),
        "scan.pdf",
        "income_proof",
        { code: "tooLarge", messageKey: "fields.documents.tooLarge", params: { maxMegabytes: 10 } },
      ],
      [
        "a PDF renamed .png",
        PDF,
        "photo.png",
        "income_proof",
        { code: "mismatch", messageKey: "fields.documents.mismatch" },
      ],
      [
        "an HTML page renamed .pdf",
        HTML,
        "certificate.pdf",
        "income_proof",
        { code: "unsupportedType", messageKey: "fields.documents.unsupportedType" },
      ],
      [
        "an empty file",
        new Uint8Array(),
        "scan.pdf",
        "income_proof",
        { code: "empty", messageKey: "fields.documents.empty" },
      ],
      [
        "a checklist item the edition does not have",
        PDF,
        "scan.pdf",
        "../../etc/passwd",
        { code: "unknownItem", messageKey: "application.errors.checklistItem" },
      ],
      [
        "a made-up checklist item",
        PDF,
        "scan.pdf",
        "passport",
        { code: "unknownItem", messageKey: "application.errors.checklistItem" },
      ],
    ];
    for (const [name, bytes, fileName, item, issue] of cases) {
      it(name, async () => {
        const draftId = await newDraft();
        expect(await upload(draftId, bytes, fileName, item)).toEqual({ ok: false, issue });
        expect(await storedFiles(`drafts/${draftId}`)).toEqual([]);
        expect(await draftDocuments(draftId)).toBeUndefined();
      });
    }
  });

  it("refuses a draft that has been sent, or has expired, and stores nothing", async () => {
    const answers = sampleAnswers();
    answers.documents = { files: [], sendLater: ["income_proof", "disability_proof"] };
    const sent = await newDraft();
    for (const [step, value] of Object.entries(answers)) {
      await saveDraftStep(prisma, sent, step, { [step]: value }, { now: inWindow });
    }
    const submitted = await submitApplication(prisma, {
      draftId: sent,
      ruleSet,
      now: inWindow,
      locale: "ja",
      siteUrl: "https://apply.example.org",
      privacyNoticeVersion: "2026-01",
    });
    expect(submitted).toMatchObject({ ok: true });
    expect(await upload(sent, PDF, "late.pdf")).toEqual({
      ok: false,
      issue: { code: "closed", messageKey: "documentsStep.errors.closed" },
    });
    expect(await storedFiles(`drafts/${sent}`)).toEqual([]);

    const expired = await newDraft();
    const result = await addDraftDocument(prisma, store, {
      draftId: expired,
      ruleSet,
      checklistItem: "income_proof",
      upload: { bytes: PDF },
      maxBytes,
      now: new Date(inWindow.getTime() + 31 * DAY),
    });
    expect(result).toMatchObject({ ok: false, issue: { code: "closed" } });
    expect(await storedFiles(`drafts/${expired}`)).toEqual([]);

    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await upload(unknown, PDF, "scan.pdf")).toMatchObject({ ok: false, issue: { code: "closed" } });
    expect(await upload("not-a-draft", PDF, "scan.pdf")).toMatchObject({ ok: false, issue: { code: "closed" } });
    expect(await storedFiles(`drafts/${unknown}`)).toEqual([]);
  });

  it(`refuses a file beyond ${MAX_DOCUMENT_FILES} per draft and stores nothing`, async () => {
    const draftId = await newDraft();
    for (let index = 0; index < MAX_DOCUMENT_FILES; index++) {
      expect(await upload(draftId, PNG, "page.png")).toMatchObject({ ok: true });
    }
    expect(await upload(draftId, PNG, "one-more.png")).toEqual({
      ok: false,
      issue: { code: "tooManyFiles", messageKey: "application.errors.tooManyFiles" },
    });
    expect(await storedFiles(`drafts/${draftId}`)).toHaveLength(MAX_DOCUMENT_FILES);
  });

  it("leaves no file behind when the database fails after the file was written", async () => {
    const draftId = await newDraft();
    // The database refuses any change to this one draft.
    await whileDatabaseRefuses(
      prisma,
      { name: "refuse_draft_update", on: "BEFORE UPDATE ON draft", when: `OLD.id = '${draftId}'::uuid` },
      () => expect(upload(draftId, PDF, "scan.pdf")).rejects.toThrow(),
    );
    expect(await storedFiles(`drafts/${draftId}`)).toEqual([]);
    expect(await draftDocuments(draftId)).toBeUndefined();
  });

  it("reads a draft whose documents answer is malformed as having no files", async () => {
    const draftId = await newDraft();
    await saveDraftStep(
      prisma,
      draftId,
      "documents",
      { documents: { files: "many", sendLater: [] } },
      { now: inWindow },
    );
    const added = await upload(draftId, PDF, "scan.pdf");
    expect(added).toMatchObject({ ok: true });
    expect(await draftDocuments(draftId)).toMatchObject({ files: [{ checklistItem: "income_proof" }], sendLater: [] });
  });
});

describe("documents that could attack the caseworker who opens them", () => {
  const refusals: [string, Uint8Array, string, string][] = [
    [
      "a PDF that runs JavaScript on opening (/OpenAction)",
      hostile.PDF_OPEN_ACTION_JAVASCRIPT,
      "scan.pdf",
      "pdfActiveContent",
    ],
    [
      "a PDF with document JavaScript (/Names /JavaScript)",
      hostile.PDF_NAMES_JAVASCRIPT,
      "scan.pdf",
      "pdfActiveContent",
    ],
    [
      "a PDF that runs JavaScript when its page opens (/AA)",
      hostile.PDF_PAGE_AA_JAVASCRIPT,
      "scan.pdf",
      "pdfActiveContent",
    ],
    [
      "a PDF with JavaScript under escaped names (/J#61vaScript)",
      hostile.PDF_OBFUSCATED_JAVASCRIPT,
      "scan.pdf",
      "pdfActiveContent",
    ],
    ["a PDF whose link starts a program (/Launch)", hostile.PDF_LAUNCH, "scan.pdf", "pdfActiveContent"],
    ["a PDF with an attached program (/EmbeddedFiles)", hostile.PDF_EMBEDDED_FILE, "scan.pdf", "pdfActiveContent"],
    ["a PDF with an attachment annotation", hostile.PDF_FILE_ATTACHMENT, "scan.pdf", "pdfActiveContent"],
    ["a PDF that opens a web address by itself", hostile.PDF_OPEN_ACTION_URI, "scan.pdf", "pdfActiveContent"],
    [
      "a PDF with JavaScript inside an object stream",
      hostile.PDF_JAVASCRIPT_IN_OBJECT_STREAM,
      "scan.pdf",
      "pdfActiveContent",
    ],
    ["an encrypted PDF", hostile.PDF_ENCRYPTED, "scan.pdf", "pdfProtected"],
    ["a damaged PDF", hostile.PDF_DAMAGED, "scan.pdf", "pdfUnreadable"],
    ["a PDF whose object stream inflates to 16 MB", hostile.pdfObjectStreamBomb(), "scan.pdf", "pdfTooComplex"],
    ["an HTML page with a PDF after it (a polyglot)", hostile.HTML_THEN_PDF, "scan.pdf", "extraContent"],
    ["a PDF with an HTML page appended after %%EOF", hostile.PDF_THEN_HTML, "scan.pdf", "extraContent"],
    ["a PDF with an HTML page and another %%EOF appended", hostile.PDF_THEN_HTML_THEN_EOF, "scan.pdf", "extraContent"],
    ["a HEIC photo with an HTML page after its last box", hostile.HEIC_THEN_HTML, "IMG_0001.HEIC", "extraContent"],
    ["a HEIC photo with bytes after its last box", hostile.HEIC_THEN_BYTES, "IMG_0001.HEIC", "extraContent"],
    [
      "a PNG of 20000 × 20000 pixels (a decompression bomb)",
      hostile.PNG_DECOMPRESSION_BOMB,
      "scan.png",
      "imageTooLarge",
    ],
  ];
  for (const [name, bytes, fileName, code] of refusals) {
    it(`refuses ${name} with its own message and stores nothing`, async () => {
      const draftId = await newDraft();
      expect(await upload(draftId, bytes, fileName)).toEqual({
        ok: false,
        issue: { code, messageKey: `fields.documents.${code}` },
      });
      expect(await storedFiles(`drafts/${draftId}`)).toEqual([]);
      expect(await draftDocuments(draftId)).toBeUndefined();
    });
  }

  const cleaned: [string, Uint8Array, string, string][] = [
    ["a PNG with an HTML page after IEND", hostile.PNG_THEN_HTML, "scan.png", "image/png"],
    ["a PNG with EXIF and an HTML page after IEND", hostile.PNG_WITH_EXIF_THEN_HTML, "scan.png", "image/png"],
    [
      "a JPEG with EXIF (GPS) and an HTML page after EOI",
      hostile.JPEG_WITH_EXIF_THEN_HTML,
      "IMG_0001.jpg",
      "image/jpeg",
    ],
  ];
  for (const [name, bytes, fileName, mimeType] of cleaned) {
    it(`stores ${name} re-encoded, without the page or the EXIF`, async () => {
      const draftId = await newDraft();
      const added = await upload(draftId, bytes, fileName);
      if (!added.ok) throw new Error(`refused: ${added.issue.code}`);
      const stored = await store.read(added.file.storageKey);
      if (!stored) throw new Error("not stored");
      expect(added.file).toMatchObject({ mimeType, size: stored.byteLength });
      for (const trace of ["<html", "<script", "Exif", "eXIf", EXIF_MARKER])
        expect(containsBytes(stored, trace), trace).toBe(false);
      expect(await draftDocuments(draftId)).toEqual({ files: [added.file], sendLater: [] });
    });
  }

  it("stores a HEIC photo with its EXIF and XMP emptied, the same size", async () => {
    const draftId = await newDraft();
    const added = await upload(draftId, HEIC, "IMG_0002.HEIC");
    if (!added.ok) throw new Error(`refused: ${added.issue.code}`);
    const stored = await store.read(added.file.storageKey);
    expect(added.file).toMatchObject({ mimeType: "image/heic", size: HEIC.byteLength });
    expect(added.file.storageKey).toMatch(/\.heic$/u);
    expect(stored?.byteLength).toBe(HEIC.byteLength);
    expect(containsBytes(stored ?? HEIC, EXIF_MARKER) || containsBytes(stored ?? HEIC, XMP_MARKER)).toBe(false);
  });

  it("still accepts clean PDFs, PNGs, JPEGs and HEICs, and a PDF with a web link", async () => {
    const draftId = await newDraft();
    const files: [Uint8Array, string][] = [
      [PDF, "kazei.pdf"],
      [PNG, "page.png"],
      [JPEG, "photo.jpg"],
      [HEIC, "IMG_0003.HEIC"],
      [hostile.PDF_WITH_WEB_LINK, "letter.pdf"],
    ];
    for (const [bytes, fileName] of files)
      expect(await upload(draftId, bytes, fileName), fileName).toMatchObject({ ok: true });
    expect(await storedFiles(`drafts/${draftId}`)).toHaveLength(files.length);
    const documents = (await draftDocuments(draftId)) as { files: { storageKey: string; mimeType: string }[] };
    expect(documents.files.map((file) => file.mimeType)).toEqual([
      "application/pdf",
      "image/png",
      "image/jpeg",
      "image/heic",
      "application/pdf",
    ]);
    expect(await store.read(documents.files[0]?.storageKey ?? "")).toEqual(PDF);
  });
});

describe("removing documents from a draft", () => {
  it("takes the file off the draft and deletes it, keeping the others", async () => {
    const draftId = await newDraft();
    const first = await upload(draftId, PDF, "a.pdf");
    const second = await upload(draftId, PNG, "b.png");
    if (!first.ok || !second.ok) throw new Error("upload refused");

    const removal = { draftId, storageKey: first.file.storageKey, now: inWindow };
    expect(await removeDraftDocument(prisma, store, removal)).toEqual({ ok: true, removed: true });
    expect(await removeDraftDocument(prisma, store, removal)).toEqual({ ok: true, removed: false });
    expect(await draftDocuments(draftId)).toEqual({ files: [second.file], sendLater: [] });
    expect(await storedFiles(`drafts/${draftId}`)).toEqual([second.file.storageKey]);
  });

  it("never deletes a file of another draft, even when its key was planted in this draft's answers", async () => {
    const victim = await newDraft();
    const theirs = await upload(victim, PDF, "theirs.pdf");
    if (!theirs.ok) throw new Error("upload refused");
    const attacker = await newDraft();
    await saveDraftStep(
      prisma,
      attacker,
      "documents",
      { documents: { files: [theirs.file], sendLater: [] } },
      {
        now: inWindow,
      },
    );
    const result = await removeDraftDocument(prisma, store, {
      draftId: attacker,
      storageKey: theirs.file.storageKey,
      now: inWindow,
    });
    expect(result).toEqual({ ok: true, removed: true });
    expect(await store.read(theirs.file.storageKey)).toEqual(PDF);
    expect(await storedFiles(`drafts/${victim}`)).toEqual([theirs.file.storageKey]);
  });

  it("refuses to change a draft that has expired", async () => {
    const draftId = await newDraft();
    const added = await upload(draftId, PDF, "a.pdf");
    if (!added.ok) throw new Error("upload refused");
    const later = new Date(inWindow.getTime() + 31 * DAY);
    expect(
      await removeDraftDocument(prisma, store, { draftId, storageKey: added.file.storageKey, now: later }),
    ).toEqual({
      ok: false,
      issue: { code: "closed", messageKey: "documentsStep.errors.closed" },
    });
    expect(await storedFiles(`drafts/${draftId}`)).toEqual([added.file.storageKey]);
  });
});

describe("saving the documents to send later", () => {
  it("sets the items to send later and keeps the files, even those added in the meantime", async () => {
    const draftId = await newDraft();
    const first = await upload(draftId, PDF, "a.pdf");
    const [saved, second] = await Promise.all([
      saveSendLater(prisma, draftId, ["disability_proof"], { now: inWindow, retentionMs: 30 * DAY }),
      upload(draftId, PNG, "b.png"),
    ]);
    if (!first.ok || !second.ok) throw new Error("upload refused");
    expect(saved).toBe(true);
    expect(await draftDocuments(draftId)).toEqual({
      files: [first.file, second.file],
      sendLater: ["disability_proof"],
    });
    expect(await saveSendLater(prisma, draftId, [], { now: inWindow })).toBe(true);
    expect(await draftDocuments(draftId)).toEqual({ files: [first.file, second.file], sendLater: [] });
  });

  it("refuses an expired draft", async () => {
    const draftId = await newDraft();
    expect(
      await saveSendLater(prisma, draftId, ["income_proof"], { now: new Date(inWindow.getTime() + 31 * DAY) }),
    ).toBe(false);
    expect(await draftDocuments(draftId)).toBeUndefined();
  });
});

describe("adding documents to an application when information is requested", () => {
  async function submittedApplication(): Promise<string> {
    const answers = sampleAnswers();
    answers.documents = { files: [], sendLater: ["income_proof", "disability_proof"] };
    const draftId = await newDraft();
    for (const [step, value] of Object.entries(answers)) {
      await saveDraftStep(prisma, draftId, step, { [step]: value }, { now: inWindow });
    }
    const result = await submitApplication(prisma, {
      draftId,
      ruleSet,
      now: inWindow,
      locale: "en",
      siteUrl: "https://apply.example.org",
      privacyNoticeVersion: "2026-01",
    });
    if (!result.ok) throw new Error("submission failed");
    return result.applicationId;
  }

  function send(applicationId: string, bytes: Uint8Array, fileName: string, checklistItem = "income_proof") {
    return addApplicationDocument(prisma, store, {
      applicationId,
      checklistItem,
      upload: { bytes, fileName },
      maxBytes,
      now: inWindow,
    });
  }

  it("stores the file and records it as one of the application's documents", async () => {
    const applicationId = await submittedApplication();
    await prisma.application.update({ where: { id: applicationId }, data: { status: "information_requested" } });
    expect(await send(applicationId, JPEG, "certificate.jpg")).toEqual({ ok: true });
    const documents = await prisma.applicationDocument.findMany({ where: { applicationId } });
    const stored = await store.read(documents[0]?.storageKey ?? "");
    expect(documents).toMatchObject([
      { checklistItem: "income_proof", mimeType: "image/jpeg", sizeBytes: stored?.byteLength },
    ]);
    expect(documents[0]?.storageKey).toMatch(new RegExp(`^applications/${applicationId}/[0-9a-f-]{36}\\.jpg$`));
    expect(stored?.subarray(0, 2)).toEqual(JPEG.subarray(0, 2));
  });

  it("refuses while the application is not waiting for information, and hostile files, storing nothing", async () => {
    const applicationId = await submittedApplication();
    expect(await send(applicationId, PDF, "scan.pdf")).toEqual({
      ok: false,
      issue: { code: "closed", messageKey: "documentsStep.errors.closed" },
    });
    await prisma.application.update({ where: { id: applicationId }, data: { status: "information_requested" } });
    expect(await send(applicationId, HTML, "scan.pdf")).toMatchObject({
      ok: false,
      issue: { code: "unsupportedType" },
    });
    expect(await send(applicationId, PDF, "scan.png")).toMatchObject({ ok: false, issue: { code: "mismatch" } });
    expect(await send(applicationId, padded(PDF, 50 * MB), "scan.pdf")).toMatchObject({
      ok: false,
      issue: { code: "tooLarge" },
    });
    expect(await send(applicationId, PDF, "scan.pdf", "passport")).toMatchObject({
      ok: false,
      issue: { code: "unknownItem" },
    });
    expect(await send("not-an-id", PDF, "scan.pdf")).toMatchObject({ ok: false, issue: { code: "closed" } });
    expect(await prisma.applicationDocument.count({ where: { applicationId } })).toBe(0);
    expect(await storedFiles(`applications/${applicationId}`)).toEqual([]);
  });

  it("refuses active PDFs and polyglots sent when asked, and stores photos re-encoded", async () => {
    const applicationId = await submittedApplication();
    await prisma.application.update({ where: { id: applicationId }, data: { status: "information_requested" } });
    expect(await send(applicationId, hostile.PDF_JAVASCRIPT_IN_OBJECT_STREAM, "scan.pdf")).toEqual({
      ok: false,
      issue: { code: "pdfActiveContent", messageKey: "fields.documents.pdfActiveContent" },
    });
    expect(await send(applicationId, hostile.PDF_THEN_HTML, "scan.pdf")).toEqual({
      ok: false,
      issue: { code: "extraContent", messageKey: "fields.documents.extraContent" },
    });
    expect(await send(applicationId, hostile.HTML_THEN_PDF, "scan.pdf")).toMatchObject({
      ok: false,
      issue: { code: "extraContent" },
    });
    expect(await prisma.applicationDocument.count({ where: { applicationId } })).toBe(0);
    expect(await storedFiles(`applications/${applicationId}`)).toEqual([]);

    expect(await send(applicationId, hostile.JPEG_WITH_EXIF_THEN_HTML, "IMG_0001.jpg")).toEqual({ ok: true });
    const [document] = await prisma.applicationDocument.findMany({ where: { applicationId } });
    const stored = await store.read(document?.storageKey ?? "");
    if (!document || !stored) throw new Error("not stored");
    expect(document).toMatchObject({ mimeType: "image/jpeg", sizeBytes: stored.byteLength });
    for (const trace of ["<html", "Exif", EXIF_MARKER]) expect(containsBytes(stored, trace), trace).toBe(false);
  });

  it("leaves no file behind when the database refuses the row", async () => {
    const applicationId = await submittedApplication();
    await prisma.application.update({ where: { id: applicationId }, data: { status: "information_requested" } });
    await whileDatabaseRefuses(
      prisma,
      {
        name: "refuse_document_insert",
        on: "BEFORE INSERT ON application_document",
        when: `NEW.application_id = '${applicationId}'::uuid`,
      },
      () => expect(send(applicationId, PDF, "scan.pdf")).rejects.toThrow(),
    );
    expect(await storedFiles(`applications/${applicationId}`)).toEqual([]);
    expect(await prisma.applicationDocument.count({ where: { applicationId } })).toBe(0);
  });
});
