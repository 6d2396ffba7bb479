import { constants, inflateSync } from "node:zlib";
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  type PDFObject,
  type PDFRef,
} from "pdf-lib";
import { rawNames } from "./pdf-names";

/**
 * How much object syntax (bytes outside streams, plus the decoded object streams) we parse for one
 * PDF: about 2.5 s of pdf-lib on this machine and a few hundred MB at worst. A certificate, a pay
 * slip or a scan of a few pages needs a small fraction of it; scans are image streams, not parsed.
 */
export const PDF_STRUCTURE_BUDGET_BYTES = 6 * 1024 * 1024;

// pdf-lib yields to the event loop after this many objects, so one upload does not stall others.
const OBJECTS_PER_TICK = 50;

export type ParsedPdf =
  | {
      readonly ok: true;
      readonly context: PDFContext;
      /** Every indirect object, including each version of an object that a later one replaced. */
      readonly objects: readonly PDFObject[];
    }
  | { readonly ok: false; readonly problem: "pdfUnreadable" | "pdfTooComplex" };

// Markers of the same length as the names they replace, so no offset in the file moves.
const OBJECT_STREAM_MARK = "Q";
const XREF_STREAM_MARK = "Y";

/**
 * A copy of the bytes in which the names /ObjStm and /XRef (however escaped) are renamed. pdf-lib
 * decompresses object and cross-reference streams while parsing, with no limit on their size: a
 * 10 MB upload could inflate to gigabytes. Renamed, they stay raw streams, and parsePdfObjects
 * inflates each object stream itself within PDF_STRUCTURE_BUDGET_BYTES. Cross-reference streams
 * are not needed: every object is read from the bytes, wherever a table says it is.
 */
function withStreamTypesRenamed(bytes: Uint8Array, text: string): Uint8Array {
  const copy = bytes.slice();
  for (const name of rawNames(text)) {
    const mark = name.value === "ObjStm" ? OBJECT_STREAM_MARK : name.value === "XRef" ? XREF_STREAM_MARK : undefined;
    if (!mark) continue;
    copy[name.start] = mark.charCodeAt(0);
    copy.fill("_".charCodeAt(0), name.start + 1, name.end);
  }
  return copy;
}

const STREAM_START = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;

/** Bytes inside stream…endstream: data pdf-lib skips over rather than parses. */
function streamContentBytes(text: string): number {
  let total = 0;
  STREAM_START.lastIndex = 0;
  for (let match = STREAM_START.exec(text); match; match = STREAM_START.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) return total + (text.length - start);
    total += end - start;
    STREAM_START.lastIndex = end + "endstream".length;
  }
  return total;
}

function isMarkedObjectStream(object: PDFObject): object is PDFRawStream {
  if (!(object instanceof PDFRawStream)) return false;
  const type = object.dict.lookup(PDFName.of("Type"));
  return type instanceof PDFName && /^Q_+$/.test(type.decodeText());
}

function integer(dict: PDFDict, key: string): number | undefined {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber && Number.isSafeInteger(value.asNumber()) ? value.asNumber() : undefined;
}

type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: "pdfUnreadable" | "pdfTooComplex" };

