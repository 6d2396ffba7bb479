import { hashResumeCode } from "./resume-code";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DraftToken {
  draftId: string;
  resumeCode: string;
}

/**
 * What the browser holding a draft keeps (an httpOnly cookie): the draft's random id together
 * with its resume code. The id (122 random bits) makes the pair unguessable, so opening a draft
 * by token needs no rate limit; the code alone, as typed from paper, does. Keeping the code lets
 * the save page show it again without storing it. It never leaves the cookie: mailed links carry
 * a one-time token of their own (resume-link-token.ts), and opening a draft by a link or a code
 * gives it a new code, which makes every other copy of this token useless.
 */
export function formatDraftToken(token: DraftToken): string {
  return `${token.draftId.toLowerCase()}.${token.resumeCode}`;
}

export function parseDraftToken(raw: string | undefined | null): DraftToken | undefined {
  if (typeof raw !== "string" || raw.length > 100) return undefined;
  const separator = raw.indexOf(".");
  if (separator < 0) return undefined;
  const draftId = raw.slice(0, separator);
  const resumeCode = raw.slice(separator + 1);
  if (!UUID.test(draftId) || hashResumeCode(resumeCode) === undefined) return undefined;
  return { draftId: draftId.toLowerCase(), resumeCode };
}
