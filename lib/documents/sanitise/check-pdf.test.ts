import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import * as hostile from "../testing/hostile-files";
import { PDF } from "../testing/sample-files";
import { checkPdf } from "./check-pdf";
import type { SanitiseProblem } from "./sanitise-problem";

/** A PDF as pdf-lib writes it: objects in compressed object streams, a cross-reference stream. */
async function writtenByPdfLib(withOpenAction?: "JavaScript" | "Launch"): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage().drawText("Certificate of income");
  if (withOpenAction) {
    const action = document.context.obj({
      S: withOpenAction,
      JS: PDFString.of("app.alert(1)"),
      F: PDFString.of("cmd.exe"),
    });
    document.catalog.set(PDFName.of("OpenAction"), document.context.register(action));
  }
  return document.save({ useObjectStreams: true });
}

describe("checkPdf", () => {
  it("keeps a clean PDF byte for byte", async () => {
    expect(await checkPdf(PDF)).toEqual({ ok: true, bytes: PDF });
    expect(await checkPdf(hostile.PDF_WITH_WEB_LINK)).toEqual({ ok: true, bytes: hostile.PDF_WITH_WEB_LINK });
  });

  it("keeps a clean PDF written with object streams and a cross-reference stream", async () => {
    const bytes = await writtenByPdfLib();
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/Type \/XRef/);
    expect(await checkPdf(bytes)).toEqual({ ok: true, bytes });
  });

  const refusals: [string, Uint8Array, SanitiseProblem][] = [
    ["JavaScript run on opening (/OpenAction)", hostile.PDF_OPEN_ACTION_JAVASCRIPT, "pdfActiveContent"],
    ["document-level JavaScript (/Names /JavaScript)", hostile.PDF_NAMES_JAVASCRIPT, "pdfActiveContent"],
    ["JavaScript run when the page opens (/AA)", hostile.PDF_PAGE_AA_JAVASCRIPT, "pdfActiveContent"],
    ["JavaScript under escaped names (/J#61vaScript, /J#53)", hostile.PDF_OBFUSCATED_JAVASCRIPT, "pdfActiveContent"],
    ["a link that starts a program (/Launch)", hostile.PDF_LAUNCH, "pdfActiveContent"],
    ["an attached program (/EmbeddedFiles)", hostile.PDF_EMBEDDED_FILE, "pdfActiveContent"],
    ["an attachment annotation (/FileAttachment)", hostile.PDF_FILE_ATTACHMENT, "pdfActiveContent"],
    ["a web address opened by itself (/OpenAction /URI)", hostile.PDF_OPEN_ACTION_URI, "pdfActiveContent"],
    ["a link to a file share (file://)", hostile.PDF_FILE_LINK, "pdfActiveContent"],
    ["an XFA form", hostile.PDF_XFA, "pdfActiveContent"],
    ["JavaScript inside an object stream", hostile.PDF_JAVASCRIPT_IN_OBJECT_STREAM, "pdfActiveContent"],
    ["an encrypted PDF", hostile.PDF_ENCRYPTED, "pdfProtected"],
    ["a damaged PDF", hostile.PDF_DAMAGED, "pdfUnreadable"],
    ["a web page after %%EOF", hostile.PDF_THEN_HTML, "extraContent"],
    ["a web page after %%EOF, followed by another %%EOF", hostile.PDF_THEN_HTML_THEN_EOF, "extraContent"],
    ["a script inside a comment", hostile.PDF_WITH_SCRIPT_COMMENT, "extraContent"],
  ];
  for (const [name, bytes, problem] of refusals) {
    it(`refuses ${name}`, async () => {
      expect(await checkPdf(bytes)).toEqual({ ok: false, problem });
    });
  }

  it("refuses active content that only the parsed object streams show", async () => {
    for (const action of ["JavaScript", "Launch"] as const) {
      const bytes = await writtenByPdfLib(action);
      expect(Buffer.from(bytes).toString("latin1")).not.toContain(action);
      expect(await checkPdf(bytes)).toEqual({ ok: false, problem: "pdfActiveContent" });
    }
  });

  it("refuses an object stream that would inflate beyond the budget, without inflating it", async () => {
    expect(await checkPdf(hostile.pdfObjectStreamBomb())).toEqual({ ok: false, problem: "pdfTooComplex" });
  });
});
