import { cookies } from "next/headers";
import { getServerConfig, publicSiteUrl } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { formatDraftToken, openDraft, parseDraftToken, type DraftToken } from "@/lib/drafts";
import type { ResumedDraft } from "@/lib/drafts/resume-draft";
import { findCurrentRuleSet } from "@/lib/rule-sets/rule-set-store";
import { goTo } from "./go-to";

/**
 * The draft this browser is working on. The cookie holds the draft's id and resume code
 * (lib/drafts/draft-token.ts); it is httpOnly, so page scripts never see it, and it lasts as long
 * as the draft is kept.
 */
export const DRAFT_COOKIE = "apply-draft";

export async function readDraftToken(): Promise<DraftToken | undefined> {
  return parseDraftToken((await cookies()).get(DRAFT_COOKIE)?.value);
}

/** The open draft of this browser, or undefined (none, expired, or a stale cookie). */
export async function currentDraft(
  now: Date = new Date(),
): Promise<(ResumedDraft & { token: DraftToken }) | undefined> {
  const token = await readDraftToken();
  if (!token) return undefined;
  const draft = await openDraft(getPrisma(), token, now);
  return draft ? { ...draft, token } : undefined;
}

/** Only in server actions and route handlers: pages cannot set cookies. */
export async function rememberDraft(token: DraftToken): Promise<void> {
  const config = getServerConfig();
  (await cookies()).set(DRAFT_COOKIE, formatDraftToken(token), {
    httpOnly: true,
    sameSite: "lax",
    secure: publicSiteUrl(config).startsWith("https:"),
    path: "/",
    maxAge: config.DRAFT_RETENTION_DAYS * 24 * 60 * 60,
  });
}

export async function forgetDraft(): Promise<void> {
  (await cookies()).delete(DRAFT_COOKIE);
}

export function draftRetentionMs(): number {
  return getServerConfig().DRAFT_RETENTION_DAYS * 24 * 60 * 60 * 1000;
}

/**
 * The browser's draft, still open, with the rules of its edition, for a page or action of the
 * form; otherwise it leaves: to `missingHref` when there is no draft, to the confirmation once
 * the draft was sent, to the start when its edition has no rules.
 */
export async function requireOpenDraft(locale: string, missingHref: string, now: Date = new Date()) {
  const draft = await currentDraft(now);
  if (!draft) goTo(missingHref, locale);
  if (draft.submittedAt) goTo("/apply/confirmation", locale);
  const ruleSet = await findCurrentRuleSet(getPrisma(), draft.editionYear);
  if (!ruleSet) goTo("/apply", locale);
  return { draft, ruleSet };
}
