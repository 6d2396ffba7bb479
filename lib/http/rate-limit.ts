import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Uses one point of the key's budget; refused once the budget is spent. */
  consume(key: string): Promise<RateLimitDecision>;
  /** Whether the key has a point left, without using one (for limits that count only failures). */
  check(key: string): Promise<RateLimitDecision>;
  /** Forgets what the key has used. */
  reset(key: string): Promise<void>;
}

function retryAfter(msBeforeNext: number): RateLimitDecision {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

/**
 * A fixed-window limiter per key, kept in this process's memory (one app process serves the
 * charity; several processes would each count separately and need a shared store).
 */
export function createRateLimiter(options: {
  /** What is limited ("resume-code", "status-lookup"): the keys of every limiter share one store. */
  name: string;
  points: number;
  durationSeconds: number;
}): RateLimiter {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.durationSeconds });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return retryAfter(rejection.msBeforeNext);
        throw rejection;
      }
    },
    async check(key) {
      const used = await limiter.get(key);
      return used && used.consumedPoints >= options.points ? retryAfter(used.msBeforeNext) : { allowed: true };
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
