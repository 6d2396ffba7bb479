import { deflateSync } from "node:zlib";
import { join } from "./bytes";

/** An indirect object's body in PDF syntax, or a stream: its dictionary entries and its bytes. */
export type PdfObject = string | { readonly entries: string; readonly stream: Uint8Array | string };

function objectBody(object: PdfObject): Uint8Array {
  if (typeof object === "string") return join(object);
  const stream = typeof object.stream === "string" ? join(object.stream) : object.stream;
  return join(`<< ${object.entries} /Length ${stream.byteLength} >>\nstream\n`, stream, "\nendstream");
}

/**
 * A PDF of the given objects, numbered from 1 (object 1 is the catalog), with a correct
 * cross-reference table and trailer. `trailer` adds entries to the trailer dictionary.
 */
export function buildPdf(objects: readonly PdfObject[], trailer = ""): Uint8Array {
  // The comment of bytes above 127 tells tools the file is binary, as real writers do.
  const parts: Uint8Array[] = [join("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = parts[0]!.byteLength;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    const part = join(`${index + 1} 0 obj\n`, objectBody(object), "\nendobj\n");
    offsets.push(length);
    parts.push(part);
    length += part.byteLength;
  });
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  const end = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${length}\n%%EOF\n`;
  return join(...parts, xref, end);
}

export interface DocumentPdfParts {
  /** More entries for the catalog (object 1). */
  readonly catalog?: string;
  /** More entries for the one page (object 3). */
  readonly page?: string;
  /** Objects 6, 7, … */
  readonly objects?: readonly PdfObject[];
  readonly trailer?: string;
}

/**
 * A one-page PDF with a line of text: catalog (1), page tree (2), page (3), its content (4) and
 * font (5), then `objects` from 6 on.
 */
export function documentPdf(parts: DocumentPdfParts = {}): Uint8Array {
  return buildPdf(
    [
      `<< /Type /Catalog /Pages 2 0 R ${parts.catalog ?? ""}>>`,
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${parts.page ?? ""}>>`,
      { entries: "", stream: "BT /F1 24 Tf 72 720 Td (Certificate of residence) Tj ET" },
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      ...(parts.objects ?? []),
    ],
    parts.trailer,
  );
}

/** An object stream (compressed) holding the given objects, as [object number, body]. */
export function objectStream(objects: readonly (readonly [number, string])[]): PdfObject {
  const bodies: string[] = [];
  const table: string[] = [];
  let offset = 0;
  for (const [number, body] of objects) {
    table.push(`${number} ${offset}`);
    bodies.push(body);
    offset += body.length + 1;
  }
  const header = `${table.join(" ")}\n`;
  const contents = join(header, bodies.join("\n"));
  return {
    entries: `/Type /ObjStm /N ${objects.length} /First ${header.length} /Filter /FlateDecode`,
    stream: deflateSync(contents),
  };
}
