/**
 * Why a document was not added or removed. Each code has one message, keyed from the root of
 * messages/ja.json and messages/en.json; the upload checks reuse their "fields.documents.*" keys.
 * Codes, not messages, travel in the address after an upload (`?error=tooLarge`), so the page
 * shows only messages of this list.
 */
export const DOCUMENT_ISSUE_MESSAGE_KEYS = {
  empty: "fields.documents.empty",
  tooLarge: "fields.documents.tooLarge",
  unsupportedType: "fields.documents.unsupportedType",
  mismatch: "fields.documents.mismatch",
  // Refused after the type was recognised (lib/documents/sanitise): what the family can do instead.
  pdfActiveContent: "fields.documents.pdfActiveContent",
  pdfProtected: "fields.documents.pdfProtected",
  pdfUnreadable: "fields.documents.pdfUnreadable",
  pdfTooComplex: "fields.documents.pdfTooComplex",
  extraContent: "fields.documents.extraContent",
  imageUnreadable: "fields.documents.imageUnreadable",
  imageTooLarge: "fields.documents.imageTooLarge",
  unknownItem: "application.errors.checklistItem",
  tooManyFiles: "application.errors.tooManyFiles",
  /** The draft was sent or has expired, or the application is not waiting for documents. */
  closed: "documentsStep.errors.closed",
  /** Upload pressed without choosing a file. */
  noFile: "documentsStep.errors.noFile",
  /** The files of one upload together are more than the server reads at once. */
  uploadTooLarge: "documentsStep.errors.uploadTooLarge",
  /** The upload could not be read (cut off, or not a form). */
  unreadable: "documentsStep.errors.unreadable",
  /** Files are taken only once the guardian page of the draft is saved (upload-admission.ts). */
  guardianFirst: "documentsStep.errors.guardianFirst",
  /** This client has uploaded its bytes for the hour. */
  uploadBudgetSpent: "documentsStep.errors.uploadBudgetSpent",
  /** Uploads are paused for everyone: the disk is near its floor, or all clients' bytes for the hour are spent. */
  uploadsPaused: "documentsStep.errors.uploadsPaused",
} as const;

export type DocumentIssueCode = keyof typeof DOCUMENT_ISSUE_MESSAGE_KEYS;

export interface DocumentIssue {
  readonly code: DocumentIssueCode;
  /** From the root of the message files, e.g. "fields.documents.tooLarge". */
  readonly messageKey: string;
  /** For tooLarge and uploadTooLarge: the limit in MB. */
  readonly params?: { readonly maxMegabytes: number };
}

export function documentIssue(code: DocumentIssueCode, params?: DocumentIssue["params"]): DocumentIssue {
  const messageKey = DOCUMENT_ISSUE_MESSAGE_KEYS[code];
  return params ? { code, messageKey, params } : { code, messageKey };
}

export function isDocumentIssueCode(value: unknown): value is DocumentIssueCode {
  return typeof value === "string" && Object.hasOwn(DOCUMENT_ISSUE_MESSAGE_KEYS, value);
}

export type DocumentResult = { readonly ok: true } | { readonly ok: false; readonly issue: DocumentIssue };
