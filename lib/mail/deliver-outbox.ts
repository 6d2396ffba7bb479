import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { ServerConfig } from "@/lib/config/server-config";
import { createMailTransport, type MailTransport } from "./create-transport";
import { describeSendFailure, type SendFailure } from "./describe-send-failure";

export type MailConfig = Pick<ServerConfig, "SMTP_URL" | "MAIL_FROM">;

export interface DeliverOutboxOptions {
  /** The clock; tests move it forward to reach a retry. */
  now?: () => Date;
  /** Messages this run sends at most, so one run cannot go on for ever. Default 100. */
  maxMessages?: number;
  /** Tries before a message stays failed for good. Default 5. */
  maxAttempts?: number;
}

/** What one run did, as counts only: a summary that is safe to log. */
export interface DeliveryReport {
  sent: number;
  failed: number;
  held: number;
}

const DEFAULT_MAX_MESSAGES = 100;
const DEFAULT_MAX_ATTEMPTS = 5;
// Longer than the worst case of one send under create-transport.ts's timeouts, so a claim only
// expires when its sender has died.
const CLAIM_LEASE_MS = 10 * 60_000;
// 5 minutes, then 20, 80, 320: about seven hours from the first try to the last, time for an
// operator to fix an SMTP outage before a family's mail is given up.
const FIRST_RETRY_DELAY_MS = 5 * 60_000;

interface ClaimedMessage {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

/**
 * Sends what is due in the outbox through SMTP_URL, one message at a time, and records each
 * outcome: sent, or failed with the attempt counted and a later retry until maxAttempts. Without
 * SMTP_URL nothing is sent: every waiting message becomes "held" for staff to read in the app.
 * Several processes may run this at once; each message is claimed by a single atomic update
 * before it is sent, so none is sent twice (short of a sender dying mid-send, when the claim
 * expires and the message goes again: at least once, never lost). A server-wide failure (no
 * connection, refused login) ends the run early and leaves the rest for the next one.
 */
export async function deliverOutbox(
  prisma: PrismaClient,
  config: MailConfig,
  options: DeliverOutboxOptions = {},
): Promise<DeliveryReport> {
  const clock = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const report: DeliveryReport = { sent: 0, failed: 0, held: 0 };

  if (!config.SMTP_URL) {
    const held = await prisma.outboxMessage.updateMany({
      where: { status: { in: ["pending", "failed"] }, nextAttemptAt: { not: null } },
      data: { status: "held", nextAttemptAt: null },
    });
    report.held = held.count;
    return report;
  }

  await giveUpExpiredClaims(prisma, clock(), maxAttempts);
  const transport = createMailTransport(config.SMTP_URL);
  try {
    for (let count = 0; count < (options.maxMessages ?? DEFAULT_MAX_MESSAGES); count++) {
      const message = await claimNext(prisma, clock(), maxAttempts);
      if (!message) break;
      const failure = await send(transport, config.MAIL_FROM, message);
      if (!failure) {
        await recordSent(prisma, message, clock());
        report.sent++;
        continue;
      }
      await recordFailure(prisma, message, failure, clock(), maxAttempts);
      report.failed++;
      if (failure.serverProblem) break;
    }
  } finally {
    transport.close();
  }
  return report;
}

/**
 * Claims the oldest due message in one statement. SKIP LOCKED lets concurrent senders on
 * PostgreSQL pass over a row another is claiming instead of waiting for it; and because the
 * claim and the status change are the same statement, a row can only be claimed once even on
 * PGlite, which runs every connection's statements on one session.
 */
async function claimNext(prisma: PrismaClient, now: Date, maxAttempts: number): Promise<ClaimedMessage | undefined> {
  // ISO strings cast to timestamptz: a bare timestamp parameter would be read in the session's time zone.
  const at = now.toISOString();
  const leaseCutoff = new Date(now.getTime() - CLAIM_LEASE_MS).toISOString();
  const rows = await prisma.$queryRaw<ClaimedMessage[]>`
    UPDATE outbox_message
    SET status = 'sending', attempts = attempts + 1, attempted_at = ${at}::timestamptz, next_attempt_at = NULL
    WHERE id = (
      SELECT id FROM outbox_message
      WHERE (status IN ('pending', 'failed') AND next_attempt_at <= ${at}::timestamptz)
         OR (status = 'sending' AND attempted_at < ${leaseCutoff}::timestamptz AND attempts < ${maxAttempts})
      ORDER BY created_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, recipient, subject, text_body, html_body, attempts`;
  return rows[0];
}

// A sender that died on its last allowed attempt would otherwise leave the row "sending" for ever.
async function giveUpExpiredClaims(prisma: PrismaClient, now: Date, maxAttempts: number): Promise<void> {
  await prisma.outboxMessage.updateMany({
    where: {
      status: "sending",
      attemptedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) },
      attempts: { gte: maxAttempts },
    },
    data: { status: "failed", lastError: "claim expired", nextAttemptAt: null },
  });
}

async function send(transport: MailTransport, from: string, message: ClaimedMessage): Promise<SendFailure | undefined> {
  try {
    await transport.sendMail({
      from,
      to: message.recipient,
      subject: message.subject,
      text: message.text_body,
      ...(message.html_body === null ? {} : { html: message.html_body }),
      // RFC 3834: tells auto-responders (out-of-office replies) not to answer.
      headers: { "Auto-Submitted": "auto-generated" },
      // The same id on every try lets the receiving side drop the copy when a retry follows a send
      // whose success we never heard about.
      messageId: `<${message.id}@${senderDomain(from)}>`,
    });
    return undefined;
  } catch (error) {
    return describeSendFailure(error);
  }
}

function senderDomain(from: string): string {
  return /@([^\s@<>]+)>?$/.exec(from)?.[1] ?? "localhost";
}

async function recordSent(prisma: PrismaClient, message: ClaimedMessage, sentAt: Date): Promise<void> {
  // Matching the attempt number means a claim that expired and was taken over is not overwritten.
  await prisma.outboxMessage.updateMany({
    where: { id: message.id, status: "sending", attempts: message.attempts },
    data: { status: "sent", sentAt, lastError: null, nextAttemptAt: null },
  });
}

async function recordFailure(
  prisma: PrismaClient,
  message: ClaimedMessage,
  failure: SendFailure,
  now: Date,
  maxAttempts: number,
): Promise<void> {
  const retry = !failure.permanent && message.attempts < maxAttempts;
  const delay = FIRST_RETRY_DELAY_MS * 4 ** (message.attempts - 1);
  await prisma.outboxMessage.updateMany({
    where: { id: message.id, status: "sending", attempts: message.attempts },
    data: {
      status: "failed",
      lastError: failure.summary,
      nextAttemptAt: retry ? new Date(now.getTime() + delay) : null,
    },
  });
}
