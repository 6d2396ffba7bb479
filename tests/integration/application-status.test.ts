import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReferenceNumber, submitApplication } from "@/lib/applications";
import { findApplicationStatus } from "@/lib/applications/find-application-status";
import { createStatusLookupLimiter, guardStatusLookup } from "@/lib/applications/status-lookup-guard";
import { sampleAnswers } from "@/lib/applications/testing/sample-answers";
import { DEMO_APPLICATION, seedDemoApplication } from "@/lib/demo/seed-demo-application";
import { createDraft, saveDraftStep } from "@/lib/drafts";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
beforeAll(() => installBuiltInRuleSets(prisma));
afterAll(() => prisma.$disconnect());

const ruleSet = builtInRuleSet(2026)!;
const inWindow = new Date("2026-01-10T03:00:00.000Z");

/** A submitted application of the sample family (children born 2013-06-15 and 2010-07-20), documents to follow. */
async function submittedApplication(locale: "ja" | "en" = "en") {
  const answers = { ...sampleAnswers(), documents: { files: [], sendLater: ["income_proof", "disability_proof"] } };
  const draft = await createDraft(prisma, { editionYear: 2026, now: inWindow, retentionMs: 86_400_000 });
  for (const [step, value] of Object.entries(answers)) {
    await saveDraftStep(prisma, draft.draftId, step, { [step]: value }, { now: inWindow });
  }
  const result = await submitApplication(prisma, {
    draftId: draft.draftId,
    ruleSet,
    now: inWindow,
    locale,
    siteUrl: "https://apply.example.org",
    privacyNoticeVersion: "2026-01",
  });
  if (!result.ok) throw new Error(`sample submission failed: ${result.reason}`);
  return result;
}

/** A well-formed reference number that no application has. */
async function unknownReference(): Promise<string> {
  for (;;) {
    const reference = generateReferenceNumber();
    if ((await prisma.application.count({ where: { reference } })) === 0) return reference;
  }
}

describe("looking up an application's status", () => {
  it("finds it by reference number and a child's birth date, as typed", async () => {
    const { reference, applicationId } = await submittedApplication("en");
    const typed = reference.toLowerCase().replace("-", " ");
    expect(
      await findApplicationStatus(prisma, {
        referenceNumber: typed,
        birthDate: { year: "２０１３", month: "6", day: "15" },
      }),
    ).toEqual({
      found: true,
      applicationId,
      status: "received",
      submittedAt: inWindow,
      locale: "en",
      editionYear: 2026,
      informationRequested: false,
    });
    // Any child of the application will do.
    expect(await findApplicationStatus(prisma, { referenceNumber: reference, birthDate: "2010-07-20" })).toMatchObject({
      found: true,
      applicationId,
    });
  });

  it("answers a wrong birth date and an unknown reference identically", async () => {
    const { reference } = await submittedApplication();
    const wrongBirthDate = await findApplicationStatus(prisma, { referenceNumber: reference, birthDate: "2013-06-16" });
    const noSuchReference = await findApplicationStatus(prisma, {
      referenceNumber: await unknownReference(),
      birthDate: "2013-06-15",
    });
    expect(wrongBirthDate).toEqual({ found: false });
    expect(noSuchReference).toEqual({ found: false });
    expect(JSON.stringify(wrongBirthDate)).toBe(JSON.stringify(noSuchReference));
    // Input that cannot be a reference or a date gets the same answer too.
    expect(await findApplicationStatus(prisma, { referenceNumber: "0OOOO-IIIII", birthDate: "2013-02-30" })).toEqual({
      found: false,
    });
  });

  it("lists the documents still missing when information is requested", async () => {
    const { reference, applicationId } = await submittedApplication();
    await prisma.application.update({ where: { id: applicationId }, data: { status: "information_requested" } });
    const lookup = { referenceNumber: reference, birthDate: "2013-06-15" };
    expect(await findApplicationStatus(prisma, lookup)).toMatchObject({
      found: true,
      status: "information_requested",
      informationRequested: true,
      missingItems: ["income_proof", "disability_proof"],
    });

    await prisma.applicationDocument.create({
      data: {
        applicationId,
        checklistItem: "income_proof",
        storageKey: `applications/${applicationId}/status-test-${Date.now()}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: 1000,
      },
    });
    expect(await findApplicationStatus(prisma, lookup)).toMatchObject({ missingItems: ["disability_proof"] });
  });

  it("says the same 'try again later' for a known and an unknown reference once a client is limited", async () => {
    const { reference } = await submittedApplication();
    const limiter = createStatusLookupLimiter(2);
    const client = "203.0.113.7";
    const guarded = (referenceNumber: string, birthDate: string) =>
      guardStatusLookup(limiter, { client, reference: referenceNumber }, () =>
        findApplicationStatus(prisma, { referenceNumber, birthDate }),
      );
    const unknown = await unknownReference();
    expect(await guarded(reference, "2013-06-16")).toEqual({ found: false });
    expect(await guarded(unknown, "2013-06-15")).toEqual({ found: false });
    expect(await guarded(reference, "2013-06-15")).toEqual({ found: false, limited: true });
    expect(await guarded(unknown, "2013-06-15")).toEqual({
      found: false,
      limited: true,
    });
  });
});

describe("the demo application", () => {
  it("is stored once, waiting for its proof of income, and can be looked up", async () => {
    await seedDemoApplication(prisma);
    await seedDemoApplication(prisma);
    expect(await prisma.application.count({ where: { reference: DEMO_APPLICATION.reference } })).toBe(1);
    expect(
      await findApplicationStatus(prisma, {
        referenceNumber: DEMO_APPLICATION.reference,
        birthDate: DEMO_APPLICATION.childBirthDate,
      }),
    ).toMatchObject({
      found: true,
      status: "information_requested",
      locale: "ja",
      informationRequested: true,
      missingItems: ["income_proof"],
    });
  });
});
