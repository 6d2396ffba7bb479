import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Runs once when a server process starts. The Node.js server runs the background work (mail,
 * expired drafts, lib/jobs) and stops when the embedded database's process ends or hangs; the edge runtime
 * and `next build`'s workers do neither.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { stopWithEmbeddedDatabase } = await import("./lib/db/embedded-database-owner");
  stopWithEmbeddedDatabase();
  const { startAppBackgroundJobs } = await import("./lib/jobs/start-background-jobs");
  startAppBackgroundJobs();
}
