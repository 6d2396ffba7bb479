import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/drafts/create-draft";
import { startBackgroundJobs, type BackgroundJobs } from "@/lib/jobs/background-jobs";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { testPrisma } from "./support/test-prisma";
import { startTestSmtpServer, type TestSmtpServer } from "./support/test-smtp-server";

const MAIL_FROM = "Support for New Enrollment <no-reply@example.invalid>";
const prisma = testPrisma();
let smtp: TestSmtpServer;
let smtpUrl = "";
let jobs: BackgroundJobs | undefined;
// The purge itself is tested in purge-expired-drafts.test.ts; here no draft has files.
const store = { remove: async () => {} };

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
});

afterAll(async () => {
  await smtp.close();
  await prisma.$disconnect();
});

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
  smtp.received.length = 0;
});

afterEach(async () => {
  await jobs?.stop();
  jobs = undefined;
});

function resumeLink(recipient: string) {
  return enqueueMail(prisma, {
    kind: "resume_link",
    locale: "en",
    recipient,
    data: { resumeUrl: "https://apply.example.org/en/apply/resume/link?token=t", expiresAt: new Date() },
  });
}

async function eventually<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("background jobs in the app process", () => {
  it("sends mail queued while the app runs, within the configured interval", async () => {
    const lines: string[] = [];
    jobs = startBackgroundJobs({
      prisma,
      config: { SMTP_URL: smtpUrl, MAIL_FROM, OUTBOX_INTERVAL_SECONDS: 1 },
      store,
      log: (line) => lines.push(line),
    });
    // Queued after the first run at start: only the timer can pick it up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await resumeLink("later-parent@example.jp");

    const mails = await eventually(
      () => smtp.received,
      (list) => list.length > 0,
    );
    expect(mails.map((item) => item.mail.subject)).toEqual([
      "Your link to continue your application – Support for New Enrollment",
    ]);
    const rows = await eventually(
      () => prisma.outboxMessage.findMany(),
      (list) => list.every((row) => row.status === "sent"),
    );
    expect(rows.map((row) => row.status)).toEqual(["sent"]);
    expect(lines).toEqual([]);
  });

  it("holds mail for staff when no mail server is configured", async () => {
    await resumeLink("no-smtp-parent@example.jp");
    jobs = startBackgroundJobs({ prisma, config: { MAIL_FROM, OUTBOX_INTERVAL_SECONDS: 1 }, store });
    const rows = await eventually(
      () => prisma.outboxMessage.findMany(),
      (list) => list.every((row) => row.status === "held"),
    );
    expect(rows.map((row) => row.status)).toEqual(["held"]);
    expect(smtp.received).toEqual([]);
  });

  it("deletes expired drafts at start and keeps the others", async () => {
    const now = new Date();
    const expired = await createDraft(prisma, {
      editionYear: 2026,
      now: new Date(now.getTime() - 60_000),
      retentionMs: 1000,
    });
    const kept = await createDraft(prisma, { editionYear: 2026, now, retentionMs: 24 * 60 * 60 * 1000 });
    jobs = startBackgroundJobs({ prisma, config: { MAIL_FROM, OUTBOX_INTERVAL_SECONDS: 60 }, store });
    const remaining = await eventually(
      () => prisma.draft.findMany({ where: { id: { in: [expired.draftId, kept.draftId] } }, select: { id: true } }),
      (list) => list.length === 1,
    );
    expect(remaining.map((draft) => draft.id)).toEqual([kept.draftId]);
  });

  it("logs a failure as one line without personal data, and tries again at the next tick", async () => {
    const lines: string[] = [];
    const broken = {
      ...prisma,
      outboxMessage: {
        updateMany: () =>
          Promise.reject(Object.assign(new Error("value parent@example.jp too long"), { code: "P2000" })),
      },
    } as unknown as typeof prisma;
    jobs = startBackgroundJobs({
      prisma: broken,
      config: { MAIL_FROM, OUTBOX_INTERVAL_SECONDS: 1 },
      store,
      log: (line) => lines.push(line),
    });
    const logged = await eventually(
      () => lines,
      (list) => list.length >= 2,
    );
    expect(logged[0]).toBe('Background job "mail sender" failed: Error P2000');
    expect(logged.join("\n")).not.toContain("parent@example.jp");
  });
});
