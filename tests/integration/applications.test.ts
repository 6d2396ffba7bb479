import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitApplication, type SubmitApplicationInput } from "@/lib/applications";
import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import { createDraft, deleteExpiredDrafts, resumeDraft, saveDraftStep } from "@/lib/drafts";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
beforeAll(() => installBuiltInRuleSets(prisma));
afterAll(() => prisma.$disconnect());

const ruleSet: RuleSet = builtInRuleSet(2026)!;
const inWindow = new Date("2026-01-10T03:00:00.000Z");
const closesAt = new Date(Date.parse(ruleSet.window.closesAt));
const DAY = 24 * 60 * 60 * 1000;

let fileNumber = 0;
/** Sample answers whose stored file is this test's own, since storage keys are unique. */
function answersWithOwnFile(): Record<string, unknown> {
  fileNumber += 1;
  const answers = sampleAnswers();
  answers.documents = {
    files: [
      {
        checklistItem: "income_proof",
        storageKey: `itest/${Date.now().toString(36)}-${fileNumber}.pdf`,
        mimeType: "application/pdf",
        size: 2048,
      },
    ],
    sendLater: [],
  };
  return answers;
}

/** A draft filled in step by step, as the form would save it. */
async function filledDraft(answers: Record<string, unknown> = answersWithOwnFile()) {
  const draft = await createDraft(prisma, { editionYear: 2026, now: inWindow, retentionMs: 30 * DAY });
  for (const [step, value] of Object.entries(answers)) {
    const saved = await saveDraftStep(prisma, draft.draftId, step, { [step]: value }, { now: inWindow });
    expect(saved).toEqual({ ok: true });
  }
  return draft;
}

function submission(draftId: string, overrides: Partial<SubmitApplicationInput> = {}): SubmitApplicationInput {
  return {
    draftId,
    ruleSet,
    now: inWindow,
    locale: "ja",
    siteUrl: "https://apply.example.org",
    privacyNoticeVersion: "2026-01",
    ...overrides,
  };
}

async function storedRowsFor(draftId: string) {
  const application = await prisma.application.findUnique({ where: { draftId }, select: { id: true } });
  const id = application?.id ?? "00000000-0000-0000-0000-000000000000";
  return {
    applications: await prisma.application.count({ where: { draftId } }),
    children: await prisma.applicationChild.count({ where: { applicationId: id } }),
    banks: await prisma.bankAccount.count({ where: { applicationId: id } }),
    documents: await prisma.applicationDocument.count({ where: { applicationId: id } }),
    consents: await prisma.consent.count({ where: { applicationId: id } }),
    mails: await prisma.outboxMessage.count({ where: { applicationId: id } }),
    draft: await prisma.draft.findUnique({ where: { id: draftId }, select: { submittedAt: true } }),
  };
}

