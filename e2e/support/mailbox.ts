import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { E2E_MAIL_DIR, type ReceivedMail } from "./mail-server";

export type { ReceivedMail } from "./mail-server";

export interface MailQuery {
  /** A recipient address (case-insensitive); use one per test so tests never read each other's mail. */
  to: string;
  subjectIncludes?: string;
  /** Default 20 seconds: the app sends every second in e2e (OUTBOX_INTERVAL_SECONDS=1). */
  timeoutMs?: number;
}

async function receivedMail(): Promise<ReceivedMail[]> {
  const names = (await readdir(E2E_MAIL_DIR).catch(() => [])).filter((name) => /^\d+\.json$/.test(name));
  names.sort((a, b) => Number.parseInt(a) - Number.parseInt(b));
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(E2E_MAIL_DIR, name), "utf8")) as ReceivedMail),
  );
}

/** The first message the test SMTP server received that matches, waiting for it to arrive. */
export async function waitForMail(query: MailQuery): Promise<ReceivedMail> {
  const deadline = Date.now() + (query.timeoutMs ?? 20_000);
  const to = query.to.toLowerCase();
  for (;;) {
    const found = (await receivedMail()).find(
      (mail) =>
        mail.to.some((address) => address.toLowerCase() === to) &&
        (query.subjectIncludes === undefined || mail.subject.includes(query.subjectIncludes)),
    );
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(
        `No mail to ${query.to}${query.subjectIncludes ? ` about "${query.subjectIncludes}"` : ""} arrived`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every link in a message's plain text. */
export function linksIn(mail: ReceivedMail): string[] {
  return mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
}
