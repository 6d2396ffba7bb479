import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { RateLimiter } from "@/lib/http/rate-limit";
import { createDraft, type NewDraft } from "./create-draft";
import { saveDraftStep } from "./save-draft-step";

export interface DraftCreationLimits {
  /** New drafts per client address (DRAFT_CREATION_LIMIT_PER_HOUR). */
  perClient: RateLimiter;
  /** New drafts from everyone together, under one key (DRAFT_CREATION_CEILING_PER_HOUR). */
  allClients: RateLimiter;
}

export type StartDraftResult =
  { ok: true; draft: NewDraft } | { ok: false; reason: "client_limit" | "all_limit"; retryAfterSeconds: number };

export interface StartDraftOptions {
  /** Who asks, for the per-client limit (clientAddress). */
  client: string;
  limits: DraftCreationLimits;
  editionYear: number;
  now: Date;
  /** How long the draft is kept until the family gets past the first page (draftRetention().unstartedMs). */
  unstartedRetentionMs: number;
  /** Answers the draft starts with (from the quick check), per step; saved as typed. */
  firstAnswers?: Record<string, unknown>;
}

/** The one key of the all-clients limiter. */
export const ALL_CLIENTS = "all";

/**
 * Starts a new draft, within the limits: a script pressing "Start" in a loop, from one address or
 * many, fills neither the database nor the upload folder. The client's own budget is used first,
 * so one busy client cannot spend everyone's. The answers it starts with do not extend its
 * retention: it stays an unstarted draft until the family saves a page.
 */
export async function startDraft(prisma: PrismaClient, options: StartDraftOptions): Promise<StartDraftResult> {
  const own = await options.limits.perClient.consume(options.client);
  if (!own.allowed) return { ok: false, reason: "client_limit", retryAfterSeconds: own.retryAfterSeconds };
  const all = await options.limits.allClients.consume(ALL_CLIENTS);
  if (!all.allowed) return { ok: false, reason: "all_limit", retryAfterSeconds: all.retryAfterSeconds };

  const { now } = options;
  const draft = await createDraft(prisma, {
    editionYear: options.editionYear,
    now,
    retentionMs: options.unstartedRetentionMs,
  });
  for (const [stepId, answers] of Object.entries(options.firstAnswers ?? {})) {
    await saveDraftStep(prisma, draft.draftId, stepId, answers, { now });
  }
  return { ok: true, draft };
}
