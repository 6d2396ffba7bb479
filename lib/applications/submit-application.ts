import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { Prisma } from "@/lib/db/generated/client";
import { evaluate } from "@/lib/eligibility/evaluate";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { windowStateAt } from "@/lib/eligibility/window-state";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import type { MailLocale } from "@/lib/mail/mail-translator";
import { applicationOutcome } from "@/lib/eligibility/application-outcome";
import { generateReferenceNumber } from "./reference-number";
import { applicationSchemaFor, type Application } from "./steps/application-schema";
import { parseAnswers, type AnswerIssue } from "./steps/parse-answers";
import { toScreeningInput } from "./steps/to-screening-input";

export interface SubmitApplicationInput {
  draftId: string;
  /** The rule set in force for the draft's edition. */
  ruleSet: RuleSet;
  /** The server's clock: decides the window, to the millisecond, and is the application's time. */
  now: Date;
  locale: MailLocale;
  /** The site's origin as families reach it, for the status link in the confirmation mail. */
  siteUrl: string;
  /** The version of the privacy notice the consent step showed. */
  privacyNoticeVersion: string;
  /** Where reference numbers come from; replaceable so tests can force a collision. */
  generateReference?: () => string;
}

export type SubmitApplicationResult =
  | { ok: true; reference: string; applicationId: string; alreadySubmitted: boolean }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "window_closed"; window: "upcoming" | "closed" }
  | { ok: false; reason: "invalid"; issues: readonly AnswerIssue[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE_ATTEMPTS = 5;

/**
 * Turns a draft into an application: checks the window, re-checks every answer with the step
 * schemas, screens it, and stores the application with its children, bank account, documents,
 * consent, survey, screening result and confirmation mail in one transaction, so a failure at
 * any point stores nothing and leaves the draft as it was.
 *
 * Idempotent: a draft becomes at most one application. A second submission (double tap, retry
 * after a dropped connection, back button) returns the first one's reference. Concurrent ones are
 * serialised by locking the draft row; the unique draft_id backs that up.
 */
export async function submitApplication(
  prisma: PrismaClient,
  input: SubmitApplicationInput,
): Promise<SubmitApplicationResult> {
  if (!UUID.test(input.draftId)) return { ok: false, reason: "not_found" };
  const draft = await prisma.draft.findUnique({
    where: { id: input.draftId },
    select: {
      editionYear: true,
      answers: true,
      expiresAt: true,
      application: { select: { id: true, reference: true } },
    },
  });
  if (!draft) return { ok: false, reason: "not_found" };
  const existing = submitted(draft.application);
  if (existing) return existing;
  if (draft.expiresAt.getTime() <= input.now.getTime()) return { ok: false, reason: "not_found" };
  if (draft.editionYear !== input.ruleSet.edition) {
    throw new RangeError("submitApplication needs the rule set of the draft's own edition");
  }

  const { window } = input.ruleSet;
  const state = windowStateAt(Date.parse(window.opensAt), Date.parse(window.closesAt), input.now.getTime());
  if (state !== "open") return { ok: false, reason: "window_closed", window: state };

  const parsed = parseAnswers(applicationSchemaFor(input.ruleSet), draft.answers);
  if (!parsed.ok) return { ok: false, reason: "invalid", issues: parsed.issues };

  const edition = await prisma.edition.findUnique({ where: { year: input.ruleSet.edition }, select: { id: true } });
  if (!edition) throw new Error("The rule set's edition is not in the database");

  const generate = input.generateReference ?? generateReferenceNumber;
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertApplication(prisma, input, edition.id, parsed.data, generate());
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
      // Lost a race with a concurrent submission of the same draft: that one's application counts.
      const winner = submitted(
        await prisma.application.findUnique({
          where: { draftId: input.draftId },
          select: { id: true, reference: true },
        }),
      );
      if (winner) return winner;
      // A new reference number happened to be taken already: draw another.
      if (violates(error, "reference") && attempt < REFERENCE_ATTEMPTS) continue;
      throw error;
    }
  }
}

