import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateReferenceNumber } from "@/lib/applications";
import { findApplicationStatus } from "@/lib/applications/find-application-status";
import { receiveStatusUpload } from "@/lib/applications/receive-status-upload";
import {
  createStatusLookupGuard,
  guardStatusLookup,
  STATUS_LOOKUP_LIMITERS,
  type StatusLookupGuard,
} from "@/lib/applications/status-lookup-guard";
import { createDocumentStore, type DocumentStore } from "@/lib/documents/document-store";
import { PDF } from "@/lib/documents/testing/sample-files";
import { createUploadAdmission } from "@/lib/documents/upload-admission";
import { recentLockouts } from "@/lib/http/lockout-log";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { submittedApplication } from "./support/submitted-application";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
let rootDir: string;
let store: DocumentStore;
beforeAll(async () => {
  await installBuiltInRuleSets(prisma);
  rootDir = await mkdtemp(path.join(tmpdir(), "status-guard-itest-"));
  store = createDocumentStore(rootDir);
});
afterAll(async () => {
  await prisma.$disconnect();
  await rm(rootDir, { recursive: true, force: true });
});

const LIMIT = 10;

function guard(options: { limitPerHour?: number; allClientsPerHour?: number } = {}): StatusLookupGuard {
  return createStatusLookupGuard({
    limitPerHour: options.limitPerHour ?? LIMIT,
    allClientsPerHour: options.allClientsPerHour ?? 100_000,
    prisma,
  });
}

// The all-clients budget is one count for the whole database: each test starts it afresh.
beforeEach(() => guard().allClients.reset("all"));

/** A client address of its own for each use, so tests never share a client's count. */
const newClient = () => `198.51.100.${randomUUID()}`;
const newReference = () => generateReferenceNumber();

/** A lookup that answers as told and counts how often it would have reached the database. */
function fakeLookup(answer: { found: boolean }) {
  const calls = { count: 0 };
  const run = async () => {
    calls.count += 1;
    return answer;
  };
  return { calls, run };
}
const found = { found: true as const, status: "received" };
const notFound = { found: false as const };

/** The real status lookup, counting the lookups that reached the database and the dates they tried. */
function countedLookup() {
  const tried: string[] = [];
  const lookup: typeof findApplicationStatus = (client, input) => {
    tried.push(String(input.birthDate));
    return findApplicationStatus(client, input);
  };
  return { tried, lookup };
}

/** Every day of 2013, as YYYY-MM-DD: 365 birth dates, one of which (2013-06-15) is the sample child's. */
function daysOf2013(): string[] {
  return Array.from({ length: 365 }, (_, day) => new Date(Date.UTC(2013, 0, 1 + day)).toISOString().slice(0, 10));
}
const RIGHT_DATE = "2013-06-15";

/** The 365 dates with the right one moved to `index`, so the test decides whether it comes early or late. */
function guessesWithRightAt(index: number): string[] {
  const wrong = daysOf2013().filter((date) => date !== RIGHT_DATE);
  return [...wrong.slice(0, index), RIGHT_DATE, ...wrong.slice(index)];
}

