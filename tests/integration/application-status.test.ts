import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReferenceNumber } from "@/lib/applications";
import { findApplicationStatus } from "@/lib/applications/find-application-status";
import { createStatusLookupGuard, guardStatusLookup } from "@/lib/applications/status-lookup-guard";
import { DEMO_APPLICATION, seedDemoApplication } from "@/lib/demo/seed-demo-application";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { IN_WINDOW, submittedApplication as submitted } from "./support/submitted-application";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
beforeAll(() => installBuiltInRuleSets(prisma));
afterAll(() => prisma.$disconnect());

const submittedApplication = (locale: "ja" | "en" = "en") => submitted(prisma, { locale });

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
      submittedAt: IN_WINDOW,
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
    const guard = createStatusLookupGuard({ limitPerHour: 2, allClientsPerHour: 1000, prisma });
    const client = "203.0.113.7";
    const guarded = (referenceNumber: string, birthDate: string) =>
      guardStatusLookup(guard, { client, reference: referenceNumber }, () =>
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
