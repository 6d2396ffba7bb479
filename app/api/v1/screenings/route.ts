import { NextResponse } from "next/server";
import { getServerConfig } from "@/lib/config/server-config";
import { eligibilityTranslator } from "@/lib/eligibility/eligibility-translator";
import { getPrisma } from "@/lib/db/prisma";
import { clientAddress } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { readJsonBody } from "@/lib/http/read-json-body";
import { loadCurrentRuleSetSource } from "@/lib/rule-sets/current-rule-set-source";
import { negotiateLocale } from "@/lib/screening/negotiate-locale";
import { screen } from "@/lib/screening/screen";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
// Support organisations screen a family at a time; a batch belongs in the CLI.
const perClient = createRateLimiter({
  name: "screening",
  points: getServerConfig().SCREENING_RATE_LIMIT_PER_MINUTE,
  durationSeconds: 60,
});
// A backstop if addresses are spoofed or many clients arrive at once.
const overall = createRateLimiter({ name: "screening-all", points: 600, durationSeconds: 60 });

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * POST /api/v1/screenings — screens one household against the rules in force and explains each
 * criterion in the requested language. Nothing is stored. See docs/screening-api.md.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const locale = negotiateLocale(url, request.headers);
  const t = eligibilityTranslator(locale);
  const headers = { ...NO_STORE, "Content-Language": locale };
  const refuse = (status: number, error: string, extraHeaders: Record<string, string> = {}) =>
    NextResponse.json(
      { error, message: t(`api.${error}`), issues: [] },
      { status, headers: { ...headers, ...extraHeaders } },
    );

  for (const [limiter, key] of [
    [perClient, clientAddress(request.headers)],
    [overall, "all"],
  ] as const) {
    const decision = await limiter.consume(key);
    if (!decision.allowed) {
      return refuse(429, "rate_limited", { "Retry-After": String(decision.retryAfterSeconds) });
    }
  }

  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    const status = { unsupported_media_type: 415, too_large: 413, invalid_json: 400 }[body.reason];
    return refuse(status, body.reason);
  }

  const outcome = screen(body.value, await loadCurrentRuleSetSource(getPrisma()), locale);
  return NextResponse.json(outcome.body, { status: outcome.ok ? 200 : 400, headers });
}
