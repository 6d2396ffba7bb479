// Tags that make a browser run or load something. A file holding them is an HTML polyglot: harmless
// while opened as a PDF or a photo, but a web page with scripts as soon as anything (a download
// saved as .html, a viewer that sniffs, a staff tool serving it with the wrong type) treats it as
// HTML. Text of real documents lives in compressed or encoded streams, so a match in the raw bytes
// means markup put there on purpose. XMP metadata (<x:xmpmeta>, <rdf:RDF>) does not match.
const MARKUP = /<(?:script|html|head|body|iframe|frameset|object|embed|svg)[\s>/]|<!doctype\s+html/i;

// A ZIP archive is read from its end: its end-of-central-directory record sits in the last
// 64 KiB + 22 bytes. Found there, the file is also a ZIP (an .docx, .jar or .apk).
const ZIP_END_SIGNATURE = "PK\u0005\u0006";
const ZIP_END_SEARCH = 65_535 + 22;

/** Whether a document (as byteText) carries a second format inside it: web-page markup, or a ZIP at its end. */
export function carriesForeignContent(text: string): boolean {
  return MARKUP.test(text) || text.slice(-ZIP_END_SEARCH).includes(ZIP_END_SIGNATURE);
}
