import type { StoredDocumentFile } from "@/lib/applications/steps/documents-step";
import { createDocumentsNeeded } from "@/lib/eligibility/documents-needed";
import { LIFE_SITUATIONS, type LifeSituation } from "@/lib/eligibility/life-situations";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { situationMask } from "@/lib/eligibility/situation-mask";
import { answerRecord as record } from "@/lib/applications/answer-record";

export interface DraftDocuments {
  /** The checklist items to show, in catalogue order: those the household needs, and any other that holds files. */
  readonly items: readonly string[];
  /** The items the household needs, from its life situations and a reported sudden drop in income. */
  readonly needed: readonly string[];
  readonly files: readonly StoredDocumentFile[];
  /** Items ticked "I will send this later" (catalogue items only). */
  readonly sendLater: readonly string[];
}

const MIME_TYPES: readonly string[] = ["application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif"];

function isStoredFile(value: unknown): value is StoredDocumentFile {
  const file = record(value);
  return (
    typeof file.checklistItem === "string" &&
    typeof file.storageKey === "string" &&
    typeof file.mimeType === "string" &&
    MIME_TYPES.includes(file.mimeType) &&
    typeof file.size === "number"
  );
}

/**
 * The documents part of a draft, read from answers as typed (a draft holds them unchecked): which
 * checklist items this household is asked for, the files uploaded and the items to send later.
 */
export function readDraftDocuments(ruleSet: RuleSet, answers: unknown): DraftDocuments {
  const all = record(answers);
  const claimed = record(all.situations).lifeSituations;
  const letters = Array.isArray(claimed)
    ? LIFE_SITUATIONS.filter((letter: LifeSituation) => claimed.includes(letter))
    : [];
  const drop = record(all.income).suddenIncomeDrop;
  const needed = createDocumentsNeeded(ruleSet)(situationMask(letters), drop === "yes" || drop === true);

  const documents = record(all.documents);
  const files = Array.isArray(documents.files) ? documents.files.filter(isStoredFile) : [];
  const catalog = ruleSet.documents.catalog.map((entry) => entry.id);
  const later = Array.isArray(documents.sendLater) ? documents.sendLater : [];
  const shown = new Set([...needed, ...files.map((file) => file.checklistItem)]);
  return {
    items: catalog.filter((id) => shown.has(id)),
    needed,
    files,
    sendLater: catalog.filter((id) => later.includes(id)),
  };
}

/** The needed items that have neither a file nor "I will send this later". */
export function itemsStillMissing(documents: DraftDocuments): string[] {
  return documents.needed.filter(
    (id) => !documents.sendLater.includes(id) && !documents.files.some((file) => file.checklistItem === id),
  );
}
