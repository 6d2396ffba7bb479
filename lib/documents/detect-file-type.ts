// "file-type/core" rather than "file-type": the package's main entry resolves to a Node-only build
// (streams, fs) under Node and to the core under bundlers, so the same import would mean different
// code on the server and in the browser. The core detects from bytes alone, which is all we need,
// and runs anywhere. It is ESM-only; TypeScript finds its types through the package's "exports"
// map because tsconfig uses moduleResolution "bundler".
import { fileTypeFromBuffer } from "file-type/core";

export interface DetectedFileType {
  /** e.g. "application/pdf", "image/heic". */
  readonly mimeType: string;
  /** file-type's usual extension, e.g. "pdf", "jpg", "heic". */
  readonly extension: string;
}

/**
 * What the bytes are, judged from their content (magic numbers), never from a file name or the
 * type a browser claims. undefined when the content is not a recognised binary format (plain
 * text, HTML, SVG, or damaged data).
 */
export async function detectFileType(bytes: Uint8Array): Promise<DetectedFileType | undefined> {
  try {
    const detected = await fileTypeFromBuffer(bytes);
    return detected ? { mimeType: detected.mime, extension: detected.ext } : undefined;
  } catch {
    // Damaged data can make a format parser give up part-way; it is then simply not recognised.
    return undefined;
  }
}
