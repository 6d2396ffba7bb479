import { NextResponse } from "next/server";
import type { DirectoryEntry } from "@/lib/banks/search-banks";
import { parseDirectoryQuery } from "@/lib/banks/parse-directory-query";
import { clientAddress } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/http/rate-limit";

/** Results per search; one more is looked up to tell the form that there are more. */
export const DIRECTORY_RESULT_LIMIT = 20;

// A family searches a few times; this only stops a script from walking the directory.
const perClient = createRateLimiter({ name: "bank-directory", points: 120, durationSeconds: 60 });

export interface DirectorySearchBody {
  results: DirectoryEntry[];
  /** More matched than are shown: the parent should type more of the name. */
  more: boolean;
}

// The directory only changes when zengin-code is upgraded, so answers may be cached a while.
const CACHEABLE = { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" };
const NO_STORE = { "Cache-Control": "no-store" };

export function refuseDirectorySearch(status: number, error: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error }, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * The shared half of GET /api/v1/banks and GET /api/v1/banks/{code}/branches: checks the rate
 * limit and `q`, runs the search and answers JSON. The data is public; nothing is logged.
 */
export async function answerDirectorySearch(
  request: Request,
  search: (query: string, limit: number) => Promise<DirectoryEntry[]>,
): Promise<NextResponse> {
  const decision = await perClient.consume(clientAddress(request.headers));
  if (!decision.allowed) {
    return refuseDirectorySearch(429, "rate_limited", { "Retry-After": String(decision.retryAfterSeconds) });
  }
  const parsed = parseDirectoryQuery(new URL(request.url).searchParams.get("q"));
  if (!parsed.ok) return refuseDirectorySearch(400, parsed.error);
  const found = await search(parsed.query, DIRECTORY_RESULT_LIMIT + 1);
  const body: DirectorySearchBody = {
    results: found.slice(0, DIRECTORY_RESULT_LIMIT),
    more: found.length > DIRECTORY_RESULT_LIMIT,
  };
  return NextResponse.json(body, { headers: CACHEABLE });
}
