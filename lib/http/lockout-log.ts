import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { sweepEveryNthCall } from "./sweep-expired-rows";

/**
 * A limit that is refusing tries, for staff to see (table limit_lockout): one row per limit,
 * subject and window, whose counts grow as tries are refused or let through. Nothing personal is
 * kept: the subject is a reference number (or "" for a ceiling over all clients), never a
 * client's address or a birth date.
 */
export interface LockoutNote {
  /** The limiter's name, e.g. "status-lookup-reference". */
  limiter: string;
  /** What the limit is about: a reference number, or "" for all clients. */
  subject: string;
  /** When the limit's window ends (the limiter's resetsAt). */
  endsAt: Date;
  refused?: number;
  letThrough?: number;
}

export interface LimitLockoutEntry {
  limiter: string;
  subject: string;
  startedAt: Date;
  endsAt: Date;
  refused: number;
  letThrough: number;
}

/** How long lock-outs are kept for staff to look back on. */
export const LOCKOUT_RETENTION_DAYS = 90;

const sweepOldLockouts = sweepEveryNthCall(
  16,
  (prisma: PrismaClient) =>
    prisma.$executeRaw`
    DELETE FROM limit_lockout
    WHERE ends_at < now() - ${LOCKOUT_RETENTION_DAYS}::int * interval '1 day'`,
);

/** Records a refused (or let-through) try under its lock-out, starting the lock-out's row if needed. */
export async function recordLockout(prisma: PrismaClient, note: LockoutNote): Promise<void> {
  const refused = note.refused ?? 0;
  const letThrough = note.letThrough ?? 0;
  await prisma.$executeRaw`
    INSERT INTO limit_lockout AS l (id, limiter, subject, started_at, ends_at, refused, let_through)
    VALUES (gen_random_uuid(), ${note.limiter}, ${note.subject}, now(), ${note.endsAt}, ${refused}::int, ${letThrough}::int)
    ON CONFLICT (limiter, subject, ends_at) DO UPDATE
    SET refused = l.refused + EXCLUDED.refused, let_through = l.let_through + EXCLUDED.let_through`;
  await sweepOldLockouts(prisma);
}

/** Lock-outs that started since the given moment, newest first: what the staff side will list. */
export async function recentLockouts(prisma: PrismaClient, since: Date): Promise<LimitLockoutEntry[]> {
  return prisma.limitLockout.findMany({
    where: { startedAt: { gte: since } },
    orderBy: { startedAt: "desc" },
    select: { limiter: true, subject: true, startedAt: true, endsAt: true, refused: true, letThrough: true },
  });
}
