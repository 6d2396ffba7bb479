import { afterAll, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/drafts/create-draft";
import { formatDraftToken, parseDraftToken } from "@/lib/drafts/draft-token";
import { openDraft } from "@/lib/drafts/open-draft";
import { resumeWithCode } from "@/lib/drafts/resume-with-code";
import { saveDraftStep } from "@/lib/drafts/save-draft-step";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const DAY_MS = 24 * 60 * 60 * 1000;

afterAll(async () => {
  await prisma.$disconnect();
});

function newDraft(now = new Date()) {
  return createDraft(prisma, { editionYear: 2026, now, retentionMs: 30 * DAY_MS });
}

describe("resumeWithCode", () => {
  it("opens the draft however the code is typed, with a new code in the token for the cookie and the step to go back to", async () => {
    const draft = await newDraft();
    await saveDraftStep(prisma, draft.draftId, "household", { household: { size: 3 } }, { now: new Date() });
    const typed = draft.resumeCode.toLowerCase().replace("-", " ");

    const result = await resumeWithCode(prisma, ` ${typed} `, new Date());

    expect(result).toMatchObject({ ok: true, token: { draftId: draft.draftId }, currentStep: "household" });
    if (!result.ok) return;
    expect(result.token.resumeCode).not.toBe(draft.resumeCode);
    // The token round-trips through the cookie and opens the same draft.
    const token = parseDraftToken(formatDraftToken(result.token));
    expect((await openDraft(prisma, token!))?.draftId).toBe(draft.draftId);
  });

  it("finds nothing for an unknown, malformed or expired code", async () => {
    expect(await resumeWithCode(prisma, "2222-2222", new Date())).toEqual({ ok: false, reason: "not_found" });
    expect(await resumeWithCode(prisma, "not a code", new Date())).toEqual({ ok: false, reason: "not_found" });
    const expired = await newDraft(new Date(Date.now() - 31 * DAY_MS));
    expect(await resumeWithCode(prisma, expired.resumeCode, new Date())).toEqual({ ok: false, reason: "not_found" });
  });

  it("says when the application was already sent", async () => {
    const draft = await newDraft();
    await prisma.draft.update({ where: { id: draft.draftId }, data: { submittedAt: new Date() } });
    expect(await resumeWithCode(prisma, draft.resumeCode, new Date())).toEqual({ ok: false, reason: "submitted" });
  });
});
