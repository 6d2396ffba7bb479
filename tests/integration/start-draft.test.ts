import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentStore, type DocumentStore } from "@/lib/documents/document-store";
import { draftRetention, savingStartsDraft } from "@/lib/drafts/draft-retention";
import { purgeExpiredDrafts } from "@/lib/drafts/purge-expired-drafts";
import { saveDraftStep } from "@/lib/drafts/save-draft-step";
import { startDraft, type DraftCreationLimits } from "@/lib/drafts/start-draft";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const HOUR_MS = 60 * 60 * 1000;
const retention = draftRetention({ UNSTARTED_DRAFT_RETENTION_HOURS: 24, DRAFT_RETENTION_DAYS: 30 });
let folder: string;
let store: DocumentStore;
let run = 0;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "start-draft-"));
  store = createDocumentStore(folder);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await prisma.$disconnect();
});

function limits(perClient: number, allClients: number): DraftCreationLimits {
  const id = run++;
  return {
    perClient: createRateLimiter({
      prisma,
      name: `draft-creation-test-${id}`,
      points: perClient,
      durationSeconds: 3600,
    }),
    allClients: createRateLimiter({
      prisma,
      name: `draft-creation-all-test-${id}`,
      points: allClients,
      durationSeconds: 3600,
    }),
  };
}

function start(client: string, chosen: DraftCreationLimits, now = new Date(), firstAnswers = {}) {
  return startDraft(prisma, {
    client,
    limits: chosen,
    editionYear: 2026,
    now,
    unstartedRetentionMs: retention.unstartedMs,
    firstAnswers,
  });
}

async function draftCount() {
  return prisma.draft.count();
}

describe("startDraft", () => {
  it("refuses a client past its hourly limit, says how long to wait, and creates nothing", async () => {
    const chosen = limits(3, 100);
    for (let index = 0; index < 3; index++) expect(await start("203.0.113.7", chosen)).toMatchObject({ ok: true });
    const before = await draftCount();
    const refused = await start("203.0.113.7", chosen);
    expect(refused).toMatchObject({ ok: false, reason: "client_limit" });
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(3000);
    expect(await draftCount()).toBe(before);
    // Another client is not held back.
    expect(await start("198.51.100.20", chosen)).toMatchObject({ ok: true });
  });

  it("refuses everyone once the ceiling for all clients together is reached, however many addresses ask", async () => {
    const chosen = limits(10, 5);
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => start(`192.0.2.${index}`, chosen)));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.reason)).toEqual([
      "all_limit",
      "all_limit",
      "all_limit",
    ]);
  });

  it("deletes drafts that never got past the first page after the configured hours; started ones stay", async () => {
    const chosen = limits(100, 100);
    const now = new Date();
    const quickCheckOnly = await start("192.0.2.50", chosen, now, { situations: { lifeSituations: ["D"] } });
    const firstPageRefused = await start("192.0.2.50", chosen, now);
    const firstPageAccepted = await start("192.0.2.50", chosen, now);
    const secondPageSaved = await start("192.0.2.50", chosen, now);
    if (!quickCheckOnly.ok || !firstPageRefused.ok || !firstPageAccepted.ok || !secondPageSaved.ok) {
      throw new Error("the drafts should start");
    }
    // Pages saved as the step action does: the full retention once the draft gets past the first page.
    const save = (draftId: string, step: "applicant" | "guardian", accepted: boolean, answers: object) =>
      saveDraftStep(prisma, draftId, step, answers, {
        now,
        retentionMs: savingStartsDraft(step, accepted) ? retention.startedMs : undefined,
      });
    await save(firstPageRefused.draft.draftId, "applicant", false, { applicant: {} });
    await save(firstPageAccepted.draft.draftId, "applicant", true, { applicant: { relationship: "guardian" } });
    await save(secondPageSaved.draft.draftId, "guardian", false, { guardian: { familyName: "見本" } });

    const alive = async (id: string) => (await prisma.draft.count({ where: { id } })) === 1;
    await purgeExpiredDrafts(prisma, { now: new Date(now.getTime() + 23 * HOUR_MS), store });
    expect(await alive(quickCheckOnly.draft.draftId)).toBe(true);

    await purgeExpiredDrafts(prisma, { now: new Date(now.getTime() + 25 * HOUR_MS), store });
    expect(await alive(quickCheckOnly.draft.draftId)).toBe(false);
    expect(await alive(firstPageRefused.draft.draftId)).toBe(false);
    expect(await alive(firstPageAccepted.draft.draftId)).toBe(true);
    expect(await alive(secondPageSaved.draft.draftId)).toBe(true);
  });
});
