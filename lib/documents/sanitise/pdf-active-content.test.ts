import { describe, expect, it } from "vitest";
import * as hostile from "../testing/hostile-files";
import { PDF } from "../testing/sample-files";
import { byteText } from "./byte-text";
import { findActiveContent, findActiveContentInBytes } from "./pdf-active-content";
import { parsePdfObjects } from "./pdf-objects";

async function inObjects(bytes: Uint8Array) {
  const parsed = await parsePdfObjects(bytes, byteText(bytes));
  if (!parsed.ok) throw new Error(`not parsed: ${parsed.problem}`);
  return findActiveContent(parsed.context, parsed.objects);
}

// Each layer on its own, so that neither hides a gap in the other.
describe("findActiveContent (the parsed objects)", () => {
  it("finds nothing in a clean PDF, nor in a web link or an opening destination", async () => {
    expect(await inObjects(PDF)).toBeUndefined();
    expect(await inObjects(hostile.PDF_WITH_WEB_LINK)).toBeUndefined();
  });

  it("finds every kind of active content", async () => {
    for (const bytes of [
      hostile.PDF_OPEN_ACTION_JAVASCRIPT,
      hostile.PDF_NAMES_JAVASCRIPT,
      hostile.PDF_PAGE_AA_JAVASCRIPT,
      hostile.PDF_OBFUSCATED_JAVASCRIPT,
      hostile.PDF_LAUNCH,
      hostile.PDF_EMBEDDED_FILE,
      hostile.PDF_FILE_ATTACHMENT,
      hostile.PDF_OPEN_ACTION_URI,
      hostile.PDF_FILE_LINK,
      hostile.PDF_XFA,
      hostile.PDF_JAVASCRIPT_IN_OBJECT_STREAM,
    ]) {
      expect(await inObjects(bytes)).toBe("pdfActiveContent");
    }
  });

  it("finds the trailer's /Encrypt", async () => {
    expect(await inObjects(hostile.PDF_ENCRYPTED)).toBe("pdfProtected");
  });
});

describe("findActiveContentInBytes (the raw names)", () => {
  it("finds the long names wherever they are, escaped or not", () => {
    expect(findActiveContentInBytes(byteText(hostile.PDF_OBFUSCATED_JAVASCRIPT))).toBe("pdfActiveContent");
    expect(findActiveContentInBytes(byteText(hostile.PDF_LAUNCH))).toBe("pdfActiveContent");
    expect(findActiveContentInBytes(byteText(hostile.PDF_EMBEDDED_FILE))).toBe("pdfActiveContent");
    expect(findActiveContentInBytes(byteText(hostile.PDF_ENCRYPTED))).toBe("pdfProtected");
  });

  it("cannot see into object streams, nor short names: the parsed objects must", () => {
    expect(findActiveContentInBytes(byteText(hostile.PDF_JAVASCRIPT_IN_OBJECT_STREAM))).toBeUndefined();
    expect(findActiveContentInBytes(byteText(hostile.PDF_XFA))).toBeUndefined();
    expect(findActiveContentInBytes(byteText(PDF))).toBeUndefined();
  });
});
