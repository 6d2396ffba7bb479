import { applicationSchemaFor } from "@/lib/applications/steps/application-schema";
import { parseAnswers } from "@/lib/applications/steps/parse-answers";
import { toScreeningInput } from "@/lib/applications/steps/to-screening-input";
import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { Prisma } from "@/lib/db/generated/client";
import { applicationOutcome } from "@/lib/eligibility/application-outcome";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { evaluate } from "@/lib/eligibility/evaluate";

/**
 * The demo application on the status page: look it up with this reference number and the birth
 * date of its first child. Staff have asked for information, so the page offers an upload.
 */
export const DEMO_APPLICATION = {
  reference: "DEMA2-CHECK",
  childBirthDate: "2013-06-15",
  editionYear: 2026,
} as const;

const SUBMITTED_AT = new Date("2026-01-12T10:00:00.000+09:00");

/**
 * Stores the demo application (the fictional family 見本 of lib/applications/testing), screened by
 * the shipped 2026 rules, with its proof of income still to come. Keyed on its reference number:
 * once it exists nothing is changed, so a second run neither duplicates it nor undoes what was
 * done to it since (documents uploaded, a status changed by staff).
 */
export async function seedDemoApplication(prisma: PrismaClient): Promise<void> {
  const exists = await prisma.application.count({ where: { reference: DEMO_APPLICATION.reference } });
  if (exists > 0) return;

  const ruleSet = builtInRuleSet(DEMO_APPLICATION.editionYear);
  if (!ruleSet) throw new Error("The demo application needs the shipped 2026 rules");
  const parsed = parseAnswers(applicationSchemaFor(ruleSet), {
    ...sampleAnswers(),
    documents: { files: [], sendLater: ["income_proof"] },
  });
  if (!parsed.ok) throw new Error("The demo application's answers are not valid");
  const application = parsed.data;
  const screeningInput = toScreeningInput(application, SUBMITTED_AT);
  const result = evaluate(ruleSet, screeningInput);
  const { bankAccount, consent, survey, documents, ...rest } = application;
  const json = (value: object) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

  await prisma.application.upsert({
    where: { reference: DEMO_APPLICATION.reference },
    update: {},
    create: {
      edition: { connect: { year: DEMO_APPLICATION.editionYear } },
      reference: DEMO_APPLICATION.reference,
      status: "information_requested",
      locale: "ja",
      submittedAt: SUBMITTED_AT,
      answers: json({ ...rest, documents: { sendLater: documents.sendLater } }),
      screeningInput: json(screeningInput),
      screeningResult: json(result),
      screeningOutcome: applicationOutcome(result.children),
      ruleSetVersion: result.ruleSetVersion,
      screenedAt: SUBMITTED_AT,
      children: {
        create: result.children.map((child) => ({
          childIndex: child.childIndex,
          birthDate: new Date(`${application.children[child.childIndex]!.birthDate}T00:00:00.000Z`),
          schoolKind: application.children[child.childIndex]!.schoolKind,
          screeningOutcome: child.outcome,
          amountYen: child.amountYen,
        })),
      },
      bankAccount: { create: bankAccount },
      consent: {
        create: {
          privacy: consent.privacy,
          dataUse: consent.dataUse,
          privacyNoticeVersion: "demo",
          consentedAt: SUBMITTED_AT,
        },
      },
      ...(survey ? { surveyResponse: { create: { answers: json(survey) } } } : {}),
    },
  });
}
