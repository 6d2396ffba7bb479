import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { applicationStep, isApplicationStepId } from "@/lib/applications/steps/application-steps";

/** Largest step accepted, as JSON: a full children step is about 3 KB. */
export const MAX_STEP_BYTES = 64 * 1024;

export type SaveDraftStepResult =
  { ok: true } | { ok: false; reason: "unknown_step" | "unreadable" | "too_large" | "not_open" };

export interface SaveDraftStepOptions {
  now: Date;
  /** When given, the draft is kept this long from now (a draft in use does not expire under the parent). */
  retentionMs?: number;
}

/**
 * Saves one step's answers into the draft as typed, valid or not, so nothing the parent entered
 * is lost; checking is the step page's job and, at the end, submitApplication's. Only the step's
 * own fields are kept. One UPDATE merges them (jsonb ||), so two tabs saving different steps
 * cannot overwrite each other, and its WHERE refuses a submitted or expired draft even when the
 * submission commits a moment earlier.
 */
export async function saveDraftStep(
  prisma: PrismaClient,
  draftId: string,
  stepId: string,
  answers: unknown,
  options: SaveDraftStepOptions,
): Promise<SaveDraftStepResult> {
  if (!isApplicationStepId(stepId)) return { ok: false, reason: "unknown_step" };
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return { ok: false, reason: "unreadable" };
  }
  const picked: Record<string, unknown> = {};
  for (const field of applicationStep(stepId).fields) {
    if (Object.hasOwn(answers, field)) picked[field] = (answers as Record<string, unknown>)[field];
  }
  let json: string;
  try {
    json = JSON.stringify(picked);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  // PostgreSQL's jsonb cannot hold U+0000; no form field has a reason to send it.
  if (json.includes("\\u0000")) return { ok: false, reason: "unreadable" };
  if (Buffer.byteLength(json) > MAX_STEP_BYTES) return { ok: false, reason: "too_large" };
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(draftId)) {
    return { ok: false, reason: "not_open" };
  }
  const expiresAt = options.retentionMs === undefined ? null : new Date(options.now.getTime() + options.retentionMs);
  const updated = await prisma.$executeRaw`
    UPDATE draft
    SET answers = answers || ${json}::jsonb,
        current_step = ${stepId},
        expires_at = COALESCE(${expiresAt}::timestamptz, expires_at),
        updated_at = ${options.now}
    WHERE id = ${draftId}::uuid AND submitted_at IS NULL AND expires_at > ${options.now}`;
  return updated === 1 ? { ok: true } : { ok: false, reason: "not_open" };
}
