import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/drafts/create-draft";
import { formatDraftToken, type DraftToken } from "@/lib/drafts/draft-token";
import { previewResumeLink } from "@/lib/drafts/redeem-resume-link";
import { hashResumeLinkToken } from "@/lib/drafts/resume-link-token";
import {
  RESUME_LINK_VALID_MS,
  RESUME_MAILS_PER_HOUR,
  RESUME_MAILS_PER_RECIPIENT_PER_HOUR,
  sendResumeLink,
} from "@/lib/drafts/send-resume-link";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import { linkTokenMailedFor } from "./support/resume-link-mail";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const SITE_URL = "https://apply.example.org";
const DAY_MS = 24 * 60 * 60 * 1000;
let recipientLimiter: RateLimiter;
let run = 0;

afterAll(async () => {
  await prisma.$disconnect();
});

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
  // A limiter of its own per test, as a fresh hour would be.
  recipientLimiter = createRateLimiter({
    prisma,
    name: `resume-mail-recipient-test-${run++}`,
    points: RESUME_MAILS_PER_RECIPIENT_PER_HOUR,
    durationSeconds: 60 * 60,
  });
});

function newDraft(now = new Date(), retentionMs = 30 * DAY_MS): Promise<DraftToken> {
  return createDraft(prisma, { editionYear: 2026, now, retentionMs });
}

function send(token: DraftToken, email: string, locale: "ja" | "en" = "ja", now = new Date()) {
  return sendResumeLink(prisma, { token, email, locale, siteUrl: SITE_URL, now, recipientLimiter });
}

