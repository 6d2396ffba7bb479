import type { RuleSet } from "@/lib/eligibility/rule-set";

export interface DocumentChoice {
  id: string;
  label: string;
}

/**
 * What the status page offers to upload when information is requested, with the edition's labels
 * in the page's language: the items still missing, or, when none are known to be missing (staff
 * asked by mail for something else), every item of the edition's checklist. Items the edition no
 * longer lists are left out, since an upload for them would be refused.
 */
export function statusDocumentChoices(
  ruleSet: RuleSet,
  missingItems: readonly string[],
  locale: "ja" | "en",
): { missing: DocumentChoice[]; choices: DocumentChoice[] } {
  const all = ruleSet.documents.catalog.map((entry) => ({ id: entry.id, label: entry.label[locale] }));
  const missing = missingItems.flatMap((id) => all.filter((choice) => choice.id === id));
  return { missing, choices: missing.length > 0 ? missing : all };
}