describe("submitting an application", () => {
  it("stores the application, its children, bank account, documents, consent, survey, screening and one mail", async () => {
    const { draftId } = await filledDraft();
    const result = await submitApplication(prisma, submission(draftId));
    expect(result).toMatchObject({ ok: true, alreadySubmitted: false });
    if (!result.ok) return;
    expect(result.reference).toMatch(/^[2-9ACDEFGHJKMNPRTWXY]{5}-[2-9ACDEFGHJKMNPRTWXY]{5}$/);

    const stored = await prisma.application.findUniqueOrThrow({
      where: { id: result.applicationId },
      include: {
        children: { orderBy: { childIndex: "asc" } },
        bankAccount: true,
        documents: true,
        consent: true,
        surveyResponse: true,
      },
    });
    expect(stored).toMatchObject({
      reference: result.reference,
      status: "received",
      locale: "ja",
      draftId,
      ruleSetVersion: 1,
      screeningOutcome: "eligible",
    });
    expect(stored.submittedAt?.toISOString()).toBe(inWindow.toISOString());
    expect(
      stored.children.map((child) => [child.childIndex, child.schoolKind, child.screeningOutcome, child.amountYen]),
    ).toEqual([
      [0, "jhs", "eligible", ruleSet.amountsYen.jhs],
      [1, "hs", "eligible", ruleSet.amountsYen.hs],
    ]);
    expect(stored.children[0]?.birthDate.toISOString().slice(0, 10)).toBe("2013-06-15");
    expect(stored.bankAccount).toMatchObject({
      bankCode: "0001",
      branchCode: "001",
      accountNumber: "7654321",
      holderName: "ﾐﾎﾝ ﾊﾅｺ",
    });
    expect(stored.documents).toHaveLength(1);
    expect(stored.documents[0]).toMatchObject({
      checklistItem: "income_proof",
      mimeType: "application/pdf",
      sizeBytes: 2048,
    });
    expect(stored.consent).toMatchObject({ privacy: true, dataUse: true, privacyNoticeVersion: "2026-01" });
    expect(stored.surveyResponse?.answers).toEqual({ expectedCostYen: 80000, hardestCosts: ["uniform"] });
    // The bank account is stored in its own table only.
    expect(JSON.stringify(stored.answers)).not.toContain("7654321");
    expect(stored.answers).toMatchObject({ guardian: { familyName: "見本", familyNameKana: "ミホン" } });
    expect(stored.screeningResult).toMatchObject({ edition: 2026, ruleSetVersion: 1 });

    const mails = await prisma.outboxMessage.findMany({ where: { applicationId: result.applicationId } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      kind: "application_confirmation",
      locale: "ja",
      recipient: "sample.hanako@example.com",
      status: "pending",
    });
    expect(mails[0]?.textBody).toContain(result.reference);

    const draft = await prisma.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.submittedAt?.toISOString()).toBe(inWindow.toISOString());
    expect(draft.answers).toEqual({});
    expect(await saveDraftStep(prisma, draftId, "household", { household: {} }, { now: inWindow })).toEqual({
      ok: false,
      reason: "not_open",
    });
  });

  it("gives the same application back when the same draft is submitted again", async () => {
    const { draftId } = await filledDraft();
    const first = await submitApplication(prisma, submission(draftId));
    const again = await submitApplication(prisma, submission(draftId, { now: new Date(inWindow.getTime() + 5000) }));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again).toEqual({ ...first, alreadySubmitted: true });
    expect((await storedRowsFor(draftId)).applications).toBe(1);
    expect((await storedRowsFor(draftId)).mails).toBe(1);
  });

  it("creates one application when the same draft is submitted concurrently", async () => {
    const { draftId } = await filledDraft();
    const results = await Promise.all([1, 2, 3].map(() => submitApplication(prisma, submission(draftId))));
    const references = new Set(results.map((result) => (result.ok ? result.reference : result.reason)));
    expect(references.size).toBe(1);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && !result.alreadySubmitted)).toHaveLength(1);
    const rows = await storedRowsFor(draftId);
    expect([rows.applications, rows.children, rows.banks, rows.mails]).toEqual([1, 2, 1, 1]);
  });

  it("refuses a submission at the close, to the millisecond, and stores nothing", async () => {
    const { draftId } = await filledDraft();
    const lastMoment = new Date(closesAt.getTime() - 1);
    expect(await submitApplication(prisma, submission(draftId, { now: closesAt }))).toEqual({
      ok: false,
      reason: "window_closed",
      window: "closed",
    });
    const before = await submitApplication(prisma, submission(draftId, { now: new Date("2025-12-01T00:00:00Z") }));
    expect(before).toEqual({ ok: false, reason: "window_closed", window: "upcoming" });
    const rows = await storedRowsFor(draftId);
    expect([rows.applications, rows.draft?.submittedAt]).toEqual([0, null]);
    expect(await submitApplication(prisma, submission(draftId, { now: lastMoment }))).toMatchObject({ ok: true });
  });

  it("leaves no partial application when the database refuses the document insert", async () => {
    const first = await filledDraft();
    const taken = await submitApplication(prisma, submission(first.draftId));
    expect(taken.ok).toBe(true);
    const firstFile = await prisma.applicationDocument.findFirstOrThrow({
      where: { application: { draftId: first.draftId } },
    });
    // A second draft names the first one's stored file: the unique storage key refuses the insert,
    // after the application, its children and its bank account were written in the transaction.
    const answers = sampleAnswers();
    answers.documents = {
      files: [
        { checklistItem: "income_proof", storageKey: firstFile.storageKey, mimeType: "application/pdf", size: 10 },
      ],
      sendLater: [],
    };
    const { draftId } = await filledDraft(answers);
    const mailsBefore = await prisma.outboxMessage.count();
    const banksBefore = await prisma.bankAccount.count();
    const childrenBefore = await prisma.applicationChild.count();
    await expect(submitApplication(prisma, submission(draftId))).rejects.toThrow();
    const rows = await storedRowsFor(draftId);
    expect([rows.applications, rows.draft?.submittedAt]).toEqual([0, null]);
    expect(await prisma.outboxMessage.count()).toBe(mailsBefore);
    expect(await prisma.bankAccount.count()).toBe(banksBefore);
    expect(await prisma.applicationChild.count()).toBe(childrenBefore);
    const draft = await prisma.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.answers).toMatchObject({ guardian: { givenName: "花子" } });
  });

  it("draws another reference number when the first one drawn is taken", async () => {
    const { draftId: firstDraft } = await filledDraft();
    const first = await submitApplication(prisma, submission(firstDraft));
    if (!first.ok) throw new Error("the first submission failed");
    const { draftId } = await filledDraft();
    const drawn = [first.reference, "KMNPR-TWXY2"];
    const second = await submitApplication(
      prisma,
      submission(draftId, { generateReference: () => drawn.shift() ?? "" }),
    );
    expect(second).toMatchObject({ ok: true, reference: "KMNPR-TWXY2" });
  });

  it("answers hostile input with field-level issues and stores nothing", async () => {
    const answers = answersWithOwnFile();
    answers.guardian = { ...(answers.guardian as object), familyName: "見本\u0007", givenName: "花".repeat(5000) };
    answers.household = { size: ["3"], dependants: { $gt: 0 }, publicAssistance: "maybe", pensionOnlyIncome: 1 };
    answers.children = "two";
    answers.bankAccount = {
      bankCode: "0001;DROP TABLE",
      branchCode: 1,
      accountType: "gold",
      accountNumber: "x",
      holderName: "<script>",
    };
    answers.consent = { privacy: "true", dataUse: false };
    answers.documents = {
      files: [
        {
          checklistItem: "income_proof",
          storageKey: "../../etc/passwd",
          mimeType: "text/html",
          size: 50 * 1024 * 1024,
        },
      ],
      sendLater: [],
    };
    const { draftId } = await filledDraft(answers);
    const result = await submitApplication(prisma, submission(draftId));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "guardian.familyName",
        "guardian.givenName",
        "household.size",
        "household.dependants",
        "household.publicAssistance",
        "household.pensionOnlyIncome",
        "children",
        "bankAccount.bankCode",
        "bankAccount.branchCode",
        "bankAccount.accountType",
        "bankAccount.holderName",
        "consent.privacy",
        "consent.dataUse",
        "documents.files.0.storageKey",
        "documents.files.0.mimeType",
        "documents.files.0.size",
      ]),
    );
    for (const issue of result.issues) expect(issue.messageKey).toMatch(/^(application|fields)\.[a-zA-Z.]+$/);
    const rows = await storedRowsFor(draftId);
    expect([rows.applications, rows.draft?.submittedAt]).toEqual([0, null]);
  });

  it("keeps drafts from saving what they cannot hold or should not keep", async () => {
    const { draftId } = await createDraft(prisma, { editionYear: 2026, now: inWindow, retentionMs: DAY });
    const save = (step: string, answers: unknown) => saveDraftStep(prisma, draftId, step, answers, { now: inWindow });
    expect(await save("household", { household: { size: "\u0000" } })).toEqual({ ok: false, reason: "unreadable" });
    expect(await save("household", { household: { size: "x".repeat(70_000) } })).toEqual({
      ok: false,
      reason: "too_large",
    });
    expect(await save("nonsense", {})).toEqual({ ok: false, reason: "unknown_step" });
    expect(await save("household", { household: { size: "4" }, bankAccount: { accountNumber: "1" } })).toEqual({
      ok: true,
    });
    const draft = await prisma.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.answers).toEqual({ household: { size: "4" } });
    expect(draft.currentStep).toBe("household");
  });
});