describe("sendResumeLink", () => {
  it("keeps the address on the draft and mails a one-time link that is not the draft's own secret", async () => {
    const token = await newDraft();
    const now = new Date();
    const result = await send(token, "hanako@example.jp", "ja", now);
    expect(result).toEqual({ ok: true, expiresAt: new Date(now.getTime() + RESUME_LINK_VALID_MS) });

    const draft = await prisma.draft.findUniqueOrThrow({ where: { id: token.draftId } });
    expect(draft.email).toBe("hanako@example.jp");
    const [mail, ...others] = await prisma.outboxMessage.findMany({ where: { draftId: token.draftId } });
    expect(others).toEqual([]);
    expect(mail).toMatchObject({
      kind: "resume_link",
      locale: "ja",
      recipient: "hanako@example.jp",
      status: "pending",
    });
    expect(mail!.subject).toBe("申請の続きを入力するためのリンク｜子ども給付金 〜新入学サポート〜");

    const link = new URL(/https:\/\/\S+/.exec(mail!.textBody)?.[0] ?? "");
    expect(link.origin + link.pathname).toBe("https://apply.example.org/ja/apply/resume/link");
    const linkToken = link.searchParams.get("token")!;
    // Neither the resume code nor the draft's id is in the mail.
    expect(mail!.textBody).not.toContain(token.resumeCode);
    expect(mail!.textBody).not.toContain(token.draftId);
    expect(linkToken).not.toContain(formatDraftToken(token));
    // Only the token's hash is stored.
    const stored = await prisma.resumeLink.findMany({ where: { draftId: token.draftId } });
    expect(stored.map((row) => row.tokenHash)).toEqual([hashResumeLinkToken(linkToken)]);
    expect(JSON.stringify(stored)).not.toContain(linkToken);
    expect(await previewResumeLink(prisma, linkToken, now)).toEqual({
      status: "open",
      draftId: token.draftId,
      savedAt: now,
    });
  });

  it("never lets a link outlive its draft", async () => {
    const now = new Date();
    const token = await newDraft(now, 24 * 60 * 60 * 1000);
    expect(await send(token, "short@example.jp", "en", now)).toEqual({
      ok: true,
      expiresAt: new Date(now.getTime() + 24 * 60 * 60 * 1000),
    });
  });

  it(`sends at most ${RESUME_MAILS_PER_HOUR} links per draft an hour, and keeps the last address that got one`, async () => {
    const token = await newDraft();
    for (let index = 0; index < RESUME_MAILS_PER_HOUR; index++) {
      expect(await send(token, `parent${index}@example.jp`, "en")).toMatchObject({ ok: true });
    }
    expect(await send(token, "one-too-many@example.jp", "en")).toEqual({ ok: false, reason: "too_many" });
    expect(await prisma.outboxMessage.count({ where: { draftId: token.draftId } })).toBe(RESUME_MAILS_PER_HOUR);
    expect(await prisma.resumeLink.count({ where: { draftId: token.draftId } })).toBe(RESUME_MAILS_PER_HOUR);
    expect((await prisma.draft.findUniqueOrThrow({ where: { id: token.draftId } })).email).toBe(
      `parent${RESUME_MAILS_PER_HOUR - 1}@example.jp`,
    );

    // Another draft is not held back by this one.
    const other = await newDraft();
    expect(await send(other, "other@example.jp")).toMatchObject({ ok: true });

    // An hour later the draft may ask again.
    await prisma.outboxMessage.updateMany({
      where: { draftId: token.draftId },
      data: { createdAt: new Date(Date.now() - 61 * 60 * 1000) },
    });
    expect(await send(token, "an-hour-later@example.jp", "en")).toMatchObject({ ok: true });
  });

  it(`sends at most ${RESUME_MAILS_PER_RECIPIENT_PER_HOUR} links to one address an hour, whichever drafts ask`, async () => {
    const drafts = await Promise.all(Array.from({ length: RESUME_MAILS_PER_RECIPIENT_PER_HOUR + 1 }, () => newDraft()));
    for (const draft of drafts.slice(0, -1)) {
      expect(await send(draft, "target@example.jp")).toMatchObject({ ok: true });
    }
    // The same address however it is written; nothing is queued, nothing kept on the draft.
    const last = drafts.at(-1)!;
    expect(await send(last, "Target@Example.JP")).toEqual({ ok: false, reason: "too_many_for_address" });
    expect(await prisma.outboxMessage.count({ where: { draftId: last.draftId } })).toBe(0);
    expect((await prisma.draft.findUniqueOrThrow({ where: { id: last.draftId } })).email).toBeNull();
    // Another address still gets its link from the same draft.
    expect(await send(last, "someone-else@example.jp")).toMatchObject({ ok: true });
  });

  it("counts requests that arrive at the same moment one after the other", async () => {
    const token = await newDraft();
    const results = await Promise.all(
      Array.from({ length: RESUME_MAILS_PER_HOUR + 3 }, (_, index) => send(token, `p${index}@example.jp`)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(RESUME_MAILS_PER_HOUR);
    expect(await prisma.outboxMessage.count({ where: { draftId: token.draftId } })).toBe(RESUME_MAILS_PER_HOUR);
  });

  it("refuses a wrong code, an expired draft and a submitted draft, and queues nothing", async () => {
    const token = await newDraft();
    expect(await send({ ...token, resumeCode: "2222-2222" }, "x@example.jp")).toEqual({
      ok: false,
      reason: "not_open",
    });

    const expired = await newDraft(new Date(Date.now() - 31 * DAY_MS));
    expect(await send(expired, "x@example.jp")).toEqual({ ok: false, reason: "not_open" });

    const submitted = await newDraft();
    await prisma.draft.update({ where: { id: submitted.draftId }, data: { submittedAt: new Date() } });
    expect(await send(submitted, "x@example.jp")).toEqual({ ok: false, reason: "not_open" });

    expect(await prisma.outboxMessage.count()).toBe(0);
    expect((await prisma.draft.findUniqueOrThrow({ where: { id: token.draftId } })).email).toBeNull();
    await expect(linkTokenMailedFor(prisma, token.draftId)).rejects.toThrow();
  });
});
