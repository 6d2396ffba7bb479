import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Runs once when a server process starts. The Node.js server runs the background work (mail,
 * expired drafts, lib/jobs); the edge runtime and `next build`'s workers do not.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { startAppBackgroundJobs } = await import("./lib/jobs/start-background-jobs");
  startAppBackgroundJobs();
}
