"use server";

import { formArgument } from "@/lib/http/form-argument";
import { localeOrDefault } from "@/i18n/routing";
import { answersFromQuickCheck } from "@/lib/applications/from-quick-check";
import { getPrisma } from "@/lib/db/prisma";
import { createDraft, saveDraftStep } from "@/lib/drafts";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { currentDraft, draftRetentionMs, rememberDraft } from "./draft-session";
import { goTo } from "./go-to";
import { stepHref } from "./step-frame";

function readQuickCheck(formData: FormData): unknown {
  const text = formData.get("quickCheck");
  if (typeof text !== "string" || text.length > 8_000) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Starts a draft for the edition in force and opens its first page. A browser that already has
 * an open draft keeps it unless the parent asked for a fresh one. Answers from the quick check
 * (sent from the tab's sessionStorage) become the draft's first answers.
 */
export async function startApplication(input: FormData): Promise<void> {
  const formData = formArgument(input);
  const raw = formData.get("locale");
  const locale = localeOrDefault(raw);
  const now = new Date();
  const existing = await currentDraft(now);
  if (existing && !existing.submittedAt && formData.get("fresh") !== "yes") goTo(stepHref("applicant"), locale);

  const prisma = getPrisma();
  const [ruleSet] = await findCurrentRuleSets(prisma);
  if (!ruleSet) goTo("/apply", locale);
  const retentionMs = draftRetentionMs();
  const draft = await createDraft(prisma, { editionYear: ruleSet.edition, now, retentionMs });
  for (const [stepId, answers] of Object.entries(answersFromQuickCheck(readQuickCheck(formData), ruleSet))) {
    await saveDraftStep(prisma, draft.draftId, stepId, answers, { now, retentionMs });
  }
  await rememberDraft(draft);
  goTo(stepHref("applicant"), locale);
}