describe("guardStatusLookup", () => {
  it("passes the lookup's answer through while the budget lasts", async () => {
    const keys = { client: newClient(), reference: newReference() };
    expect(await guardStatusLookup(guard(), keys, fakeLookup(found).run)).toEqual(found);
    expect(await guardStatusLookup(guard(), keys, fakeLookup(notFound).run)).toEqual(notFound);
  });

  it("limits a client after the allowed wrong guesses, whatever references it tries, without looking up", async () => {
    const g = guard({ limitPerHour: 3 });
    const client = newClient();
    for (let index = 0; index < 3; index++) {
      expect(await guardStatusLookup(g, { client, reference: newReference() }, fakeLookup(notFound).run)).toEqual(
        notFound,
      );
    }
    const next = fakeLookup(found);
    expect(await guardStatusLookup(g, { client, reference: newReference() }, next.run)).toEqual({
      found: false,
      limited: true,
    });
    expect(next.calls.count).toBe(0);
    // Another client is not affected.
    expect(await guardStatusLookup(g, { client: newClient(), reference: newReference() }, next.run)).toEqual(found);
  });

  it("counts only failed lookups: successes give their point back", async () => {
    const g = guard({ limitPerHour: 2 });
    const keys = { client: newClient(), reference: newReference() };
    for (let index = 0; index < 10; index++) {
      expect(await guardStatusLookup(g, keys, fakeLookup(found).run)).toEqual(found);
    }
  });

  it("clears a reference's count on success, but not the client's", async () => {
    const g = guard({ limitPerHour: 2 });
    const reference = newReference();
    const [c1, c2, c3] = [newClient(), newClient(), newClient()];
    await guardStatusLookup(g, { client: c1, reference }, fakeLookup(notFound).run);
    await guardStatusLookup(g, { client: c2, reference }, fakeLookup(notFound).run);
    // The reference's budget is spent; c1 has failures of its own, so it is refused there.
    expect(await guardStatusLookup(g, { client: c1, reference }, fakeLookup(found).run)).toEqual({
      found: false,
      limited: true,
    });
    // c3 finds it and clears the reference's count: c1 gets through again…
    expect(await guardStatusLookup(g, { client: c3, reference }, fakeLookup(found).run)).toEqual(found);
    expect(await guardStatusLookup(g, { client: c1, reference }, fakeLookup(notFound).run)).toEqual(notFound);
    // …but its own two failures still count: it is limited now, anywhere.
    const elsewhere = fakeLookup(found);
    expect(await guardStatusLookup(g, { client: c1, reference: newReference() }, elsewhere.run)).toEqual({
      found: false,
      limited: true,
    });
    expect(elsewhere.calls.count).toBe(0);
  });

  it("gives the points back when the lookup itself fails, so an outage uses up no one's tries", async () => {
    const g = guard({ limitPerHour: 1 });
    const keys = { client: newClient(), reference: newReference() };
    const broken = () => Promise.reject(new Error("database unavailable"));
    await expect(guardStatusLookup(g, keys, broken)).rejects.toThrow("database unavailable");
    await expect(guardStatusLookup(g, keys, broken)).rejects.toThrow("database unavailable");
    expect(await guardStatusLookup(g, keys, fakeLookup(notFound).run)).toEqual(notFound);
  });
});

describe("365 status guesses sent at once for one reference", () => {
  it("evaluate at most the limit, and miss the right birth date when it comes after the budget", async () => {
    const { reference } = await submittedApplication(prisma);
    const client = newClient();
    const counted = countedLookup();
    const g = guard();
    const results = await Promise.all(
      guessesWithRightAt(200).map((birthDate) =>
        guardStatusLookup(g, { client, reference }, () =>
          counted.lookup(prisma, { referenceNumber: reference, birthDate }),
        ),
      ),
    );
    expect(counted.tried.length).toBeLessThanOrEqual(LIMIT);
    const foundAny = results.some((result) => result.found);
    expect(foundAny).toBe(counted.tried.includes(RIGHT_DATE));
    expect(foundAny).toBe(false);
    expect(results.filter((result) => "limited" in result)).toHaveLength(365 - counted.tried.length);
  });

  it("find the right birth date only when it falls within the budget", async () => {
    const { reference } = await submittedApplication(prisma);
    const client = newClient();
    const counted = countedLookup();
    const g = guard();
    const results = await Promise.all(
      guessesWithRightAt(0).map((birthDate) =>
        guardStatusLookup(g, { client, reference }, () =>
          counted.lookup(prisma, { referenceNumber: reference, birthDate }),
        ),
      ),
    );
    const wrongTried = counted.tried.filter((date) => date !== RIGHT_DATE);
    expect(wrongTried.length).toBeLessThanOrEqual(LIMIT);
    // The one right guess gives its point back; it cannot make room for more than itself.
    expect(counted.tried.length).toBeLessThanOrEqual(LIMIT + 1);
    expect(results.some((result) => result.found)).toBe(counted.tried.includes(RIGHT_DATE));
  });

  it("from 365 addresses, evaluate no more than the all-clients budget", async () => {
    const { reference } = await submittedApplication(prisma);
    const counted = countedLookup();
    const g = guard({ allClientsPerHour: 30 });
    const results = await Promise.all(
      guessesWithRightAt(300).map((birthDate) =>
        guardStatusLookup(g, { client: newClient(), reference }, () =>
          counted.lookup(prisma, { referenceNumber: reference, birthDate }),
        ),
      ),
    );
    expect(counted.tried.length).toBeLessThanOrEqual(30);
    expect(results.some((result) => result.found)).toBe(counted.tried.includes(RIGHT_DATE));
    const ceiling = (await recentLockouts(prisma, new Date(Date.now() - 60_000))).find(
      (entry) => entry.limiter === STATUS_LOOKUP_LIMITERS.allClients,
    );
    expect(ceiling?.refused).toBeGreaterThan(0);
  });

  it("through the status upload, evaluate at most the limit and attach a file only if the right date was within it", async () => {
    for (const rightAt of [0, 200]) {
      const { reference, applicationId } = await submittedApplication(prisma, { informationRequested: true });
      const client = newClient();
      const counted = countedLookup();
      const services = {
        guard: guard(),
        admission: createUploadAdmission(
          {
            UPLOAD_DIR: rootDir,
            UPLOAD_MB_PER_CLIENT_PER_HOUR: 1000,
            UPLOAD_MB_PER_HOUR: 100_000,
            UPLOAD_MIN_FREE_MB: 0,
          },
          { prisma },
        ),
      };
      const results = await Promise.all(
        guessesWithRightAt(rightAt).map((birthDate) =>
          receiveStatusUpload(
            prisma,
            store,
            services,
            {
              pair: { referenceNumber: reference, birthDate },
              client,
              checklistItem: "income_proof",
              files: [new File([new Uint8Array(PDF)], "proof.pdf", { type: "application/pdf" })],
              maxBytes: 10 * 1024 * 1024,
              now: new Date(),
            },
            counted.lookup,
          ),
        ),
      );
      expect(counted.tried.filter((date) => date !== RIGHT_DATE).length).toBeLessThanOrEqual(LIMIT);
      expect(counted.tried.length).toBeLessThanOrEqual(LIMIT + 1);
      const rightTried = counted.tried.includes(RIGHT_DATE);
      const attached = await prisma.applicationDocument.count({ where: { applicationId } });
      expect(attached).toBe(rightTried ? 1 : 0);
      expect(results.filter((result) => result.verified)).toHaveLength(rightTried ? 1 : 0);
      if (rightAt === 200) expect(rightTried).toBe(false);
    }
  });
});

