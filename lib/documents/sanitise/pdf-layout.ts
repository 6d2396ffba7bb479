import type { SanitiseProblem } from "./sanitise-problem";

const HEADER = /^%PDF-\d/;
const END_MARKER = "%%EOF";
// What may follow the last %%EOF: the end-of-line and padding that writers leave.
const TRAILING_PADDING = /^[\0\t\n\f\r ]*$/;
// Viewers look for the header within the first 1024 bytes, so a file can open as a PDF while
// beginning as something else (an HTML page, an image).
const HEADER_SEARCH = 1024;

/**
 * Whether a PDF's bytes are laid out as one PDF and nothing else: the header at the very first
 * byte, and nothing but padding after the last %%EOF. Data after the end is how PDF/HTML and
 * PDF/ZIP polyglots are usually made, and viewers ignore it, so nothing a family meant to send is
 * lost by refusing it.
 */
export function pdfLayoutProblem(text: string): SanitiseProblem | undefined {
  if (!HEADER.test(text.slice(0, 6))) return "extraContent";
  const end = text.lastIndexOf(END_MARKER);
  if (end < 0) return "pdfUnreadable";
  return TRAILING_PADDING.test(text.slice(end + END_MARKER.length)) ? undefined : "extraContent";
}

/** A PDF header a little after the start: a file that viewers would open as a PDF but that begins as something else. */
export function hidesPdfHeader(text: string): boolean {
  const at = text.slice(0, HEADER_SEARCH + 5).indexOf("%PDF-");
  return at > 0;
}
