import { isDocumentIssueCode, type DocumentIssueCode } from "./document-issues";

/**
 * What happened on the documents page, carried in its address after an upload, a removal or a
 * refused Continue (`?added=2&error=mismatch&item=income_proof`): codes and checklist ids only,
 * never file names or contents, and read back against fixed lists.
 */
export interface DocumentsOutcome {
  /** Files added by the last upload. */
  readonly added?: number;
  readonly removed?: boolean;
  readonly error?: DocumentIssueCode;
  /** The checklist item the error is about. */
  readonly item?: string;
  /** Items that have neither a file nor "I will send this later" (Continue refused). */
  readonly missing?: readonly string[];
  /** Came from "Check your answers". */
  readonly returnToCheck?: boolean;
}

const ITEM = /^[a-z][a-z0-9_]{0,63}$/;

export function isChecklistItemId(value: unknown): value is string {
  return typeof value === "string" && ITEM.test(value);
}

/** The query string for an outcome, with its "?" ("" when there is nothing to say). */
export function documentsOutcomeQuery(outcome: DocumentsOutcome): string {
  const query = new URLSearchParams();
  if (outcome.added) query.set("added", String(outcome.added));
  if (outcome.removed) query.set("removed", "1");
  if (outcome.error) query.set("error", outcome.error);
  if (outcome.item && isChecklistItemId(outcome.item)) query.set("item", outcome.item);
  const missing = (outcome.missing ?? []).filter(isChecklistItemId);
  if (missing.length > 0) query.set("missing", missing.join(" "));
  if (outcome.returnToCheck) query.set("return", "check");
  const text = query.toString();
  return text ? `?${text}` : "";
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The outcome in a page's search parameters; anything unknown is ignored. */
export function readDocumentsOutcome(params: SearchParams): DocumentsOutcome {
  const added = Number.parseInt(single(params.added) ?? "", 10);
  const error = single(params.error);
  const item = single(params.item);
  const missing = (single(params.missing) ?? "").split(/[ +]/u).filter(isChecklistItemId);
  return {
    ...(Number.isInteger(added) && added > 0 && added <= 100 ? { added } : {}),
    ...(single(params.removed) === "1" ? { removed: true } : {}),
    ...(isDocumentIssueCode(error) ? { error } : {}),
    ...(isChecklistItemId(item) ? { item } : {}),
    ...(missing.length > 0 ? { missing } : {}),
    ...(single(params.return) === "check" ? { returnToCheck: true } : {}),
  };
}