/** An object stream's decoded bytes, if its filter is one we decode and it fits in `budget` bytes. */
function inflateObjectStream(stream: PDFRawStream, budget: number): Inflated {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  const filters = filter === undefined ? [] : filter instanceof PDFArray ? filter.asArray() : [filter];
  const parms = stream.dict.lookup(PDFName.of("DecodeParms"));
  const predictor = parms instanceof PDFDict ? parms.lookup(PDFName.of("Predictor")) : undefined;
  // Object streams are written with FlateDecode and no predictor; pdf-lib does not apply
  // predictors, so it could not read such a stream the way a viewer does.
  if (filters.length > 1 || (predictor instanceof PDFNumber && predictor.asNumber() > 1)) {
    return { ok: false, problem: "pdfUnreadable" };
  }
  const contents = stream.getContents();
  if (filters.length === 0) {
    return contents.byteLength <= budget ? { ok: true, bytes: contents } : { ok: false, problem: "pdfTooComplex" };
  }
  if (filters[0] !== PDFName.of("FlateDecode")) return { ok: false, problem: "pdfUnreadable" };
  if (budget <= 0) return { ok: false, problem: "pdfTooComplex" };
  try {
    // Z_SYNC_FLUSH: accept a stream whose end was cut off, as viewers do.
    const inflated = inflateSync(contents, { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH });
    return { ok: true, bytes: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength) };
  } catch (error) {
    const tooLarge =
      error instanceof RangeError ||
      (error instanceof Error && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE");
    return { ok: false, problem: tooLarge ? "pdfTooComplex" : "pdfUnreadable" };
  }
}

/** The objects an object stream holds, parsed by pdf-lib from bytes we inflated; undefined when its header is wrong. */
async function objectStreamObjects(
  stream: PDFRawStream,
  decoded: Uint8Array,
): Promise<[PDFRef, PDFObject][] | undefined> {
  const count = integer(stream.dict, "N");
  const first = integer(stream.dict, "First");
  if (count === undefined || first === undefined || count < 0 || first < 0 || first > decoded.byteLength) {
    return undefined;
  }
  // Each entry of the offset table before First takes at least 4 bytes ("12 0 "): a larger count
  // would only make pdf-lib loop over nothing.
  if (count * 4 > first + 1) return undefined;
  const own = PDFContext.create();
  const unfiltered = PDFRawStream.of(own.obj({ Type: "ObjStm", N: count, First: first }), decoded);
  await PDFObjectStreamParser.forStream(unfiltered).parseIntoContext();
  return own.enumerateIndirectObjects();
}

/**
 * Parses a PDF with pdf-lib, strictly (an object it cannot parse fails the whole file rather than
 * being skipped, since a skipped object could be the one a viewer runs), with object streams
 * inflated within PDF_STRUCTURE_BUDGET_BYTES. Every object of every object stream is returned,
 * also those a later version replaces, so no version escapes the check whichever a viewer picks.
 * (Of two uncompressed objects with one number pdf-lib keeps the last; the raw-name search of
 * findActiveContentInBytes still sees the other.)
 */
export async function parsePdfObjects(bytes: Uint8Array, text: string): Promise<ParsedPdf> {
  let budget = PDF_STRUCTURE_BUDGET_BYTES - (bytes.byteLength - streamContentBytes(text));
  if (budget < 0) return { ok: false, problem: "pdfTooComplex" };
  let context: PDFContext;
  try {
    const parser = PDFParser.forBytesWithOptions(withStreamTypesRenamed(bytes, text), OBJECTS_PER_TICK, true, false);
    context = await parser.parseDocument();
  } catch {
    return { ok: false, problem: "pdfUnreadable" };
  }
  const objects: PDFObject[] = context.enumerateIndirectObjects().map(([, object]) => object);
  for (const stream of objects.filter(isMarkedObjectStream)) {
    const inflated = inflateObjectStream(stream, budget);
    if (!inflated.ok) return inflated;
    budget -= inflated.bytes.byteLength;
    try {
      const inner = await objectStreamObjects(stream, inflated.bytes);
      if (!inner) return { ok: false, problem: "pdfUnreadable" };
      for (const [ref, object] of inner) {
        context.assign(ref, object);
        objects.push(object);
      }
    } catch {
      return { ok: false, problem: "pdfUnreadable" };
    }
  }
  const hasCatalog = objects.some(
    (object) => object instanceof PDFDict && object.lookup(PDFName.of("Type")) === PDFName.of("Catalog"),
  );
  return hasCatalog ? { ok: true, context, objects } : { ok: false, problem: "pdfUnreadable" };
}
