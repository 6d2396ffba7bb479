import { createTransport } from "nodemailer";

/**
 * An SMTP transport for SMTP_URL (smtp://user:pass@host:587 upgrades with STARTTLS when the server
 * offers it; smtps:// is TLS from the start). The timeouts keep one send well inside the claim
 * lease of deliver-outbox.ts, so a hung server cannot make another process send the same message.
 * Nodemailer's logger stays off: its log lines carry addresses.
 */
export function createMailTransport(smtpUrl: string) {
  return createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    logger: false,
    // Our messages are plain strings; nothing in them should make the mailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

export type MailTransport = ReturnType<typeof createMailTransport>;
