import { cookies } from "next/headers";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { draftRetention, formatDraftToken, openDraft, parseDraftToken, type DraftToken } from "@/lib/drafts";
import type { ResumedDraft } from "@/lib/drafts/resume-draft";
import { cookiePolicy } from "@/lib/http/cookie-policy";
import { findCurrentRuleSet } from "@/lib/rule-sets/rule-set-store";
import { leaveIfQuickExited } from "../quick-exit-marker";
import { goTo } from "./go-to";

/**
 * The draft this browser is working on. The cookie holds the draft's id and resume code
 * (lib/drafts/draft-token.ts); it is httpOnly, so page scripts never see it, and it lasts as long
 * as the draft is kept. `__Host-apply-draft` and Secure in production (lib/http/cookie-policy.ts).
 */
export function draftCookie() {
  return cookiePolicy("apply-draft");
}

export async function readDraftToken(): Promise<DraftToken | undefined> {
  return parseDraftToken((await cookies()).get(draftCookie().name)?.value);
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
  const { name, ...attributes } = draftCookie();
  (await cookies()).set(name, formatDraftToken(token), {
    ...attributes,
    maxAge: getServerConfig().DRAFT_RETENTION_DAYS * 24 * 60 * 60,
  });
}

/** Drops this browser's hold on its draft; the draft itself stays, for its resume code. */
export async function forgetDraft(): Promise<void> {
  const { name, ...attributes } = draftCookie();
  // Set expired with the same attributes: a __Host- cookie is only replaced by a Secure one.
  (await cookies()).set(name, "", { ...attributes, maxAge: 0 });
}

/** How long drafts are kept, unstarted and started (lib/drafts/draft-retention.ts). */
export function configuredDraftRetention(): { unstartedMs: number; startedMs: number } {
  return draftRetention(getServerConfig());
}

/** How long a draft being filled in is kept from each save. */
export function draftRetentionMs(): number {
  return configuredDraftRetention().startedMs;
}

/**
 * The browser's draft, still open, with the rules of its edition, for a page or action of the
 * form; otherwise it leaves: for the neutral page right after a quick exit (a page reached again
 * with Back), to `missingHref` when there is no draft, to the confirmation once the draft was
 * sent, to the start when its edition has no rules.
 */
export async function requireOpenDraft(locale: string, missingHref: string, now: Date = new Date()) {
  await leaveIfQuickExited(locale);
  const draft = await currentDraft(now);
  if (!draft) goTo(missingHref, locale);
  if (draft.submittedAt) goTo("/apply/confirmation", locale);
  const ruleSet = await findCurrentRuleSet(getPrisma(), draft.editionYear);
  if (!ruleSet) goTo("/apply", locale);
  return { draft, ruleSet };
}
