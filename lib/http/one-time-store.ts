import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { getPrisma } from "@/lib/db/prisma";
import { SWEEP_BATCH, sweepEveryNthCall } from "./sweep-expired-rows";

/**
 * Values kept for a short while, each handed out once under a random token: for example what to
 * show on the page a form post redirects to, without putting it in the address. They live in
 * PostgreSQL (table one_time_value), so the app process that serves the redirect's page need not
 * be the one that took the post. Only the token's SHA-256 is stored: the table alone gives no
 * token to take a value with. Taking deletes the row in the same statement, so two takes at once
 * get it once between them.
 */
export interface OneTimeStore<T> {
  /** Keeps the value and returns its token (22 URL-safe characters, 128 random bits). */
  put(value: T): Promise<string>;
  /** The value, once: a second take, an unknown token or an expired entry give undefined. */
  take(token: string): Promise<T | undefined>;
}

const sweepOneTimeValues = sweepEveryNthCall(32, deleteExpiredOneTimeValues);

/**
 * Deletes up to SWEEP_BATCH expired values; returns how many went. Rows untaken are thus kept no
 * longer than their time and one sweep, so the table holds at most what `ttlMs` of puts bring.
 */
export async function deleteExpiredOneTimeValues(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM one_time_value WHERE token_hash IN (
      SELECT token_hash FROM one_time_value WHERE expires_at <= now() LIMIT ${SWEEP_BATCH})`;
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** Values are stored as JSON: plain data (no Dates, Maps or undefined inside arrays) comes back as it went in. */
export function createOneTimeStore<T>(options: {
  /** Which store ("status-outcome"): a token of one store never takes another store's value. */
  name: string;
  ttlMs: number;
  prisma?: PrismaClient;
}): OneTimeStore<T> {
  const db = () => options.prisma ?? getPrisma();
  return {
    async put(value) {
      const token = randomBytes(16).toString("base64url");
      await db().$executeRaw`
        INSERT INTO one_time_value (token_hash, store, value, expires_at)
        VALUES (${tokenHash(token)}, ${options.name}, ${JSON.stringify(value)}::jsonb,
                now() + ${options.ttlMs}::int * interval '1 millisecond')`;
      await sweepOneTimeValues(db());
      return token;
    },
    async take(token) {
      if (!TOKEN.test(token)) return undefined;
      const [row] = await db().$queryRaw<{ value: T; live: boolean }[]>`
        DELETE FROM one_time_value
        WHERE token_hash = ${tokenHash(token)} AND store = ${options.name}
        RETURNING value, expires_at > now() AS live`;
      // Only put() writes rows of this store, so the value has the type it was put with.
      return row?.live ? row.value : undefined;
    },
  };
}
