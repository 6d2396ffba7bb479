import { describe, expect, it } from "vitest";
import { containsBytes } from "../testing/bytes";
import { EXIF_MARKER } from "../testing/exif";
import * as hostile from "../testing/hostile-files";
import { HEIC, HEIF, HTML, JPEG, PDF, PNG } from "../testing/sample-files";
import { explainUnrecognised, sanitiseDocument } from "./sanitise-document";

describe("sanitiseDocument", () => {
  it("keeps a clean PDF as sent, and re-encodes PNG and JPEG", async () => {
    expect(await sanitiseDocument(PDF, "application/pdf")).toEqual({ ok: true, bytes: PDF });
    expect(await sanitiseDocument(PNG, "image/png")).toMatchObject({ ok: true });
    expect(await sanitiseDocument(JPEG, "image/jpeg")).toMatchObject({ ok: true });
  });

  it("keeps HEIC and HEIF photos with their location emptied", async () => {
    for (const [bytes, mimeType] of [
      [HEIC, "image/heic"],
      [HEIF, "image/heif"],
    ] as const) {
      const result = await sanitiseDocument(bytes, mimeType);
      expect(result).toMatchObject({ ok: true });
      expect(result.ok && result.bytes.byteLength).toBe(bytes.byteLength);
      expect(result.ok && containsBytes(result.bytes, EXIF_MARKER)).toBe(false);
    }
  });

  it("refuses a HEIC with a web page after it, or one inside it", async () => {
    expect(await sanitiseDocument(hostile.HEIC_THEN_HTML, "image/heic")).toEqual({
      ok: false,
      problem: "extraContent",
    });
    const structure = await sanitiseDocument(
      Uint8Array.from([...HEIC, 0, 0, 0, 16, ...new TextEncoder().encode("free<script>")]),
      "image/heic",
    );
    expect(structure).toEqual({ ok: false, problem: "extraContent" });
  });

  it("checks by the type the bytes were recognised as", async () => {
    expect(await sanitiseDocument(hostile.PDF_LAUNCH, "application/pdf")).toEqual({
      ok: false,
      problem: "pdfActiveContent",
    });
    expect(await sanitiseDocument(PDF, "image/jpeg")).toEqual({ ok: false, problem: "imageUnreadable" });
  });
});

describe("explainUnrecognised", () => {
  it("names a PDF hidden behind other bytes, and nothing else", () => {
    expect(explainUnrecognised(hostile.HTML_THEN_PDF)).toBe("extraContent");
    expect(explainUnrecognised(HTML)).toBeUndefined();
  });
});