describe("drafts", () => {
  it("resumes a draft by its code, typed loosely, and deletes it once expired", async () => {
    const { draftId, resumeCode } = await createDraft(prisma, { editionYear: 2026, now: inWindow, retentionMs: DAY });
    await saveDraftStep(prisma, draftId, "applicant", { applicant: { role: "guardian" } }, { now: inWindow });
    const typed = ` ${resumeCode.toLowerCase().replace("-", " ")} `;
    expect(await resumeDraft(prisma, typed, inWindow)).toMatchObject({
      draftId,
      editionYear: 2026,
      currentStep: "applicant",
      answers: { applicant: { role: "guardian" } },
      submittedAt: null,
    });
    const stored = await prisma.draft.findUniqueOrThrow({ where: { id: draftId } });
    expect(stored.resumeCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(resumeCode.replace("-", ""));

    const later = new Date(inWindow.getTime() + DAY);
    expect(await resumeDraft(prisma, resumeCode, later)).toBeUndefined();
    expect(await deleteExpiredDrafts(prisma, later)).toBeGreaterThanOrEqual(1);
    expect(await prisma.draft.findUnique({ where: { id: draftId } })).toBeNull();
    expect(await resumeDraft(prisma, resumeCode, inWindow)).toBeUndefined();
  });

  it("keeps a draft in use alive and leaves unexpired drafts alone", async () => {
    const { draftId, resumeCode } = await createDraft(prisma, { editionYear: 2026, now: inWindow, retentionMs: DAY });
    const nextDay = new Date(inWindow.getTime() + DAY - 1000);
    await saveDraftStep(
      prisma,
      draftId,
      "applicant",
      { applicant: { role: "guardian" } },
      { now: nextDay, retentionMs: DAY },
    );
    await deleteExpiredDrafts(prisma, new Date(inWindow.getTime() + DAY + 1000));
    expect(await resumeDraft(prisma, resumeCode, new Date(inWindow.getTime() + DAY + 1000))).toMatchObject({ draftId });
  });
});
