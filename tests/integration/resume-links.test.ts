import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/drafts/create-draft";
import type { DraftToken } from "@/lib/drafts/draft-token";
import { openDraft } from "@/lib/drafts/open-draft";
import { previewResumeLink, redeemResumeLink } from "@/lib/drafts/redeem-resume-link";
import { resumeWithCode } from "@/lib/drafts/resume-with-code";
import { saveDraftStep } from "@/lib/drafts/save-draft-step";
import { sendResumeLink } from "@/lib/drafts/send-resume-link";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { linkTokenMailedFor } from "./support/resume-link-mail";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const DAY_MS = 24 * 60 * 60 * 1000;
let run = 0;

afterAll(async () => {
  await prisma.$disconnect();
});

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
});

function newDraft(now = new Date()): Promise<DraftToken> {
  return createDraft(prisma, { editionYear: 2026, now, retentionMs: 30 * DAY_MS });
}

/** Asks for a resume link by mail, as the save page does, and reads it from the outbox. */
async function mailLink(token: DraftToken, email: string, now = new Date()): Promise<string> {
  const recipientLimiter = createRateLimiter({
    prisma,
    name: `resume-links-test-${run++}`,
    points: 100,
    durationSeconds: 3600,
  });
  const sent = await sendResumeLink(prisma, {
    token,
    email,
    locale: "ja",
    siteUrl: "https://apply.example.org",
    now,
    recipientLimiter,
  });
  expect(sent.ok).toBe(true);
  return linkTokenMailedFor(prisma, token.draftId);
}

/** What a browser holding this token would see of the draft's answers, or undefined when it no longer opens. */
async function answersSeenWith(token: DraftToken) {
  return (await openDraft(prisma, token))?.answers;
}

describe("a resume link planted on someone else", () => {
  it("cannot read what she types after she opens it: the planter's cookie, code and links stop working", async () => {
    // The attacker starts a draft, keeps its cookie and code, and asks for two links by mail.
    const attacker = await newDraft();
    const planted = await mailLink(attacker, "attacker@example.jp");
    const spare = await mailLink(attacker, "attacker@example.jp");
    expect(planted).not.toBe(spare);

    // The victim opens the planted link and continues, typing her own details.
    const victim = await redeemResumeLink(prisma, planted, new Date());
    if (!victim.ok) throw new Error("the planted link should open");
    expect(victim.token.draftId).toBe(attacker.draftId);
    expect(victim.token.resumeCode).not.toBe(attacker.resumeCode);
    await saveDraftStep(
      prisma,
      victim.token.draftId,
      "guardian",
      { guardian: { familyName: "被害", email: "victim@example.jp" } },
      { now: new Date() },
    );
    expect(await answersSeenWith(victim.token)).toMatchObject({ guardian: { familyName: "被害" } });

    // The attacker's cookie opens nothing, nor the code, nor the link kept aside, nor the used one.
    expect(await answersSeenWith(attacker)).toBeUndefined();
    expect(await resumeWithCode(prisma, attacker.resumeCode, new Date())).toEqual({ ok: false, reason: "not_found" });
    expect(await previewResumeLink(prisma, spare, new Date())).toBeUndefined();
    expect(await redeemResumeLink(prisma, spare, new Date())).toEqual({ ok: false, reason: "not_found" });
    expect(await redeemResumeLink(prisma, planted, new Date())).toEqual({ ok: false, reason: "not_found" });
    // Nor can the attacker ask for a new link to the draft: the old cookie no longer names it.
    const again = await sendResumeLink(prisma, {
      token: attacker,
      email: "attacker@example.jp",
      locale: "ja",
      siteUrl: "https://apply.example.org",
      now: new Date(),
      recipientLimiter: createRateLimiter({
        prisma,
        name: `resume-links-test-${run++}`,
        points: 100,
        durationSeconds: 3600,
      }),
    });
    expect(again).toEqual({ ok: false, reason: "not_open" });
    // The victim's own browser still works.
    expect(await answersSeenWith(victim.token)).toMatchObject({ guardian: { email: "victim@example.jp" } });
  });
});

