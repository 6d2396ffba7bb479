import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { containsBytes } from "./testing/bytes";
import { EXIF_MARKER } from "./testing/exif";
import * as hostile from "./testing/hostile-files";
import { PDF } from "./testing/sample-files";
import { checkDocumentUpload } from "./check-document-upload";

const ruleSet = builtInRuleSet(2026)!;
const MB = 1024 * 1024;

function check(bytes: Uint8Array, fileName: string) {
  return checkDocumentUpload(ruleSet, "income_proof", { bytes, fileName }, 10 * MB);
}

describe("checkDocumentUpload", () => {
  it("gives the bytes to store and their size: the upload's own for a clean PDF", async () => {
    expect(await check(PDF, "juminhyo.pdf")).toEqual({
      ok: true,
      data: { mimeType: "application/pdf", extension: "pdf", size: PDF.byteLength, nameMismatch: false, bytes: PDF },
    });
  });

  it("gives a re-encoded copy of a photo, without what followed it or its EXIF", async () => {
    const result = await check(hostile.JPEG_WITH_EXIF_THEN_HTML, "IMG_0001.JPG");
    if (!result.ok) throw new Error(result.issue.code);
    expect(result.data).toMatchObject({ mimeType: "image/jpeg", extension: "jpg", size: result.data.bytes.byteLength });
    expect(containsBytes(result.data.bytes, "<html")).toBe(false);
    expect(containsBytes(result.data.bytes, EXIF_MARKER)).toBe(false);
  });

  it("refuses active content and polyglots with their own messages", async () => {
    expect(await check(hostile.PDF_OPEN_ACTION_JAVASCRIPT, "scan.pdf")).toEqual({
      ok: false,
      issue: { code: "pdfActiveContent", messageKey: "fields.documents.pdfActiveContent" },
    });
    expect(await check(hostile.HTML_THEN_PDF, "scan.pdf")).toEqual({
      ok: false,
      issue: { code: "extraContent", messageKey: "fields.documents.extraContent" },
    });
    expect(await check(hostile.HEIC_THEN_HTML, "IMG_0002.HEIC")).toEqual({
      ok: false,
      issue: { code: "extraContent", messageKey: "fields.documents.extraContent" },
    });
  });

  it("checks the name before the content, as before", async () => {
    expect(await check(hostile.PDF_LAUNCH, "photo.png")).toMatchObject({ ok: false, issue: { code: "mismatch" } });
  });
});
