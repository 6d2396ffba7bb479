import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { getPrisma } from "@/lib/db/prisma";
import { SWEEP_BATCH, sweepEveryNthCall } from "./sweep-expired-rows";

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A consume that also says what the key had used before it, for decisions such as "no failures yet". */
export type RateLimitReservation = RateLimitDecision & {
  /** Points the key had used in this window before this call (when refused: all it has used). */
  usedBefore: number;
  /** When the key's window ends and its points are counted afresh. */
  resetsAt: Date;
};

export interface RateLimiter {
  /** Uses `amount` points (one by default) of the key's budget; refused, using nothing, once they would pass it. */
  consume(key: string, amount?: number): Promise<RateLimitDecision>;
  /** consume, telling also how much the key had used before: reserve a point before the work it limits. */
  reserve(key: string, amount?: number): Promise<RateLimitReservation>;
  /** Gives back points that a consume or reserve took (work that turned out not to count). */
  refund(key: string, amount?: number): Promise<void>;
  /** Whether the key has `amount` points left, without using them. */
  check(key: string, amount?: number): Promise<RateLimitDecision>;
  /** Forgets what the key has used. */
  reset(key: string): Promise<void>;
}

const sweepRateLimits = sweepEveryNthCall(64, deleteExpiredRateLimits);

/** Deletes up to SWEEP_BATCH counts whose window has ended; returns how many went. */
export async function deleteExpiredRateLimits(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM rate_limit_count WHERE (limiter, key_hash) IN (
      SELECT limiter, key_hash FROM rate_limit_count WHERE expires_at <= now() LIMIT ${SWEEP_BATCH})`;
}

function keyHash(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function retryAfter(seconds: number): { allowed: false; retryAfterSeconds: number } {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
}

interface CountRow {
  used: number;
  expiresAt: Date;
  secondsLeft: number;
}

/**
 * A fixed-window limiter per key, counted in PostgreSQL (table rate_limit_count) so that every app
 * process shares one count. Each consume is one atomic `INSERT … ON CONFLICT DO UPDATE … WHERE`:
 * the row is locked while its count is compared and raised, so calls arriving at once from any
 * number of processes can never use more than `points` between them. The window is timed by the
 * database's clock, the same for every process.
 *
 * Hand-written rather than rate-limiter-flexible's RateLimiterPostgres: that one needs a pg pool
 * of its own beside Prisma's (the embedded PGlite is served one connection per process, see
 * createPrismaClient), names its prepared statements, which breaks through pglite-socket, makes
 * its table outside our migrations, and counts refused calls, so a point could not be reserved
 * and given back exactly.
 *
 * Construction touches nothing: limiters may be made when a module loads, and the database
 * (the app's own unless `prisma` is given) is reached on first use.
 */
export function createRateLimiter(options: {
  /** What is limited ("resume-code", "status-lookup"): each limiter's keys are counted apart. */
  name: string;
  points: number;
  durationSeconds: number;
  prisma?: PrismaClient;
}): RateLimiter {
  const { name, points, durationSeconds } = options;
  const db = () => options.prisma ?? getPrisma();

  async function current(hash: string): Promise<CountRow | undefined> {
    const [row] = await db().$queryRaw<CountRow[]>`
      SELECT used::float8 AS used, expires_at AS "expiresAt",
             extract(epoch FROM expires_at - now())::float8 AS "secondsLeft"
      FROM rate_limit_count
      WHERE limiter = ${name} AND key_hash = ${hash} AND expires_at > now()`;
    return row;
  }

  async function reserve(key: string, amount = 1): Promise<RateLimitReservation> {
    const hash = keyHash(key);
    if (amount > points) {
      // More than the whole budget can never pass; say when the window would let the most through.
      const row = await current(hash);
      return {
        ...retryAfter(row?.secondsLeft ?? durationSeconds),
        usedBefore: row?.used ?? 0,
        resetsAt: row?.expiresAt ?? new Date(Date.now() + durationSeconds * 1000),
      };
    }
    const [taken] = await db().$queryRaw<{ usedBefore: number; expiresAt: Date }[]>`
      INSERT INTO rate_limit_count AS c (limiter, key_hash, used, expires_at)
      VALUES (${name}, ${hash}, ${amount}::bigint, now() + ${durationSeconds}::int * interval '1 second')
      ON CONFLICT (limiter, key_hash) DO UPDATE
      SET used = CASE WHEN c.expires_at <= now() THEN EXCLUDED.used ELSE c.used + EXCLUDED.used END,
          expires_at = CASE WHEN c.expires_at <= now() THEN EXCLUDED.expires_at ELSE c.expires_at END
      WHERE c.expires_at <= now() OR c.used + EXCLUDED.used <= ${points}::bigint
      RETURNING (c.used - ${amount}::bigint)::float8 AS "usedBefore", c.expires_at AS "expiresAt"`;
    await sweepRateLimits(db());
    if (taken) return { allowed: true, usedBefore: taken.usedBefore, resetsAt: taken.expiresAt };
    const row = await current(hash);
    return {
      ...retryAfter(row?.secondsLeft ?? 1),
      usedBefore: row?.used ?? points,
      resetsAt: row?.expiresAt ?? new Date(),
    };
  }

  return {
    reserve,
    async consume(key, amount) {
      const reservation = await reserve(key, amount);
      return reservation.allowed ? { allowed: true } : retryAfter(reservation.retryAfterSeconds);
    },
    async refund(key, amount = 1) {
      await db().$executeRaw`
        UPDATE rate_limit_count SET used = GREATEST(used - ${amount}::bigint, 0)
        WHERE limiter = ${name} AND key_hash = ${keyHash(key)} AND expires_at > now()`;
    },
    async check(key, amount = 1) {
      const row = await current(keyHash(key));
      if (amount > points) return retryAfter(row?.secondsLeft ?? durationSeconds);
      return row && row.used + amount > points ? retryAfter(row.secondsLeft) : { allowed: true };
    },
    async reset(key) {
      await db().$executeRaw`DELETE FROM rate_limit_count WHERE limiter = ${name} AND key_hash = ${keyHash(key)}`;
    },
  };
}
