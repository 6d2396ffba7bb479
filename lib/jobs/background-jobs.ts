import type { ServerConfig } from "@/lib/config/server-config";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { DocumentStore } from "@/lib/documents/document-store";
import { purgeExpiredDrafts } from "@/lib/drafts/purge-expired-drafts";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { startRepeatingJob } from "./repeating-job";

const HOUR_MS = 60 * 60 * 1000;

export interface BackgroundJobsOptions {
  prisma: PrismaClient;
  config: Pick<ServerConfig, "SMTP_URL" | "MAIL_FROM" | "OUTBOX_INTERVAL_SECONDS">;
  /** Where drafts' uploaded files are kept; deleted with their expired drafts. */
  store: Pick<DocumentStore, "remove">;
  /** Where one-line failures and warnings go; console.error by default. */
  log?: (line: string) => void;
  now?: () => Date;
}

export interface BackgroundJobs {
  /** No further runs; resolves when the runs under way have finished. */
  stop(): Promise<void>;
}

/**
 * The app's background work: the mail sender every OUTBOX_INTERVAL_SECONDS and the deletion of
 * expired drafts and their uploaded files every hour, both also once at start. Without SMTP_URL the sender marks waiting
 * mail as held for staff (lib/mail/deliver-outbox.ts), so staff see at once what needs them.
 */
export function startBackgroundJobs(options: BackgroundJobsOptions): BackgroundJobs {
  const { prisma, config } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const now = options.now ?? (() => new Date());

  const mail = startRepeatingJob({
    name: "mail sender",
    intervalMs: config.OUTBOX_INTERVAL_SECONDS * 1000,
    runAtStart: true,
    log,
    run: async () => {
      const report = await deliverOutbox(prisma, config, { now });
      if (report.failed > 0) log(`Mail sender: ${report.failed} message(s) not sent this time; see the outbox.`);
    },
  });

  const drafts = startRepeatingJob({
    name: "expired drafts",
    intervalMs: HOUR_MS,
    runAtStart: true,
    log,
    run: async () => {
      const report = await purgeExpiredDrafts(prisma, { now: now(), store: options.store });
      if (report.kept > 0)
        log(`Expired drafts: ${report.kept} kept because a file could not be removed; next hour again.`);
    },
  });

  return {
    async stop() {
      mail.stop();
      drafts.stop();
      await Promise.all([mail.idle(), drafts.idle()]);
    },
  };
}
