"use server";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { localeOrDefault } from "@/i18n/routing";
import { answersFromQuickCheck } from "@/lib/applications/from-quick-check";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { startDraft, type DraftCreationLimits } from "@/lib/drafts";
import { clientAddress } from "@/lib/http/client-address";
import { formArgument } from "@/lib/http/form-argument";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { clearQuickExit } from "../quick-exit-marker";
import { configuredDraftRetention, currentDraft, rememberDraft } from "./draft-session";
import { goTo } from "./go-to";
import { stepHref } from "./step-frame";

/** A refusal to show above the start button; the quick check's answers stay in the tab. */
export type StartState = { error?: string };

let limits: DraftCreationLimits | undefined;

/** DRAFT_CREATION_LIMIT_PER_HOUR per client, DRAFT_CREATION_CEILING_PER_HOUR for everyone together. */
function creationLimits(): DraftCreationLimits {
  const config = getServerConfig();
  limits ??= {
    perClient: createRateLimiter({
      name: "draft-creation",
      points: config.DRAFT_CREATION_LIMIT_PER_HOUR,
      durationSeconds: 60 * 60,
    }),
    allClients: createRateLimiter({
      name: "draft-creation-all",
      points: config.DRAFT_CREATION_CEILING_PER_HOUR,
      durationSeconds: 60 * 60,
    }),
  };
  return limits;
}

function readQuickCheck(formData: FormData): unknown {
  const text = formData.get("quickCheck");
  if (typeof text !== "string" || text.length > 8_000) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Starts a draft for the edition in force and opens its first page. A browser that already has
 * an open draft keeps it unless the parent asked for a fresh one. Answers from the quick check
 * (sent from the tab's sessionStorage) become the draft's first answers. New drafts are limited
 * per client and for everyone (lib/drafts/start-draft.ts); a refusal comes back as a message.
 */
export async function startApplication(_previous: StartState, input: FormData): Promise<StartState> {
  const formData = formArgument(input);
  const locale = localeOrDefault(formData.get("locale"));
  const now = new Date();
  const existing = await currentDraft(now);
  if (existing && !existing.submittedAt && formData.get("fresh") !== "yes") {
    await clearQuickExit();
    goTo(stepHref("applicant"), locale);
  }

  const prisma = getPrisma();
  const [ruleSet] = await findCurrentRuleSets(prisma);
  if (!ruleSet) goTo("/apply", locale);
  const started = await startDraft(prisma, {
    client: clientAddress(await headers()),
    limits: creationLimits(),
    editionYear: ruleSet.edition,
    now,
    unstartedRetentionMs: configuredDraftRetention().unstartedMs,
    firstAnswers: answersFromQuickCheck(readQuickCheck(formData), ruleSet),
  });
  if (!started.ok) {
    const t = await getTranslations({ locale, namespace: "apply.start.errors" });
    return {
      error:
        started.reason === "client_limit"
          ? t("tooManyFromHere", { minutes: Math.ceil(started.retryAfterSeconds / 60) })
          : t("tooManyNow"),
    };
  }
  await rememberDraft(started.draft);
  await clearQuickExit();
  goTo(stepHref("applicant"), locale);
}
