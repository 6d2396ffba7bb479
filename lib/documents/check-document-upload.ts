import type { RuleSet } from "@/lib/eligibility/rule-set";
import { documentIssue, type DocumentIssue, type DocumentIssueCode } from "./document-issues";
import type { UploadMessageKey } from "./message-keys";
import { explainUnrecognised, sanitiseDocument } from "./sanitise/sanitise-document";
import { validateUpload, type AcceptedUpload } from "./validate-upload";

const BY_UPLOAD_KEY: Readonly<Record<UploadMessageKey, DocumentIssueCode>> = {
  "documents.empty": "empty",
  "documents.tooLarge": "tooLarge",
  "documents.unsupportedType": "unsupportedType",
  "documents.mismatch": "mismatch",
};

export interface DocumentUpload {
  readonly bytes: Uint8Array;
  /** As the browser sent it: compared with the content, never stored. */
  readonly fileName?: string;
}

/** An upload that may be kept: what to store (perhaps a cleaned copy of what was sent) and its type and size. */
export interface CheckedDocument extends AcceptedUpload {
  readonly bytes: Uint8Array;
}

export type DocumentUploadCheck =
  { readonly ok: true; readonly data: CheckedDocument } | { readonly ok: false; readonly issue: DocumentIssue };

/** The edition asks for this document (its catalogue lists it). */
export function isCatalogItem(ruleSet: RuleSet, checklistItem: string): boolean {
  return ruleSet.documents.catalog.some((entry) => entry.id === checklistItem);
}

/**
 * Whether an uploaded file may be kept for a checklist item, and what to keep: the item is the
 * edition's; the file is a PDF, JPEG, PNG or HEIC within the size limit whose name agrees with its
 * content (a PDF renamed .png is refused, so the family is not surprised by what staff see); and
 * it cannot attack the caseworker who opens it (sanitiseDocument: a PDF without active content,
 * an image re-encoded or emptied of its metadata). `data.bytes` and `data.size` are what to store.
 */
export async function checkDocumentUpload(
  ruleSet: RuleSet,
  checklistItem: string,
  upload: DocumentUpload,
  maxBytes: number,
): Promise<DocumentUploadCheck> {
  if (!isCatalogItem(ruleSet, checklistItem)) return { ok: false, issue: documentIssue("unknownItem") };
  const checked = await validateUpload(upload, { maxBytes, rejectNameMismatch: true });
  if (!checked.ok) {
    const [first] = checked.issues;
    const code = first ? BY_UPLOAD_KEY[first.messageKey] : "unsupportedType";
    const better = code === "unsupportedType" ? explainUnrecognised(upload.bytes) : undefined;
    return { ok: false, issue: documentIssue(better ?? code, first?.params) };
  }
  const clean = await sanitiseDocument(upload.bytes, checked.data.mimeType);
  if (!clean.ok) return { ok: false, issue: documentIssue(clean.problem) };
  return { ok: true, data: { ...checked.data, size: clean.bytes.byteLength, bytes: clean.bytes } };
}
