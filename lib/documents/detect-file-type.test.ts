import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect-file-type";
import { GIF, HEIC, HEIF, HTML, JPEG, PDF, PNG } from "./testing/sample-files";

describe("detectFileType", () => {
  it("recognises the document formats from their first bytes", async () => {
    expect(await detectFileType(PDF)).toEqual({ mimeType: "application/pdf", extension: "pdf" });
    expect(await detectFileType(JPEG)).toEqual({ mimeType: "image/jpeg", extension: "jpg" });
    expect(await detectFileType(PNG)).toEqual({ mimeType: "image/png", extension: "png" });
    expect(await detectFileType(HEIC)).toEqual({ mimeType: "image/heic", extension: "heic" });
    expect(await detectFileType(HEIF)).toEqual({ mimeType: "image/heif", extension: "heic" });
  });

  it("names other binary formats so they can be refused", async () => {
    expect(await detectFileType(GIF)).toEqual({ mimeType: "image/gif", extension: "gif" });
  });

  it("does not recognise text such as HTML, or nothing at all", async () => {
    expect(await detectFileType(HTML)).toBeUndefined();
    expect(await detectFileType(new Uint8Array())).toBeUndefined();
  });

  it("looks at the content only: a PDF cut short is still a PDF", async () => {
    expect(await detectFileType(PDF.subarray(0, 8))).toEqual({ mimeType: "application/pdf", extension: "pdf" });
  });
});
