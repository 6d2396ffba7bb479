import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Where each message the test SMTP server receives is written, as `<n>.json`. */
export const E2E_MAIL_DIR = path.resolve(".data/e2e-mail");

/** What a test can read of a received message. */
export interface ReceivedMail {
  /** Envelope recipients. */
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * Playwright global setup: an SMTP server on 127.0.0.1:E2E_SMTP_PORT (2626) that the app under
 * test sends to (playwright.config.ts sets SMTP_URL), writing every message it receives to
 * E2E_MAIL_DIR for e2e/support/mailbox.ts to read. Plain SMTP on loopback: no STARTTLS offered, so
 * the app's mailer sends without TLS; no login. Returns the teardown that stops it.
 */
export default async function startMailServer(): Promise<() => Promise<void>> {
  await rm(E2E_MAIL_DIR, { recursive: true, force: true });
  await mkdir(E2E_MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const received: ReceivedMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          };
          const file = path.join(E2E_MAIL_DIR, `${++count}.json`);
          // Written whole under another name first, so a reader never sees half a message.
          await writeFile(`${file}.tmp`, JSON.stringify(received, null, 2));
          await rename(`${file}.tmp`, file);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = Number(process.env.E2E_SMTP_PORT ?? 2626);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
