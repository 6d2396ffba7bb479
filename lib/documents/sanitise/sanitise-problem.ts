/**
 * Why a file of an accepted type was still refused. Each problem is also a DocumentIssueCode, and
 * its message is "fields.documents.<problem>" in messages/ja.json and messages/en.json.
 */
export const SANITISE_PROBLEMS = [
  /** Scripts, launch or submit actions, attached files, XFA forms or media a viewer would run. */
  "pdfActiveContent",
  /** Encrypted (a password, or "security" settings): its objects cannot be checked. */
  "pdfProtected",
  /** Not a PDF we can parse (damaged, or written in a way we do not follow). */
  "pdfUnreadable",
  /** So many objects that checking them would hold up the server. */
  "pdfTooComplex",
  /** Bytes that are not part of the document: before it, after its end, or web-page markup. */
  "extraContent",
  "imageUnreadable",
  /** More pixels than we decode (a "decompression bomb", or an unusually large photo). */
  "imageTooLarge",
] as const;

export type SanitiseProblem = (typeof SANITISE_PROBLEMS)[number];

/** The bytes to store (the upload's own, or a clean copy), or why none may be stored. */
export type Sanitised =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: SanitiseProblem };

export function refused(problem: SanitiseProblem): Sanitised {
  return { ok: false, problem };
}
