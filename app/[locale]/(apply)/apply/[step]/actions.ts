"use server";

import { localeOrDefault } from "@/i18n/routing";
import { checkStep } from "@/lib/applications/check-step";
import { formFieldPath, fromFormValues } from "@/lib/applications/form-values";
import { nextStepId, stepIdFromSlug } from "@/lib/applications/steps/step-order";
import { getPrisma } from "@/lib/db/prisma";
import { saveDraftStep, savingStartsDraft } from "@/lib/drafts";
import { goTo } from "../go-to";
import { draftRetentionMs, requireOpenDraft } from "../draft-session";
import { stepHref } from "../step-frame";
import { translateIssues, type StepIssue } from "../translate-issues";
import { answerRecord } from "@/lib/applications/answer-record";

export type SaveStepResult = { ok: false; issues: StepIssue[] };

/**
 * Saves one page of the application and moves on. What was typed is saved, valid or not, so a
 * reload or a dropped connection loses nothing; the page's shared schema checks it and either the
 * next page opens or the problems come back for the error summary. Anyone can call a
 * server action, so the draft comes from the caller's own cookie and everything is re-parsed.
 */
export async function saveStep(
  localeInput: string,
  slug: string,
  values: unknown,
  returnToCheck: boolean,
): Promise<SaveStepResult> {
  const locale = localeOrDefault(localeInput);
  const stepId = stepIdFromSlug(String(slug));
  const now = new Date();
  const { draft, ruleSet } = await requireOpenDraft(locale, "/apply?expired=1", now);
  // Documents are added and removed by their own routes, which store the files; never by this.
  if (!stepId || stepId === "documents") goTo("/apply", locale);

  const prisma = getPrisma();
  const answers = fromFormValues(stepId, { ...answerRecord(values) });
  const checked = await checkStep(stepId, ruleSet, { ...(draft.answers as object), ...answers }, answers);
  // A draft left on its first page is kept only hours; from here on, the full retention.
  const retentionMs = savingStartsDraft(stepId, checked.ok) ? draftRetentionMs() : undefined;
  const saved = await saveDraftStep(prisma, draft.draftId, stepId, answers, { now, retentionMs });
  if (!saved.ok) {
    const key = saved.ok || saved.reason !== "too_large" ? "apply.errors.notSaved" : "apply.errors.tooLarge";
    return { ok: false, issues: await translateIssues(locale, [{ path: "", messageKey: key }]) };
  }
  if (!checked.ok) {
    const issues = checked.issues.map((issue) => ({ ...issue, path: formFieldPath(issue.path) }));
    return { ok: false, issues: await translateIssues(locale, issues) };
  }
  const next = nextStepId(stepId);
  goTo(returnToCheck || !next ? "/apply/check" : stepHref(next), locale);
}
