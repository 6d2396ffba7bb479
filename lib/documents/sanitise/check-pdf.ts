import { byteText } from "./byte-text";
import { carriesForeignContent } from "./foreign-content";
import { findActiveContent, findActiveContentInBytes } from "./pdf-active-content";
import { pdfLayoutProblem } from "./pdf-layout";
import { parsePdfObjects } from "./pdf-objects";
import { refused, type Sanitised } from "./sanitise-problem";

/**
 * Whether a PDF may be kept as it is. PDFs are refused rather than rewritten: removing scripts or
 * attachments ourselves would hand staff a document that is not quite what the family sent, and
 * the family can make a clean one in a moment by printing it to PDF again or taking a photo.
 * Checked in order of cost: the layout of the bytes, their names, then every parsed object.
 */
export async function checkPdf(bytes: Uint8Array): Promise<Sanitised> {
  const text = byteText(bytes);
  const layout = pdfLayoutProblem(text);
  if (layout) return refused(layout);
  if (carriesForeignContent(text)) return refused("extraContent");
  const inBytes = findActiveContentInBytes(text);
  if (inBytes) return refused(inBytes);
  const parsed = await parsePdfObjects(bytes, text);
  if (!parsed.ok) return refused(parsed.problem);
  const inObjects = findActiveContent(parsed.context, parsed.objects);
  return inObjects ? refused(inObjects) : { ok: true, bytes };
}
