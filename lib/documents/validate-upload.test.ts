import { describe, expect, it } from "vitest";
import { HEIC, HEIF, HTML, GIF, JPEG, PDF, PNG, ZIP } from "./testing/sample-files";
import { DEFAULT_MAX_UPLOAD_BYTES, validateUpload } from "./validate-upload";

function padded(start: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(start);
  return bytes;
}

describe("validateUpload", () => {
  it("accepts PDF, JPEG, PNG and HEIC/HEIF and gives the extension to store each under", async () => {
    expect(await validateUpload({ bytes: PDF, fileName: "住民票.pdf" })).toEqual({
      ok: true,
      data: { mimeType: "application/pdf", extension: "pdf", size: PDF.byteLength, nameMismatch: false },
    });
    expect(await validateUpload({ bytes: JPEG, fileName: "photo.JPEG" })).toMatchObject({
      ok: true,
      data: { extension: "jpg", nameMismatch: false },
    });
    expect(await validateUpload({ bytes: PNG, fileName: "Screenshot.png" })).toMatchObject({
      ok: true,
      data: { extension: "png" },
    });
    expect(await validateUpload({ bytes: HEIC, fileName: "IMG_0001.HEIC" })).toMatchObject({
      ok: true,
      data: { mimeType: "image/heic", extension: "heic", nameMismatch: false },
    });
    expect(await validateUpload({ bytes: HEIF })).toMatchObject({
      ok: true,
      data: { mimeType: "image/heif", extension: "heif" },
    });
  });

  it("refuses an HTML page renamed .pdf", async () => {
    expect(await validateUpload({ bytes: HTML, fileName: "certificate.pdf" })).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "documents.unsupportedType" }],
    });
  });

  it("refuses other formats, whatever they are called", async () => {
    for (const bytes of [GIF, ZIP]) {
      expect(await validateUpload({ bytes, fileName: "scan.jpg" })).toEqual({
        ok: false,
        issues: [{ path: "", messageKey: "documents.unsupportedType" }],
      });
    }
  });

  it("accepts a PDF renamed .png as a PDF, reporting that the name disagrees", async () => {
    expect(await validateUpload({ bytes: PDF, fileName: "scan.png" })).toEqual({
      ok: true,
      data: { mimeType: "application/pdf", extension: "pdf", size: PDF.byteLength, nameMismatch: true },
    });
  });

  it("refuses that PDF when the caller asks for names to match", async () => {
    expect(await validateUpload({ bytes: PDF, fileName: "scan.png" }, { rejectNameMismatch: true })).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "documents.mismatch" }],
    });
    expect(await validateUpload({ bytes: PDF, fileName: "scan.PDF" }, { rejectNameMismatch: true })).toMatchObject({
      ok: true,
    });
  });

  it("reads the extension from the end of the name only", async () => {
    for (const fileName of ["C:\\fakepath\\scan.pdf", "ｓｃａｎ．ｐｄｆ", "scan", ".pdf", "scan."]) {
      expect(await validateUpload({ bytes: PDF, fileName })).toMatchObject({ ok: true, data: { nameMismatch: false } });
    }
    expect(await validateUpload({ bytes: PDF, fileName: "scan.pdf.exe" })).toMatchObject({
      ok: true,
      data: { nameMismatch: true },
    });
  });

  it("refuses an empty file", async () => {
    expect(await validateUpload({ bytes: new Uint8Array(), fileName: "scan.pdf" })).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "documents.empty" }],
    });
  });

  it("accepts up to 10 MB by default and says what the limit is beyond it", async () => {
    expect(await validateUpload({ bytes: padded(PDF, DEFAULT_MAX_UPLOAD_BYTES) })).toMatchObject({ ok: true });
    expect(await validateUpload({ bytes: padded(PDF, DEFAULT_MAX_UPLOAD_BYTES + 1) })).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "documents.tooLarge", params: { maxMegabytes: 10 } }],
    });
  });

  it("takes another size limit as a parameter", async () => {
    const limit = 2 * 1024 * 1024;
    expect(await validateUpload({ bytes: padded(JPEG, limit + 1) }, { maxBytes: limit })).toEqual({
      ok: false,
      issues: [{ path: "", messageKey: "documents.tooLarge", params: { maxMegabytes: 2 } }],
    });
  });
});
