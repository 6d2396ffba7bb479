import { submitApplication } from "@/lib/applications";
import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { createDraft, saveDraftStep } from "@/lib/drafts";
import { builtInRuleSet } from "@/lib/eligibility/editions";

/** Inside the 2026 edition's application window. */
export const IN_WINDOW = new Date("2026-01-10T03:00:00.000Z");

/**
 * A submitted 2026 application of the sample family (children born 2013-06-15 and 2010-07-20),
 * documents to follow; the rule sets must be installed. `informationRequested` sets the status
 * that lets the family send documents from the status page.
 */
export async function submittedApplication(
  prisma: PrismaClient,
  options: { locale?: "ja" | "en"; informationRequested?: boolean } = {},
) {
  const answers = { ...sampleAnswers(), documents: { files: [], sendLater: ["income_proof", "disability_proof"] } };
  const draft = await createDraft(prisma, { editionYear: 2026, now: IN_WINDOW, retentionMs: 86_400_000 });
  for (const [step, value] of Object.entries(answers)) {
    await saveDraftStep(prisma, draft.draftId, step, { [step]: value }, { now: IN_WINDOW });
  }
  const result = await submitApplication(prisma, {
    draftId: draft.draftId,
    ruleSet: builtInRuleSet(2026)!,
    now: IN_WINDOW,
    locale: options.locale ?? "en",
    siteUrl: "https://apply.example.org",
    privacyNoticeVersion: "2026-01",
  });
  if (!result.ok) throw new Error(`sample submission failed: ${result.reason}`);
  if (options.informationRequested) {
    await prisma.application.update({ where: { id: result.applicationId }, data: { status: "information_requested" } });
  }
  return result;
}
