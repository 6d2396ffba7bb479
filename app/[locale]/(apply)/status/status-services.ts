import { createStatusLookupGuard, type StatusLookupGuard } from "@/lib/applications/status-lookup-guard";
import { getServerConfig } from "@/lib/config/server-config";
import type { DocumentIssue } from "@/lib/documents/document-issues";
import { cookiePolicy } from "@/lib/http/cookie-policy";
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

const OUTCOME_SECONDS = 10 * 60;

/** The cookie that hands the status page its outcome's token. */
export function outcomeCookiePolicy() {
  return cookiePolicy("status-outcome");
}

interface StatusServices {
  guard: StatusLookupGuard;
  outcomes: OneTimeStore<StatusOutcome>;
}

// The server action, the page and the upload route are bundled apart; the counts and outcomes
// themselves are in the database, shared by every process, so each bundle may hold its own handle.
let services: StatusServices | undefined;

export function statusServices(): StatusServices {
  const config = getServerConfig();
  services ??= {
    guard: createStatusLookupGuard({
      limitPerHour: config.STATUS_LOOKUP_LIMIT_PER_HOUR,
      allClientsPerHour: config.STATUS_LOOKUP_LIMIT_ALL_CLIENTS_PER_HOUR,
    }),
    outcomes: createOneTimeStore<StatusOutcome>({ name: "status-outcome", ttlMs: OUTCOME_SECONDS * 1000 }),
  };
  return services;
}

/**
 * The Set-Cookie header that hands the status page its outcome. Path=/ as the __Host- prefix
 * requires; the token is good once, for ten minutes, and means nothing to any other page.
 */
export function outcomeCookie(token: string): string {
  const policy = outcomeCookiePolicy();
  const secure = policy.secure ? "; Secure" : "";
  return `${policy.name}=${token}; Path=${policy.path}; Max-Age=${OUTCOME_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
