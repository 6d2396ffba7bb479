import type { RuleSet } from "@/lib/eligibility/rule-set";
import { documentIssue, type DocumentIssue, type DocumentIssueCode } from "./document-issues";
import type { DocumentMessageKey } from "./message-keys";
import { validateUpload, type AcceptedUpload } from "./validate-upload";

const BY_UPLOAD_KEY: Readonly<Record<DocumentMessageKey, DocumentIssueCode>> = {
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

export type DocumentUploadCheck =
  { readonly ok: true; readonly data: AcceptedUpload } | { readonly ok: false; readonly issue: DocumentIssue };

/** The edition asks for this document (its catalogue lists it). */
export function isCatalogItem(ruleSet: RuleSet, checklistItem: string): boolean {
  return ruleSet.documents.catalog.some((entry) => entry.id === checklistItem);
}

/**
 * Whether an uploaded file may be kept for a checklist item: the item is the edition's, and the
 * file is a PDF, JPEG, PNG or HEIC within the size limit whose name agrees with its content (a PDF
 * renamed .png is refused, so the family is not surprised by what staff see).
 */
export async function checkDocumentUpload(
  ruleSet: RuleSet,
  checklistItem: string,
  upload: DocumentUpload,
  maxBytes: number,
): Promise<DocumentUploadCheck> {
  if (!isCatalogItem(ruleSet, checklistItem)) return { ok: false, issue: documentIssue("unknownItem") };
  const checked = await validateUpload(upload, { maxBytes, rejectNameMismatch: true });
  if (checked.ok) return checked;
  const [first] = checked.issues;
  return {
    ok: false,
    issue: documentIssue(first ? BY_UPLOAD_KEY[first.messageKey] : "unsupportedType", first?.params),
  };
}
