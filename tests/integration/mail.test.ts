import { createServer, type AddressInfo } from "node:net";
import type { AddressObject, ParsedMail } from "mailparser";
import type { SMTPServerError } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverOutbox, type MailConfig } from "@/lib/mail/deliver-outbox";
import { enqueueMail, type OutboxWriter } from "@/lib/mail/enqueue-mail";
import type { MailLocale } from "@/lib/mail/mail-translator";
import { testPrisma } from "./support/test-prisma";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "./support/test-smtp-server";

const SITE_URL = "https://apply.example.org";
const MAIL_FROM = "Support for New Enrollment <no-reply@example.invalid>";
const SMTP_PASSWORD = "s3cret-pw";
// The test server refuses this one recipient for good, quoting the address as real servers do.
const REFUSED_RECIPIENT = "no-such-parent@refused.example.jp";

const prisma = testPrisma();
let received: ReceivedMail[] = [];
let smtp: TestSmtpServer;
let smtpPort = 0;

beforeAll(async () => {
  smtp = await startTestSmtpServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: true,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address !== REFUSED_RECIPIENT) return callback();
      const error: SMTPServerError = new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`);
      error.responseCode = 550;
      callback(error);
    },
  });
  received = smtp.received;
  smtpPort = smtp.port;
});

afterAll(async () => {
  await smtp.close();
  await prisma.$disconnect();
});

// The run's database is shared with the other integration files, which run one after another.
beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
  received.length = 0;
});

function reachable(): MailConfig {
  return { SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${smtpPort}`, MAIL_FROM };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function confirmation(db: OutboxWriter, locale: MailLocale, recipient: string, referenceNumber: string) {
  return enqueueMail(db, {
    kind: "application_confirmation",
    locale,
    recipient,
    data: { referenceNumber, siteUrl: SITE_URL },
  });
}

function toAddresses(mail: ParsedMail): string[] {
  const to: AddressObject[] = mail.to === undefined ? [] : Array.isArray(mail.to) ? mail.to : [mail.to];
  return to.flatMap((group) => group.value.map((address) => address.address ?? ""));
}

function receivedBy(recipient: string): ParsedMail {
  const matches = received.filter((item) => item.envelopeTo.includes(recipient));
  expect(matches, `mail to ${recipient}`).toHaveLength(1);
  return matches[0]!.mail;
}

function html(mail: ParsedMail): string {
  return typeof mail.html === "string" ? mail.html : "";
}

