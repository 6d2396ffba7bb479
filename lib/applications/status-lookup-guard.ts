import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { getPrisma } from "@/lib/db/prisma";
import { recordLockout } from "@/lib/http/lockout-log";
import { createRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";

/** Who is guessing, and at what: the client's address and the reference number (stored form). */
export interface StatusLookupKeys {
  client: string;
  reference: string;
}

export type GuardedLookup<T extends { found: boolean }> = T | { found: false; limited: true };

/** The budgets of wrong guesses a status lookup runs within, all per hour and shared by every app process. */
export interface StatusLookupGuard {
  perClient: RateLimiter;
  perReference: RateLimiter;
  allClients: RateLimiter;
  /** Where lock-outs are recorded for staff. */
  prisma: () => PrismaClient;
}

const HOUR_SECONDS = 60 * 60;
const ALL_CLIENTS_KEY = "all";
export const STATUS_LOOKUP_LIMITERS = {
  perClient: "status-lookup-client",
  perReference: "status-lookup-reference",
  allClients: "status-lookup-all",
} as const;

/**
 * The guard of status lookups: `limitPerHour` wrong guesses per client and per reference, and
 * `allClientsPerHour` wrong guesses from all clients together (a backstop against guessing spread
 * over many addresses).
 */
export function createStatusLookupGuard(options: {
  limitPerHour: number;
  allClientsPerHour: number;
  prisma?: PrismaClient;
}): StatusLookupGuard {
  const common = { durationSeconds: HOUR_SECONDS, prisma: options.prisma };
  return {
    perClient: createRateLimiter({ name: STATUS_LOOKUP_LIMITERS.perClient, points: options.limitPerHour, ...common }),
    perReference: createRateLimiter({
      name: STATUS_LOOKUP_LIMITERS.perReference,
      points: options.limitPerHour,
      ...common,
    }),
    allClients: createRateLimiter({
      name: STATUS_LOOKUP_LIMITERS.allClients,
      points: options.allClientsPerHour,
      ...common,
    }),
    prisma: () => options.prisma ?? getPrisma(),
  };
}

/**
 * Runs a status lookup within the budgets of wrong guesses. Every lookup first reserves one point
 * of each budget, atomically in the database, and only then looks; a lookup that finds the
 * application gives its points back. So lookups sent all at once can never evaluate more wrong
 * guesses than the budget holds, in one app process or many.
 * - A spent budget answers "try again later" without touching the application tables, and says
 *   the same whether or not the reference exists.
 * - A reference whose budget is spent (someone has been guessing at it) would lock the family
 *   itself out for an hour. So a client with no wrong guesses of its own this hour is let through
 *   anyway, its guess still counted against it and all clients; each such try, and each refused
 *   one, is recorded as a lock-out for staff (lib/http/lockout-log.ts).
 * - A successful lookup clears the reference's count (only someone who knows the pair can do
 *   that), but never the client's, so guessing cannot be refreshed with one's own application.
 * - The all-clients budget lets no one through: it is the bound on guessing from many addresses.
 */
export async function guardStatusLookup<T extends { found: boolean }>(
  guard: StatusLookupGuard,
  keys: StatusLookupKeys,
  lookup: () => Promise<T>,
): Promise<GuardedLookup<T>> {
  const limited = { found: false as const, limited: true as const };
  const client = await guard.perClient.reserve(keys.client);
  if (!client.allowed) return limited;

  const all = await guard.allClients.reserve(ALL_CLIENTS_KEY);
  if (!all.allowed) {
    await guard.perClient.refund(keys.client);
    await recordLockout(guard.prisma(), {
      limiter: STATUS_LOOKUP_LIMITERS.allClients,
      subject: "",
      endsAt: all.resetsAt,
      refused: 1,
    });
    return limited;
  }

  const reference = await guard.perReference.reserve(keys.reference);
  if (!reference.allowed) {
    const letThrough = client.usedBefore === 0;
    await recordLockout(guard.prisma(), {
      limiter: STATUS_LOOKUP_LIMITERS.perReference,
      subject: keys.reference,
      endsAt: reference.resetsAt,
      ...(letThrough ? { letThrough: 1 } : { refused: 1 }),
    });
    if (!letThrough) {
      await Promise.all([guard.perClient.refund(keys.client), guard.allClients.refund(ALL_CLIENTS_KEY)]);
      return limited;
    }
  }

  let result: T;
  try {
    result = await lookup();
  } catch (error) {
    // Nothing was learnt: a failing database must not use up a family's tries.
    await giveBack(guard, keys, reference.allowed).catch(() => undefined);
    throw error;
  }
  if (result.found) {
    await giveBack(guard, keys, false);
    await guard.perReference.reset(keys.reference);
  }
  return result;
}

async function giveBack(guard: StatusLookupGuard, keys: StatusLookupKeys, reference: boolean): Promise<void> {
  await Promise.all([
    guard.perClient.refund(keys.client),
    guard.allClients.refund(ALL_CLIENTS_KEY),
    reference ? guard.perReference.refund(keys.reference) : undefined,
  ]);
}
