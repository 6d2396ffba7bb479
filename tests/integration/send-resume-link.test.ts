import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/drafts/create-draft";
import { parseDraftToken, type DraftToken } from "@/lib/drafts/draft-token";
import { openDraft } from "@/lib/drafts/open-draft";
import { RESUME_MAILS_PER_HOUR, sendResumeLink } from "@/lib/drafts/send-resume-link";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
const SITE_URL = "https://apply.example.org";
const DAY_MS = 24 * 60 * 60 * 1000;

afterAll(async () => {
  await prisma.$disconnect();
});

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
});

async function newDraft(now = new Date()): Promise<{ token: DraftToken; expiresAt: Date }> {
  const token = await createDraft(prisma, { editionYear: 2026, now, retentionMs: 30 * DAY_MS });
  return { token, expiresAt: new Date(now.getTime() + 30 * DAY_MS) };
}

function send(token: DraftToken, email: string, expiresAt: Date, locale: "ja" | "en" = "ja") {
  return sendResumeLink(prisma, { token, email, locale, siteUrl: SITE_URL, now: new Date(), expiresAt });
}

describe("sendResumeLink", () => {
  it("keeps the address on the draft and queues a mail whose link opens this draft", async () => {
    const { token, expiresAt } = await newDraft();
    expect(await send(token, "hanako@example.jp", expiresAt)).toEqual({ ok: true });

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

    const link = /https:\/\/\S+/.exec(mail!.textBody)?.[0] ?? "";
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe("https://apply.example.org/ja/apply/resume/link");
    const fromLink = parseDraftToken(url.searchParams.get("token"));
    expect(fromLink).toEqual(token);
    expect((await openDraft(prisma, fromLink!))?.draftId).toBe(token.draftId);
  });

  it(`sends at most ${RESUME_MAILS_PER_HOUR} links per draft an hour, and keeps the last address that got one`, async () => {
    const { token, expiresAt } = await newDraft();
    for (let index = 0; index < RESUME_MAILS_PER_HOUR; index++) {
      expect(await send(token, `parent${index}@example.jp`, expiresAt, "en")).toEqual({ ok: true });
    }
    expect(await send(token, "one-too-many@example.jp", expiresAt, "en")).toEqual({ ok: false, reason: "too_many" });
    expect(await prisma.outboxMessage.count({ where: { draftId: token.draftId } })).toBe(RESUME_MAILS_PER_HOUR);
    expect((await prisma.draft.findUniqueOrThrow({ where: { id: token.draftId } })).email).toBe(
      `parent${RESUME_MAILS_PER_HOUR - 1}@example.jp`,
    );

    // Another draft is not held back by this one.
    const other = await newDraft();
    expect(await send(other.token, "other@example.jp", other.expiresAt)).toEqual({ ok: true });

    // An hour later the draft may ask again.
    await prisma.outboxMessage.updateMany({
      where: { draftId: token.draftId },
      data: { createdAt: new Date(Date.now() - 61 * 60 * 1000) },
    });
    expect(await send(token, "an-hour-later@example.jp", expiresAt, "en")).toEqual({ ok: true });
  });

  it("counts requests that arrive at the same moment one after the other", async () => {
    const { token, expiresAt } = await newDraft();
    const results = await Promise.all(
      Array.from({ length: RESUME_MAILS_PER_HOUR + 3 }, (_, index) => send(token, `p${index}@example.jp`, expiresAt)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(RESUME_MAILS_PER_HOUR);
    expect(await prisma.outboxMessage.count({ where: { draftId: token.draftId } })).toBe(RESUME_MAILS_PER_HOUR);
  });

  it("refuses a wrong code, an expired draft and a submitted draft, and queues nothing", async () => {
    const { token, expiresAt } = await newDraft();
    expect(await send({ ...token, resumeCode: "2222-2222" }, "x@example.jp", expiresAt)).toEqual({
      ok: false,
      reason: "not_open",
    });

    const expired = await newDraft(new Date(Date.now() - 31 * DAY_MS));
    expect(await send(expired.token, "x@example.jp", expired.expiresAt)).toEqual({ ok: false, reason: "not_open" });

    const submitted = await newDraft();
    await prisma.draft.update({ where: { id: submitted.token.draftId }, data: { submittedAt: new Date() } });
    expect(await send(submitted.token, "x@example.jp", submitted.expiresAt)).toEqual({ ok: false, reason: "not_open" });

    expect(await prisma.outboxMessage.count()).toBe(0);
    expect((await prisma.draft.findUniqueOrThrow({ where: { id: token.draftId } })).email).toBeNull();
  });
});