describe("mail to families through the outbox", () => {
  it("delivers a Japanese and an English confirmation once each, with the reference number and the status link", async () => {
    // The outbox row goes in with the submission it belongs to, in the caller's transaction.
    await prisma.$transaction(async (tx) => {
      await confirmation(tx, "ja", "hanako@example.jp", "NE-2026-000123");
      await confirmation(tx, "en", "parent@example.com", "NE-2026-000124");
    });
    expect(await prisma.outboxMessage.count({ where: { status: "pending" } })).toBe(2);

    expect(await deliverOutbox(prisma, reachable())).toEqual({ sent: 2, failed: 0, held: 0 });

    const ja = receivedBy("hanako@example.jp");
    expect(ja.subject).toBe("申請を受け付けました（受付番号 NE-2026-000123）｜子ども給付金 〜新入学サポート〜");
    expect(toAddresses(ja)).toEqual(["hanako@example.jp"]);
    expect(ja.from?.value[0]?.address).toBe("no-reply@example.invalid");
    expect(ja.text).toContain("受付番号：NE-2026-000123");
    expect(ja.text).toContain("担当者が、申請の内容を確認します。");
    expect(ja.text).toContain("受付番号とお子さまの生年月日");
    expect(ja.text).toContain("https://apply.example.org/ja/status");
    expect(ja.text).toContain("自動で送っています");
    expect(html(ja)).toContain('<a href="https://apply.example.org/ja/status">');
    expect(html(ja)).toContain('<html lang="ja">');
    expect(ja.headers.get("auto-submitted")).toBe("auto-generated");

    const en = receivedBy("parent@example.com");
    expect(en.subject).toBe(
      "We have received your application (reference NE-2026-000124) – Support for New Enrollment",
    );
    expect(toAddresses(en)).toEqual(["parent@example.com"]);
    expect(en.text).toContain("Reference number: NE-2026-000124");
    expect(en.text).toContain("A caseworker will review your application.");
    expect(en.text).toContain("your reference number and your child's date of birth");
    expect(en.text).toContain("https://apply.example.org/en/status");
    expect(en.text).toContain("This email was sent automatically");
    expect(html(en)).toContain('<a href="https://apply.example.org/en/status">');

    // The credentials in SMTP_URL were used to log in.
    expect(received.map((item) => item.user)).toEqual(["mailer", "mailer"]);

    const rows = await prisma.outboxMessage.findMany();
    expect(rows.map((row) => [row.status, row.attempts, row.lastError])).toEqual([
      ["sent", 1, null],
      ["sent", 1, null],
    ]);
    expect(rows.every((row) => row.sentAt instanceof Date && row.nextAttemptAt === null)).toBe(true);

    expect(await deliverOutbox(prisma, reachable())).toEqual({ sent: 0, failed: 0, held: 0 });
    expect(received).toHaveLength(2);
  });

  it("delivers a resume link with its expiry in Japan time", async () => {
    const expiresAt = new Date("2026-03-18T05:30:00Z");
    const resumeUrl = "https://apply.example.org/ja/apply/resume?token=abc123";
    await enqueueMail(prisma, {
      kind: "resume_link",
      locale: "ja",
      recipient: "draft@example.jp",
      data: { resumeUrl, expiresAt },
      draftId: "0b8f6a43-7f6e-4a49-9a1e-3f8f6b1c2d3e",
    });
    expect(await deliverOutbox(prisma, reachable())).toEqual({ sent: 1, failed: 0, held: 0 });
    const mail = receivedBy("draft@example.jp");
    expect(mail.subject).toBe("申請の続きを入力するためのリンク｜子ども給付金 〜新入学サポート〜");
    expect(mail.text).toContain(resumeUrl);
    expect(mail.text).toContain("2026年3月18日 14:30（日本時間）まで使えます");
    expect(mail.text).toContain("このメールは無視してください");
    expect(html(mail)).toContain(`<a href="${resumeUrl}">`);
  });

  it("never sends a message twice when two senders run at the same time", async () => {
    for (let index = 0; index < 8; index++) {
      await confirmation(prisma, index % 2 ? "en" : "ja", `parent${index}@example.jp`, `NE-2026-10000${index}`);
    }
    const other = testPrisma();
    try {
      const reports = await Promise.all([deliverOutbox(prisma, reachable()), deliverOutbox(other, reachable())]);
      expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(8);
    } finally {
      await other.$disconnect();
    }
    expect(received).toHaveLength(8);
    expect(new Set(received.map((item) => item.mail.messageId)).size).toBe(8);
    expect(await prisma.outboxMessage.count({ where: { status: "sent", attempts: 1 } })).toBe(8);
  });

  it("marks a message failed when the SMTP server cannot be reached, keeps personal data out of the error, and retries later", async () => {
    const first = await confirmation(prisma, "ja", "unreachable.parent@example.jp", "NE-2026-000200");
    const second = await confirmation(prisma, "en", "second.parent@example.jp", "NE-2026-000201");
    const unreachable: MailConfig = {
      SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${await closedPort()}`,
      MAIL_FROM,
    };
    const start = new Date();

    // The server is down for every message, so the run stops after the first failure.
    expect(await deliverOutbox(prisma, unreachable, { now: () => start })).toEqual({ sent: 0, failed: 1, held: 0 });
    const failed = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: first.id } });
    expect(failed.status).toBe("failed");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/^E[A-Z]+/);
    for (const secret of ["unreachable.parent", "example.jp", "@", SMTP_PASSWORD, "NE-2026"]) {
      expect(failed.lastError).not.toContain(secret);
    }
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(start.getTime());
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "pending",
      attempts: 0,
    });

    // Once the server is back, the waiting message goes at once and the failed one after its delay.
    expect(await deliverOutbox(prisma, reachable(), { now: () => start })).toEqual({ sent: 1, failed: 0, held: 0 });
    expect(received.map((item) => item.envelopeTo)).toEqual([["second.parent@example.jp"]]);
    const later = new Date(start.getTime() + 6 * 60_000);
    expect(await deliverOutbox(prisma, reachable(), { now: () => later })).toEqual({ sent: 1, failed: 0, held: 0 });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      lastError: null,
    });
  });

  it("gives up at once on a recipient the server refuses for good, without storing the server's reply", async () => {
    const refused = await confirmation(prisma, "ja", REFUSED_RECIPIENT, "NE-2026-000300");
    await confirmation(prisma, "ja", "fine@example.jp", "NE-2026-000301");
    // One refused recipient does not hold up the others.
    expect(await deliverOutbox(prisma, reachable())).toEqual({ sent: 1, failed: 1, held: 0 });
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: refused.id } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, nextAttemptAt: null });
    expect(row.lastError).toBe("EENVELOPE 550 RCPT TO");
    const farLater = new Date(Date.now() + 30 * 24 * 3600_000);
    expect(await deliverOutbox(prisma, reachable(), { now: () => farLater })).toEqual({ sent: 0, failed: 0, held: 0 });
  });

  it("holds messages for staff when no SMTP server is configured", async () => {
    const message = await confirmation(prisma, "ja", "held@example.jp", "NE-2026-000400");
    expect(await deliverOutbox(prisma, { MAIL_FROM })).toEqual({ sent: 0, failed: 0, held: 1 });
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "held", attempts: 0, sentAt: null });
    expect(row.textBody).toContain("NE-2026-000400");
    // Held is for people to handle: configuring SMTP later does not send it behind their backs.
    expect(await deliverOutbox(prisma, reachable())).toEqual({ sent: 0, failed: 0, held: 0 });
    expect(received).toHaveLength(0);
  });

  it("escapes HTML in interpolated values of the HTML body", async () => {
    const hostile = '<script>alert("x")</script>';
    await confirmation(prisma, "en", "escape@example.jp", hostile);
    await deliverOutbox(prisma, reachable());
    const mail = receivedBy("escape@example.jp");
    expect(html(mail)).not.toContain("<script");
    expect(html(mail)).toContain("Reference number: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.text).toContain(`Reference number: ${hostile}`);
  });

  it("writes nothing when the caller's transaction rolls back, and refuses more than one recipient", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await confirmation(tx, "ja", "rollback@example.jp", "NE-2026-000500");
        throw new Error("the submission failed");
      }),
    ).rejects.toThrow("the submission failed");
    expect(await prisma.outboxMessage.count()).toBe(0);

    const list = "first@example.jp, second@example.jp";
    const attempt = confirmation(prisma, "ja", list, "NE-2026-000501");
    await expect(attempt).rejects.toThrow(RangeError);
    await expect(attempt).rejects.not.toThrow("example.jp");
    expect(await prisma.outboxMessage.count()).toBe(0);
  });
});
