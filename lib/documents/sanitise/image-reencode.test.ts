import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { containsBytes, join } from "../testing/bytes";
import { EXIF_MARKER } from "../testing/exif";
import * as hostile from "../testing/hostile-files";
import { HTML, JPEG, PDF, PNG } from "../testing/sample-files";
import { reencodeImage } from "./image-reencode";

async function reencoded(bytes: Uint8Array, format: "jpeg" | "png"): Promise<Uint8Array> {
  const result = await reencodeImage(bytes, format);
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.bytes;
}

/** Where the image data ends: after PNG's IEND chunk (and its CRC), or JPEG's EOI marker. */
function endOfImage(bytes: Uint8Array, format: "jpeg" | "png"): number {
  const text = Buffer.from(bytes).toString("latin1");
  return format === "png" ? text.lastIndexOf("IEND") + 8 : text.lastIndexOf("\u00ff\u00d9") + 2;
}

describe("reencodeImage", () => {
  it("re-encodes a PNG with a web page appended into a PNG that ends at IEND", async () => {
    const bytes = await reencoded(hostile.PNG_THEN_HTML, "png");
    expect(containsBytes(bytes, "<html")).toBe(false);
    expect(endOfImage(bytes, "png")).toBe(bytes.byteLength);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "png", width: 2, height: 1 });
  });

  it("keeps the pixels", async () => {
    const { data } = await sharp(await reencoded(hostile.PNG_THEN_HTML, "png"))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([40, 90, 160, 255, 255, 255]);
  });

  it("re-encodes a JPEG with EXIF and a web page into a JPEG with neither, turned the way EXIF said", async () => {
    const bytes = await reencoded(hostile.JPEG_WITH_EXIF_THEN_HTML, "jpeg");
    expect(containsBytes(bytes, "<html")).toBe(false);
    expect(containsBytes(bytes, "Exif")).toBe(false);
    expect(containsBytes(bytes, EXIF_MARKER)).toBe(false);
    expect(endOfImage(bytes, "jpeg")).toBe(bytes.byteLength);
    // Orientation 6: the 2×1 photo is shown turned a quarter clockwise, 1×2.
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 1, height: 2 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it("drops a PNG's EXIF chunk", async () => {
    const bytes = await reencoded(hostile.PNG_WITH_EXIF_THEN_HTML, "png");
    expect(containsBytes(bytes, "eXIf")).toBe(false);
    expect(containsBytes(bytes, EXIF_MARKER)).toBe(false);
  });

  it("re-encodes clean images too, so that no upload is stored as it came", async () => {
    expect(await sharp(await reencoded(JPEG, "jpeg")).metadata()).toMatchObject({
      format: "jpeg",
      width: 2,
      height: 1,
    });
    expect(await sharp(await reencoded(PNG, "png")).metadata()).toMatchObject({ format: "png", width: 2, height: 1 });
  });

  it("refuses an image of more pixels than it decodes, before decoding it", async () => {
    expect(await reencodeImage(hostile.PNG_DECOMPRESSION_BOMB, "png")).toEqual({ ok: false, problem: "imageTooLarge" });
  });

  it("refuses what is not the image it was taken for", async () => {
    expect(await reencodeImage(PNG, "jpeg")).toEqual({ ok: false, problem: "imageUnreadable" });
    expect(await reencodeImage(PDF, "png")).toEqual({ ok: false, problem: "imageUnreadable" });
    expect(await reencodeImage(join(PNG.subarray(0, 30), HTML), "png")).toEqual({
      ok: false,
      problem: "imageUnreadable",
    });
  });

  it("handles several at once, one after another", async () => {
    const results = await Promise.all(
      [JPEG, PNG, hostile.PNG_DECOMPRESSION_BOMB, JPEG].map((bytes, index) =>
        reencodeImage(bytes, index === 0 || index === 3 ? "jpeg" : "png"),
      ),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, false, true]);
  });
});
