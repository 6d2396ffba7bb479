import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from "pdf-lib";
import { decodeNameEscapes, rawNames } from "./pdf-names";

export type PdfContentFinding = "pdfActiveContent" | "pdfProtected";

/**
 * Names refused wherever they appear, as a key or a value: each only exists to run code, start a
 * program, send or fetch data, play media or carry another file (ISO 32000-1, 12.6 actions, 12.5.6
 * annotations, 7.11 file specifications; Adobe's XFA and RichMedia extensions). A certificate or a
 * scan has none of them; printing to PDF again drops them all.
 */
const REFUSED_NAMES = new Set([
  "JavaScript",
  "JS",
  "Launch",
  "SubmitForm",
  "ImportData",
  // Go to another file (GoToR can name \\host\share and leak the caseworker's Windows password
  // hash), or to a file embedded in this one.
  "GoToR",
  "GoToE",
  "Rendition",
  "Sound",
  "Movie",
  "EmbeddedFile",
  "EmbeddedFiles",
  "EF",
  "FileAttachment",
  "RichMedia",
  "RichMediaContent",
  "XFA",
  "3D",
]);

// Searched for in the raw bytes too, in case an object pdf-lib reads differently from a viewer hides
// one. Only long names: three-letter names like /JS occur by chance in compressed data.
const REFUSED_RAW_NAMES = new Set([...REFUSED_NAMES].filter((name) => name.length >= 5));

/** Keys whose actions run by themselves: when the file opens (OpenAction), or a page or field is shown, left or changed (AA). */
const AUTOMATIC_ACTION_KEYS = new Set(["OpenAction", "AA"]);
/** Opening a web address is fine behind a link the caseworker chooses to follow, not by itself. */
const REFUSED_AUTOMATIC_ACTIONS = new Set(["URI", ...REFUSED_NAMES]);
/** Links may open web pages, mail and phone numbers: not file:, javascript:, \\host\share or other schemes. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;

function nameOf(name: PDFName): string {
  return decodeNameEscapes(name.decodeText());
}

function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

function actionType(context: PDFContext, action: PDFDict): string | undefined {
  const type = resolve(context, action.get(PDFName.of("S")));
  return type instanceof PDFName ? nameOf(type) : undefined;
}

/** The actions an OpenAction or AA entry starts, with the actions each chains to (Next). */
function* automaticActions(context: PDFContext, key: string, value: PDFObject): Generator<PDFDict> {
  const entry = resolve(context, value);
  if (!(entry instanceof PDFDict)) return; // An OpenAction array is a destination: a page to show.
  const starts = key === "AA" ? entry.values().map((trigger) => resolve(context, trigger)) : [entry];
  const pending = [...starts];
  const seen = new Set<PDFObject>();
  while (pending.length > 0) {
    const action = pending.pop();
    if (!(action instanceof PDFDict) || seen.has(action)) continue;
    seen.add(action);
    yield action;
    const next = resolve(context, action.get(PDFName.of("Next")));
    if (next instanceof PDFArray) for (const item of next.asArray()) pending.push(resolve(context, item));
    else pending.push(next);
  }
}

function text(object: PDFObject | undefined): string | undefined {
  if (!(object instanceof PDFString || object instanceof PDFHexString)) return undefined;
  try {
    return object.decodeText();
  } catch {
    return object.asString();
  }
}

function isUnsafeLink(context: PDFContext, dict: PDFDict): boolean {
  if (actionType(context, dict) !== "URI") return false;
  const address = text(resolve(context, dict.get(PDFName.of("URI"))));
  return address !== undefined && !SAFE_LINK.test(address.trim());
}

/**
 * Whether any object of a parsed PDF holds active content, or says the file is encrypted (an
 * /Encrypt entry in a trailer or cross-reference stream). Every object is walked, reached from
 * the catalog or not: a viewer may find an object that no longer seems used.
 */
export function findActiveContent(context: PDFContext, objects: readonly PDFObject[]): PdfContentFinding | undefined {
  if (context.trailerInfo.Encrypt) return "pdfProtected";
  const pending: PDFObject[] = [...objects];
  const seen = new Set<PDFObject>();
  while (pending.length > 0) {
    const object = pending.pop();
    if (object === undefined || seen.has(object)) continue;
    seen.add(object);
    if (object instanceof PDFName) {
      if (REFUSED_NAMES.has(nameOf(object))) return "pdfActiveContent";
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) pending.push(item);
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const name = nameOf(key);
        if (name === "Encrypt") return "pdfProtected";
        if (REFUSED_NAMES.has(name)) return "pdfActiveContent";
        if (AUTOMATIC_ACTION_KEYS.has(name)) {
          for (const action of automaticActions(context, name, value)) {
            if (REFUSED_AUTOMATIC_ACTIONS.has(actionType(context, action) ?? "")) return "pdfActiveContent";
          }
        }
        pending.push(value);
      }
      if (isUnsafeLink(context, object)) return "pdfActiveContent";
    }
  }
  return undefined;
}

/** The same check on the raw bytes (as byteText), for the long names and for /Encrypt. */
export function findActiveContentInBytes(text: string): PdfContentFinding | undefined {
  let active = false;
  for (const name of rawNames(text)) {
    if (name.value === "Encrypt") return "pdfProtected";
    if (REFUSED_RAW_NAMES.has(name.value)) active = true;
  }
  return active ? "pdfActiveContent" : undefined;
}