describe("a family whose reference someone else has been guessing at", () => {
  it("still finds its application from a client with no failures of its own, and staff see the lock-out", async () => {
    const { reference, applicationId } = await submittedApplication(prisma);
    const g = guard({ limitPerHour: 3 });
    const since = new Date(Date.now() - 1000);
    const attacker = newClient();
    // The attacker spends the reference's budget (and its own).
    for (const birthDate of ["2013-01-01", "2013-01-02", "2013-01-03"]) {
      await guardStatusLookup(g, { client: attacker, reference }, () =>
        findApplicationStatus(prisma, { referenceNumber: reference, birthDate }),
      );
    }
    // Another guesser that has failed elsewhere is refused at the locked reference.
    const other = newClient();
    await guardStatusLookup(g, { client: other, reference: newReference() }, fakeLookup(notFound).run);
    const refusedLookup = fakeLookup(found);
    expect(await guardStatusLookup(g, { client: other, reference }, refusedLookup.run)).toEqual({
      found: false,
      limited: true,
    });
    expect(refusedLookup.calls.count).toBe(0);

    // The family, on its own phone, knows the pair.
    const family = newClient();
    expect(
      await guardStatusLookup(g, { client: family, reference }, () =>
        findApplicationStatus(prisma, { referenceNumber: reference, birthDate: "2013-06-15" }),
      ),
    ).toMatchObject({ found: true, applicationId });

    const lockouts = (await recentLockouts(prisma, since)).filter((entry) => entry.subject === reference);
    expect(lockouts).toEqual([
      {
        limiter: STATUS_LOOKUP_LIMITERS.perReference,
        subject: reference,
        startedAt: expect.any(Date),
        endsAt: expect.any(Date),
        refused: 1,
        letThrough: 1,
      },
    ]);
    expect(lockouts[0]!.endsAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    // Nothing about who the clients were is kept with it.
    const rows = await prisma.limitLockout.findMany({ where: { subject: reference } });
    expect(JSON.stringify(rows)).not.toMatch(/198\.51\.100/);
  });

  it("counts the let-through guess of a fresh client, which then has no second one", async () => {
    const { reference } = await submittedApplication(prisma);
    const g = guard({ limitPerHour: 2 });
    for (const birthDate of ["2013-01-01", "2013-01-02"]) {
      await guardStatusLookup(g, { client: newClient(), reference }, () =>
        findApplicationStatus(prisma, { referenceNumber: reference, birthDate }),
      );
    }
    const fresh = newClient();
    const first = fakeLookup(notFound);
    expect(await guardStatusLookup(g, { client: fresh, reference }, first.run)).toEqual(notFound);
    expect(first.calls.count).toBe(1);
    const second = fakeLookup(found);
    expect(await guardStatusLookup(g, { client: fresh, reference }, second.run)).toEqual({
      found: false,
      limited: true,
    });
    expect(second.calls.count).toBe(0);
  });
});
