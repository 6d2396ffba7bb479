import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { getPrisma } from "@/lib/db/prisma";
import { recordLockout } from "./lockout-log";
import { createRateLimiter, type RateLimitDecision } from "./rate-limit";

const ALL_CLIENTS_KEY = "all";

export interface LimitWithCeiling {
  /** Uses one try of the client's budget and one of all clients'; refused when either is spent. */
  consume(client: string): Promise<RateLimitDecision>;
}

/**
 * A per-client limit with a ceiling over all clients together: the ceiling bounds guessing
 * spread over many addresses, which per-client counts alone cannot. A try refused by the ceiling
 * gives the client's point back (it was not a try) and is recorded as a lock-out for staff
 * (limiter `<name>-all`, no subject), since while it lasts it refuses families too.
 */
export function createLimitWithCeiling(options: {
  name: string;
  perClient: number;
  allClients: number;
  durationSeconds: number;
  prisma?: PrismaClient;
}): LimitWithCeiling {
  const { name, durationSeconds, prisma } = options;
  const perClient = createRateLimiter({ name, points: options.perClient, durationSeconds, prisma });
  const ceilingName = `${name}-all`;
  const allClients = createRateLimiter({ name: ceilingName, points: options.allClients, durationSeconds, prisma });
  return {
    async consume(client) {
      const own = await perClient.consume(client);
      if (!own.allowed) return own;
      const all = await allClients.reserve(ALL_CLIENTS_KEY);
      if (all.allowed) return { allowed: true };
      await perClient.refund(client);
      await recordLockout(prisma ?? getPrisma(), {
        limiter: ceilingName,
        subject: "",
        endsAt: all.resetsAt,
        refused: 1,
      });
      return { allowed: false, retryAfterSeconds: all.retryAfterSeconds };
    },
  };
}
