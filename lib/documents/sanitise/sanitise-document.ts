import type { AcceptedMimeType } from "../validate-upload";
import { byteText } from "./byte-text";
import { checkPdf } from "./check-pdf";
import { carriesForeignContent } from "./foreign-content";
import { checkHeicStructure } from "./heic-structure";
import { wipeHeicMetadata } from "./heic-metadata";
import { reencodeImage } from "./image-reencode";
import { hidesPdfHeader } from "./pdf-layout";
import { refused, type SanitiseProblem, type Sanitised } from "./sanitise-problem";

async function cleanHeic(bytes: Uint8Array): Promise<Sanitised> {
  const structure = checkHeicStructure(bytes);
  if (!structure.ok) return refused(structure.problem);
  if (carriesForeignContent(byteText(bytes))) return refused("extraContent");
  const wiped = wipeHeicMetadata(bytes, structure.metaBoxes);
  return wiped.ok ? { ok: true, bytes: wiped.bytes } : refused("imageUnreadable");
}

/**
 * What may be stored of an upload whose bytes are a PDF, JPEG, PNG or HEIC/HEIF, so that a
 * caseworker who opens it is not attacked by it, and a family's location does not travel with it:
 * - PDF: kept as sent, or refused if it carries active content or a second format, is encrypted,
 *   or cannot be parsed (see checkPdf);
 * - JPEG, PNG: re-encoded, which drops everything but the pixels (see reencodeImage);
 * - HEIC/HEIF: kept if its boxes are exactly one image, with its EXIF and XMP emptied.
 */
export async function sanitiseDocument(bytes: Uint8Array, mimeType: AcceptedMimeType): Promise<Sanitised> {
  switch (mimeType) {
    case "application/pdf":
      return checkPdf(bytes);
    case "image/jpeg":
      return reencodeImage(bytes, "jpeg");
    case "image/png":
      return reencodeImage(bytes, "png");
    case "image/heic":
    case "image/heif":
      return cleanHeic(bytes);
  }
}

/**
 * A better reason than "not a PDF, JPG, PNG or HEIC" for bytes whose type was not recognised: a
 * file that begins as something else but has a PDF header soon after is a polyglot, which
 * viewers would still open as a PDF.
 */
export function explainUnrecognised(bytes: Uint8Array): SanitiseProblem | undefined {
  return hidesPdfHeader(byteText(bytes.subarray(0, 2048))) ? "extraContent" : undefined;
}
