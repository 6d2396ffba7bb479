import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { getDocumentStore } from "@/lib/documents/document-store";
import { startBackgroundJobs, type BackgroundJobs } from "./background-jobs";
import { describeError } from "./repeating-job";

// Once per process: instrumentation may be loaded again (next dev), and two senders in one
// process would only compete for the same rows.
const holder = globalThis as typeof globalThis & { backgroundJobs?: BackgroundJobs };

/**
 * Starts the app's background work in this server process with its configuration and database
 * (called from instrumentation.ts). It stops when the process exits; the timers never keep the
 * process alive, and a send cut short is taken up again by the next start (see deliver-outbox.ts).
 */
export function startAppBackgroundJobs(): void {
  if (holder.backgroundJobs) return;
  let jobs: BackgroundJobs;
  try {
    jobs = startBackgroundJobs({ prisma: getPrisma(), config: getServerConfig(), store: getDocumentStore() });
  } catch (error) {
    // The pages can still work (or say what is wrong); mail waits in the outbox until a restart.
    console.error(`Background jobs not started: ${describeError(error)}`);
    return;
  }
  holder.backgroundJobs = jobs;
  process.once("exit", () => void jobs.stop());
}
