import { crc32, deflateSync } from "node:zlib";
import { ascii, bigEndian32, hex, join } from "./bytes";
import { exifTiff } from "./exif";
import { buildHeic } from "./heic-builder";
import { documentPdf } from "./pdf-builder";

// Test support: small, valid files of each format, built here rather than kept as binary fixtures
// so a reader can see exactly what is being checked. Each passes every check an upload gets.

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = join(ascii(type), data);
  return join(bigEndian32(data.length), body, bigEndian32(crc32(body)));
}

/** A PNG of the given RGB rows (each row: width × 3 bytes), with `chunks` before the image data. */
export function rgbPng(
  width: number,
  rows: readonly (readonly number[])[],
  chunks: readonly Uint8Array[] = [],
): Uint8Array {
  // Each row starts with its filter type, 0 (none).
  const scanlines = Uint8Array.from(rows.flatMap((row) => [0, ...row]));
  return join(
    hex("89504e470d0a1a0a"),
    pngChunk("IHDR", join(bigEndian32(width), bigEndian32(rows.length), hex("0802000000"))),
    ...chunks,
    pngChunk("IDAT", deflateSync(scanlines)),
    pngChunk("IEND", new Uint8Array()),
  );
}

/** A 2×1 RGB PNG: a blue pixel and a white one. */
export const PNG = rgbPng(2, [[40, 90, 160, 255, 255, 255]]);

/**
 * A 2×1 baseline JPEG (quantisation and Huffman tables, one scan), as written by
 * `sharp({ create: { width: 2, height: 1, channels: 3, background: { r: 40, g: 90, b: 160 } } })
 * .jpeg({ quality: 90, optimiseCoding: true })`.
 */
export const JPEG = hex(
  "ffd8ffdb0043000302020302020303030304030304050805050404050a070706080c0a0c0c0b0a0b0b0d0e12100d0e110e0b0b101610111314151515" +
    "0c0f171816141812141514ffdb00430103040405040509050509140d0b0d141414141414141414141414141414141414141414141414141414141414" +
    "1414141414141414141414141414141414141414ffc00011080001000203012200021101031101ffc4001500010100000000000000000000000000" +
    "000007ffc40014100100000000000000000000000000000000ffc40014010100000000000000000000000000000007ffc400141101000000000000" +
    "00000000000000000000ffda000c03010002110311003f00838073163fffd9",
);

/** A JPEG with an APP1 EXIF segment (see exifTiff: GPS position, orientation) after its start. */
export function jpegWithExif(orientation = 1): Uint8Array {
  const exif = join("Exif\0\0", exifTiff(orientation));
  const segment = join(hex("ffe1"), Uint8Array.of((exif.byteLength + 2) >> 8, (exif.byteLength + 2) & 0xff), exif);
  return join(JPEG.subarray(0, 2), segment, JPEG.subarray(2));
}

/** A one-page PDF with a line of text. */
export const PDF = documentPdf();

/** An iPhone photo's structure (brand heic), with EXIF and XMP items. */
export const HEIC = buildHeic();
/** How a HEIF image from other cameras begins (brand mif1). */
export const HEIF = buildHeic({ majorBrand: "mif1", compatibleBrands: ["mif1", "heic"] });

export const HTML = ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
export const GIF = join(ascii("GIF89a"), hex("0100010000000000" + "3b"));
/** A ZIP archive (as .docx files are) with no entries: only the end-of-central-directory record. */
export const ZIP = join(hex("504b0506"), new Uint8Array(18));
