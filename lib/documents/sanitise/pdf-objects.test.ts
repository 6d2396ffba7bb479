import { PDFDict, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { join } from "../testing/bytes";
import { pdfObjectStreamBomb } from "../testing/hostile-files";
import { buildPdf, documentPdf, objectStream } from "../testing/pdf-builder";
import { byteText } from "./byte-text";
import { PDF_STRUCTURE_BUDGET_BYTES, parsePdfObjects } from "./pdf-objects";

function parse(bytes: Uint8Array) {
  return parsePdfObjects(bytes, byteText(bytes));
}

function titles(objects: readonly unknown[]): string[] {
  return objects.flatMap((object) => {
    const title = object instanceof PDFDict ? object.get(PDFName.of("Title")) : undefined;
    return title ? [String(title)] : [];
  });
}

describe("parsePdfObjects", () => {
  it("returns the objects of object streams, and every version of a replaced object", async () => {
    const bytes = documentPdf({
      objects: [objectStream([[9, "<< /Title (in stream A) >>"]]), objectStream([[9, "<< /Title (in stream B) >>"]])],
    });
    const parsed = await parse(bytes);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(titles(parsed.objects)).toEqual(["(in stream A)", "(in stream B)"]);
  });

  it("refuses an object stream that inflates beyond the budget", async () => {
    expect(await parse(pdfObjectStreamBomb())).toEqual({ ok: false, problem: "pdfTooComplex" });
  });

  it("refuses a file whose object syntax alone is beyond the budget", async () => {
    const numbers = "0 ".repeat(PDF_STRUCTURE_BUDGET_BYTES / 2 + 1);
    expect(await parse(documentPdf({ objects: [`[${numbers}]`] }))).toEqual({ ok: false, problem: "pdfTooComplex" });
  });

  it("does not count stream data, which is skipped rather than parsed", async () => {
    const image = new Uint8Array(PDF_STRUCTURE_BUDGET_BYTES + 1).fill(0x41);
    expect(
      await parse(documentPdf({ objects: [{ entries: "/Type /XObject /Subtype /Image", stream: image }] })),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses an object stream whose filter or header it cannot trust", async () => {
    const lzw = documentPdf({ objects: [{ entries: "/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode", stream: "x" }] });
    const tooMany = documentPdf({ objects: [{ entries: "/Type /ObjStm /N 1000000 /First 4", stream: "9 0 <<>>" }] });
    expect(await parse(lzw)).toEqual({ ok: false, problem: "pdfUnreadable" });
    expect(await parse(tooMany)).toEqual({ ok: false, problem: "pdfUnreadable" });
  });

  it("refuses a file with no catalog, or an object it cannot parse", async () => {
    expect(await parse(buildPdf(["<< /Type /Pages /Kids [] /Count 0 >>"]))).toEqual({
      ok: false,
      problem: "pdfUnreadable",
    });
    expect(
      await parse(
        join("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /A (unclosed >>\nendobj\n%%EOF\n"),
      ),
    ).toEqual({
      ok: false,
      problem: "pdfUnreadable",
    });
  });
});