function submitted(application: { id: string; reference: string | null } | null): SubmitApplicationResult | undefined {
  if (!application?.reference) return undefined;
  return { ok: true, reference: application.reference, applicationId: application.id, alreadySubmitted: true };
}

// A plain JSON copy: drops undefined fields, which a Json column cannot hold.
function asJson(value: object): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

// Prisma's driver adapters report the violated constraint in differently shaped metadata.
function violates(error: Prisma.PrismaClientKnownRequestError, column: string): boolean {
  return JSON.stringify(error.meta ?? {}).includes(column) || error.message.includes(column);
}

async function insertApplication(
  prisma: PrismaClient,
  input: SubmitApplicationInput,
  editionId: string,
  application: Application,
  reference: string,
): Promise<SubmitApplicationResult> {
  const screeningInput = toScreeningInput(application, input.now);
  const result = evaluate(input.ruleSet, screeningInput);
  const { bankAccount, consent, survey, documents, ...rest } = application;
  const answers = { ...rest, documents: { sendLater: documents.sendLater } };

  return prisma.$transaction(
    async (tx) => {
      // Waits for a concurrent submission of this draft to finish, then sees its application.
      await tx.$queryRaw`SELECT id FROM draft WHERE id = ${input.draftId}::uuid FOR UPDATE`;
      const earlier = submitted(
        await tx.application.findUnique({ where: { draftId: input.draftId }, select: { id: true, reference: true } }),
      );
      if (earlier) return earlier;

      const created = await tx.application.create({
        data: {
          editionId,
          reference,
          status: "received",
          locale: input.locale,
          submittedAt: input.now,
          draftId: input.draftId,
          answers: asJson(answers),
          screeningInput: asJson(screeningInput),
          screeningResult: asJson(result),
          screeningOutcome: applicationOutcome(result.children),
          ruleSetVersion: result.ruleSetVersion,
          screenedAt: input.now,
          children: {
            create: result.children.map((child) => {
              const answered = application.children[child.childIndex];
              if (!answered) throw new Error("The screening result names a child the application does not have");
              return {
                childIndex: child.childIndex,
                birthDate: new Date(`${answered.birthDate}T00:00:00.000Z`),
                schoolKind: answered.schoolKind,
                screeningOutcome: child.outcome,
                amountYen: child.amountYen,
              };
            }),
          },
        },
        select: { id: true },
      });
      await tx.bankAccount.create({ data: { applicationId: created.id, ...bankAccount } });
      if (documents.files.length > 0) {
        await tx.applicationDocument.createMany({
          data: documents.files.map((file) => ({
            applicationId: created.id,
            checklistItem: file.checklistItem,
            storageKey: file.storageKey,
            mimeType: file.mimeType,
            sizeBytes: file.size,
          })),
        });
      }
      await tx.consent.create({
        data: {
          applicationId: created.id,
          privacy: consent.privacy,
          dataUse: consent.dataUse,
          privacyNoticeVersion: input.privacyNoticeVersion,
          consentedAt: input.now,
        },
      });
      const surveyAnswers = asJson(survey ?? {});
      if (Object.keys(surveyAnswers).length > 0) {
        await tx.surveyResponse.create({
          data: { applicationId: created.id, answers: asJson(surveyAnswers) },
        });
      }
      await enqueueMail(tx, {
        kind: "application_confirmation",
        locale: input.locale,
        recipient: application.guardian.email,
        data: { referenceNumber: reference, siteUrl: input.siteUrl },
        applicationId: created.id,
      });
      // The draft's copy of the answers is no longer needed, and personal data is kept once only.
      await tx.draft.update({
        where: { id: input.draftId },
        data: { submittedAt: input.now, answers: {}, currentStep: null },
      });
      return { ok: true as const, reference, applicationId: created.id, alreadySubmitted: false };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
