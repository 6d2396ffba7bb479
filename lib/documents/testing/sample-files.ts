import { crc32 } from "node:zlib";

// Test support: the smallest byte sequences each format is recognised by, built here rather than
// kept as binary fixtures so a reader can see exactly what is being detected.

const hex = (digits: string) => Uint8Array.from(digits.match(/../gu) ?? [], (pair) => Number.parseInt(pair, 16));
const ascii = (text: string) => new TextEncoder().encode(text);

function join(...parts: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

function bigEndian32(value: number): Uint8Array {
  return Uint8Array.of((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = join(ascii(type), data);
  return join(bigEndian32(data.length), body, bigEndian32(crc32(body)));
}

/** A 1×1 RGB PNG: signature, IHDR (width 1, height 1, 8-bit, colour type 2), IEND. */
export const PNG = join(
  hex("89504e470d0a1a0a"),
  pngChunk("IHDR", hex("00000001" + "00000001" + "0802000000")),
  pngChunk("IEND", new Uint8Array()),
);

/** JPEG start of image (FFD8), a JFIF APP0 segment (FFE0) and end of image (FFD9). */
export const JPEG = join(hex("ffd8ffe00010"), ascii("JFIF\0"), hex("01010000010001000000"), hex("ffd9"));

/** A PDF header, one empty object and the end-of-file marker. */
export const PDF = ascii("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

/** An ISO base media "ftyp" box, as HEIC and HEIF photos begin. */
function ftyp(majorBrand: string, compatibleBrands: readonly string[]): Uint8Array {
  const body = join(ascii("ftyp"), ascii(majorBrand), bigEndian32(0), ...compatibleBrands.map(ascii));
  return join(bigEndian32(body.length + 4), body);
}

/** How an iPhone photo begins. */
export const HEIC = ftyp("heic", ["mif1", "heic"]);
/** How a HEIF image from other cameras begins. */
export const HEIF = ftyp("mif1", ["mif1", "heic"]);

export const HTML = ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
export const GIF = join(ascii("GIF89a"), hex("0100010000000000" + "3b"));
/** A ZIP archive (as .docx files are) with no entries: only the end-of-central-directory record. */
export const ZIP = join(hex("504b0506"), new Uint8Array(18));
