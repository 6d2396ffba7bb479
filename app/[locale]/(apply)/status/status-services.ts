import { createStatusLookupLimiter } from "@/lib/applications/status-lookup-guard";
import { getServerConfig, publicSiteUrl } from "@/lib/config/server-config";
import type { DocumentIssue } from "@/lib/documents/document-issues";
import type { RateLimiter } from "@/lib/http/rate-limit";
import { createOneTimeStore, type OneTimeStore } from "@/lib/http/one-time-store";
import type { StatusNotice } from "./status-lookup-state";

/**
 * What the status page shows after the upload route's redirect. The verified pair lets the page
 * show the status again without the parent typing anything; it stays on the server, and the
 * browser holds only the one-time token in an httpOnly cookie, never in the address.
 */
export interface StatusOutcome {
  lookup?: { referenceNumber: string; birthDate: string };
  notice?: Exclude<StatusNotice, "unavailable">;
  upload?: { added: number; issue?: DocumentIssue; item?: string };
}

export const OUTCOME_COOKIE = "status-outcome";
const OUTCOME_SECONDS = 10 * 60;

interface StatusServices {
  limiter: RateLimiter;
  outcomes: OneTimeStore<StatusOutcome>;
}

// On globalThis: the server action, the page and the upload route are bundled apart, and must
// share one count of wrong guesses and one store of outcomes.
const holder = globalThis as typeof globalThis & { statusPageServices?: StatusServices };

export function statusServices(): StatusServices {
  holder.statusPageServices ??= {
    limiter: createStatusLookupLimiter(getServerConfig().STATUS_LOOKUP_LIMIT_PER_HOUR),
    outcomes: createOneTimeStore<StatusOutcome>({ ttlMs: OUTCOME_SECONDS * 1000, maxEntries: 5_000 }),
  };
  return holder.statusPageServices;
}

/** The Set-Cookie header that hands the status page its outcome, for the page's own path only. */
export function outcomeCookie(locale: string, token: string): string {
  const secure = publicSiteUrl(getServerConfig()).startsWith("https:") ? "; Secure" : "";
  return `${OUTCOME_COOKIE}=${token}; Path=/${locale}/status; Max-Age=${OUTCOME_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
