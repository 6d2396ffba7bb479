"use server";

import { formArgument } from "@/lib/http/form-argument";
import { localeOrDefault } from "@/i18n/routing";
import { nextStepId } from "@/lib/applications/steps/step-order";
import { getPrisma } from "@/lib/db/prisma";
import { itemsStillMissing, readDraftDocuments } from "@/lib/documents/read-draft-documents";
import { saveSendLater } from "@/lib/documents/save-send-later";
import { documentsOutcomeQuery } from "@/lib/documents/upload-outcome";
import { draftRetentionMs, requireOpenDraft } from "../draft-session";
import { goTo } from "../go-to";
import { stepHref } from "../step-frame";

/**
 * Continue on the documents page: saves the items ticked "I will send this later" (the files are
 * already saved, one by one, by the upload route) and moves on, or comes back to the page naming
 * each needed document that has neither a file nor "send later". Anyone can call a server action,
 * so the draft comes from the caller's own cookie and ticked items are kept only if the edition has them.
 */
export async function continueFromDocuments(input: FormData): Promise<void> {
  const form = formArgument(input);
  const localeInput = String(form.get("locale") ?? "");
  const locale = localeOrDefault(localeInput);
  const returnToCheck = form.get("return") === "check";
  const now = new Date();
  const { draft, ruleSet } = await requireOpenDraft(locale, "/apply?expired=1", now);
  const prisma = getPrisma();

  const ticked = form.getAll("sendLater").map(String);
  const sendLater = ruleSet.documents.catalog.map((entry) => entry.id).filter((id) => ticked.includes(id));
  const saved = await saveSendLater(prisma, draft.draftId, sendLater, { now, retentionMs: draftRetentionMs() });
  if (!saved) goTo(`/apply/documents${documentsOutcomeQuery({ error: "closed", returnToCheck })}`, locale);

  const documents = readDraftDocuments(ruleSet, draft.answers);
  const missing = itemsStillMissing({ ...documents, sendLater });
  if (missing.length > 0) goTo(`/apply/documents${documentsOutcomeQuery({ missing, returnToCheck })}`, locale);
  const next = nextStepId("documents");
  goTo(returnToCheck || !next ? "/apply/check" : stepHref(next), locale);
}
