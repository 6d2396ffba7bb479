"use server";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { localeOrDefault } from "@/i18n/routing";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { draftStepPath } from "@/lib/drafts/draft-step-path";
import { resumeCodeFormSchema, type ResumeFormMessageKey } from "@/lib/drafts/resume-forms";
import { resumeWithCode } from "@/lib/drafts/resume-with-code";
import { clientAddress } from "@/lib/http/client-address";
import { createLimitWithCeiling, type LimitWithCeiling } from "@/lib/http/limit-with-ceiling";
import { rememberDraft } from "../draft-session";
import { goTo } from "../go-to";
import type { StepIssue } from "../translate-issues";

export type ResumeResult = { ok: false; issues: StepIssue[]; submitted?: false } | { ok: false; submitted: true };

let limiter: LimitWithCeiling | undefined;

/**
 * Tries per client address and hour (RESUME_LIMIT_PER_HOUR), and from all clients together
 * (RESUME_LIMIT_ALL_CLIENTS_PER_HOUR): a resume code is 37 bits, so guessing must be slow. Every
 * try counts and is counted before the lookup, so tries sent all at once cannot slip past the
 * limit (a limit on failures alone, checked first and counted after, could).
 */
function attemptLimiter(): LimitWithCeiling {
  const config = getServerConfig();
  limiter ??= createLimitWithCeiling({
    name: "resume-code",
    perClient: config.RESUME_LIMIT_PER_HOUR,
    allClients: config.RESUME_LIMIT_ALL_CLIENTS_PER_HOUR,
    durationSeconds: 60 * 60,
  });
  return limiter;
}

/**
 * "Continue a saved application": the code from paper opens the draft in this browser and the
 * form opens where the parent left off.
 */
export async function resumeWithCodeAction(localeInput: string, values: unknown): Promise<ResumeResult> {
  const locale = localeOrDefault(localeInput);
  const problem = async (key: ResumeFormMessageKey, params?: Record<string, number>): Promise<ResumeResult> => {
    const t = await getTranslations({ locale, namespace: "resume" });
    return { ok: false, issues: [{ path: "code", message: t(key, params) }] };
  };
  const parsed = resumeCodeFormSchema.safeParse(values);
  if (!parsed.success) return problem(parsed.error.issues[0]?.message as ResumeFormMessageKey);

  const decision = await attemptLimiter().consume(clientAddress(await headers()));
  if (!decision.allowed) {
    return problem("errors.tooManyAttempts", { minutes: Math.ceil(decision.retryAfterSeconds / 60) });
  }

  const result = await resumeWithCode(getPrisma(), parsed.data.code, new Date());
  if (!result.ok && result.reason === "submitted") return { ok: false, submitted: true };
  if (!result.ok) return problem("errors.codeNotFound", { days: getServerConfig().DRAFT_RETENTION_DAYS });
  await rememberDraft(result.token);
  goTo(draftStepPath(result.currentStep), locale);
}