describe("redeemResumeLink", () => {
  it("works once, and only after a POST: looking at the link first changes nothing", async () => {
    const family = await newDraft();
    const link = await mailLink(family, "hanako@example.jp");
    expect((await previewResumeLink(prisma, link, new Date()))?.status).toBe("open");
    expect((await previewResumeLink(prisma, link, new Date()))?.status).toBe("open");
    expect(await answersSeenWith(family)).toEqual({});

    const first = await redeemResumeLink(prisma, link, new Date());
    expect(first).toMatchObject({ ok: true, token: { draftId: family.draftId }, currentStep: null });
    expect(await redeemResumeLink(prisma, link, new Date())).toEqual({ ok: false, reason: "not_found" });
    expect(await previewResumeLink(prisma, link, new Date())).toBeUndefined();
  });

  it("lets one of two redemptions at the same moment win", async () => {
    const family = await newDraft();
    const link = await mailLink(family, "hanako@example.jp");
    const results = await Promise.all([
      redeemResumeLink(prisma, link, new Date()),
      redeemResumeLink(prisma, link, new Date()),
    ]);
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "not_found" }]);
    // The winner's new code is the one the draft now has.
    expect(await openDraft(prisma, winners[0]!.ok ? winners[0]!.token : family)).toBeDefined();
  });

  it("refuses an expired link, and says when the application was already sent", async () => {
    const family = await newDraft();
    const link = await mailLink(family, "hanako@example.jp");
    const later = new Date(Date.now() + 8 * DAY_MS);
    expect(await previewResumeLink(prisma, link, later)).toBeUndefined();
    expect(await redeemResumeLink(prisma, link, later)).toEqual({ ok: false, reason: "not_found" });
    expect(await openDraft(prisma, family)).toBeDefined();

    const sent = await newDraft();
    const sentLink = await mailLink(sent, "sent@example.jp");
    await prisma.draft.update({ where: { id: sent.draftId }, data: { submittedAt: new Date() } });
    expect((await previewResumeLink(prisma, sentLink, new Date()))?.status).toBe("submitted");
    expect(await redeemResumeLink(prisma, sentLink, new Date())).toEqual({ ok: false, reason: "submitted" });
  });

  it("refuses what is not a link token without asking the database", async () => {
    for (const token of [undefined, "", "x", ["a"], "00000000-0000-4000-8000-000000000000.2222-2222"]) {
      expect(await redeemResumeLink(prisma, token, new Date())).toEqual({ ok: false, reason: "not_found" });
      expect(await previewResumeLink(prisma, token, new Date())).toBeUndefined();
    }
  });
});

describe("opening a draft with its resume code", () => {
  it("gives it a new code, so the old code, the old cookie and mailed links stop working", async () => {
    const family = await newDraft();
    const link = await mailLink(family, "hanako@example.jp");
    const opened = await resumeWithCode(prisma, family.resumeCode.toLowerCase().replace("-", " "), new Date());
    if (!opened.ok) throw new Error("the code should open the draft");
    expect(opened.token.draftId).toBe(family.draftId);
    expect(opened.token.resumeCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(opened.token.resumeCode).not.toBe(family.resumeCode);

    expect(await openDraft(prisma, opened.token)).toBeDefined();
    expect(await openDraft(prisma, family)).toBeUndefined();
    expect(await resumeWithCode(prisma, family.resumeCode, new Date())).toEqual({ ok: false, reason: "not_found" });
    expect(await redeemResumeLink(prisma, link, new Date())).toEqual({ ok: false, reason: "not_found" });
    // The new code opens it, once more rotating.
    expect(await resumeWithCode(prisma, opened.token.resumeCode, new Date())).toMatchObject({ ok: true });
  });

  it("lets one of two browsers typing the same code at the same moment win", async () => {
    const family = await newDraft();
    const results = await Promise.all([
      resumeWithCode(prisma, family.resumeCode, new Date()),
      resumeWithCode(prisma, family.resumeCode, new Date()),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
