import { describe, expect, it } from "vitest";
import { byteText } from "./byte-text";
import { HTML, PDF } from "../testing/sample-files";
import { HTML_THEN_PDF, PDF_THEN_HTML } from "../testing/hostile-files";
import { join } from "../testing/bytes";
import { hidesPdfHeader, pdfLayoutProblem } from "./pdf-layout";

describe("pdfLayoutProblem", () => {
  it("accepts a PDF that ends with %%EOF and line ends or padding", () => {
    expect(pdfLayoutProblem(byteText(PDF))).toBeUndefined();
    expect(pdfLayoutProblem(byteText(join(PDF, "\r\n\0\0  \n")))).toBeUndefined();
  });

  it("refuses data after the last %%EOF", () => {
    expect(pdfLayoutProblem(byteText(PDF_THEN_HTML))).toBe("extraContent");
    expect(pdfLayoutProblem(byteText(join(PDF, "PK\u0003\u0004")))).toBe("extraContent");
  });

  it("refuses bytes before the header, and a PDF without an end", () => {
    expect(pdfLayoutProblem(byteText(join(" ", PDF)))).toBe("extraContent");
    expect(pdfLayoutProblem("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")).toBe("pdfUnreadable");
  });
});

describe("hidesPdfHeader", () => {
  it("finds a PDF header after other bytes near the start, as viewers would", () => {
    expect(hidesPdfHeader(byteText(HTML_THEN_PDF))).toBe(true);
    expect(hidesPdfHeader(byteText(PDF))).toBe(false);
    expect(hidesPdfHeader(byteText(HTML))).toBe(false);
  });
});
