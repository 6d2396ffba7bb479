import { Buffer } from "node:buffer";

/**
 * The bytes as a string of one character per byte (ISO-8859-1), so that offsets in the text are
 * offsets in the file and regular expressions can search binary formats. Not TextDecoder's
 * "latin1", which is really windows-1252 and maps 0x80–0x9F to other characters.
 */
export function byteText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
