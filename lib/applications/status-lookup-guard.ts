import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";

/** Who is guessing, and at what: the client's address and the reference number (stored form). */
export interface StatusLookupKeys {
  client: string;
  reference: string;
}

export type GuardedLookup<T extends { found: boolean }> = T | { found: false; limited: true };

const HOUR_SECONDS = 60 * 60;

/** The limiter for status lookups: `limitPerHour` wrong guesses per client and per reference. */
export function createStatusLookupLimiter(limitPerHour: number): RateLimiter {
  return createRateLimiter({ name: "status-lookup", points: limitPerHour, durationSeconds: HOUR_SECONDS });
}

/**
 * Runs a status lookup within the budget of wrong guesses, counted per client address and per
 * reference number in one limiter:
 * - the budget is checked before the lookup, so a spent budget answers "try again later"
 *   without touching the database, and says the same whether or not the reference exists;
 * - only a failed lookup counts, against both keys;
 * - a successful lookup clears the reference's count (only someone who knows the pair can do
 *   that), but never the client's, so guessing cannot be refreshed with one's own application.
 * Lookups running at the same moment each pass the check before any counts, so a client can
 * exceed the budget by the number it sends at once: small against 46-bit references.
 */
export async function guardStatusLookup<T extends { found: boolean }>(
  limiter: RateLimiter,
  keys: StatusLookupKeys,
  lookup: () => Promise<T>,
): Promise<GuardedLookup<T>> {
  const clientKey = `client:${keys.client}`;
  const referenceKey = `reference:${keys.reference}`;
  const budgets = await Promise.all([limiter.check(clientKey), limiter.check(referenceKey)]);
  if (budgets.some((budget) => !budget.allowed)) return { found: false, limited: true };

  const result = await lookup();
  if (result.found) await limiter.reset(referenceKey);
  else await Promise.all([limiter.consume(clientKey), limiter.consume(referenceKey)]);
  return result;
}
