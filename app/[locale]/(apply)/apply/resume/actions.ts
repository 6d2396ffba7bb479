"use server";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { localeOrDefault } from "@/i18n/routing";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { redeemResumeLink, resumeWithCode, type OpenedDraftResult } from "@/lib/drafts";
import { resumeCodeFormSchema, type ResumeFormMessageKey } from "@/lib/drafts/resume-forms";
import { clientAddress } from "@/lib/http/client-address";
import { formArgument } from "@/lib/http/form-argument";
import { createLimitWithCeiling, type LimitWithCeiling } from "@/lib/http/limit-with-ceiling";
import { clearQuickExit } from "../../quick-exit-marker";
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
 * A draft opened by a code or a link now belongs to this browser, with its new resume code: the
 * save page shows that code first (?resumed=1), for the parent to write down, then the way on.
 */
async function holdOpenedDraft(opened: OpenedDraftResult & { ok: true }, locale: string): Promise<never> {
  await rememberDraft(opened.token);
  await clearQuickExit();
  goTo("/apply/save?resumed=1", locale);
}

/**
 * "Continue a saved application": the code from paper opens the draft in this browser. Asking
 * before it replaces a draft already open here is the page's job (it says so above the box).
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
  return holdOpenedDraft(result, locale);
}

/**
 * "Continue" on the page a mailed link lands on (resume/link): the link is used up here, never
 * by opening it, and only after the parent said which application to continue.
 */
export async function redeemResumeLinkAction(input: FormData): Promise<void> {
  const formData = formArgument(input);
  const locale = localeOrDefault(formData.get("locale"));
  const result = await redeemResumeLink(getPrisma(), formData.get("token"), new Date());
  if (!result.ok) goTo(`/apply/resume?${result.reason === "submitted" ? "submitted" : "expired"}=1`, locale);
  await holdOpenedDraft(result, locale);
}
