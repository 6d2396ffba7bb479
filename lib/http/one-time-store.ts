import { randomBytes } from "node:crypto";

/**
 * Values kept in this process's memory for a short while, each handed out once under a random
 * token: for example what to show on the page a form post redirects to, without putting it in
 * the address. Expired entries are dropped as new ones arrive; at most `maxEntries` are kept
 * (the oldest go first), so a flood of posts cannot grow memory without bound.
 */
export interface OneTimeStore<T> {
  /** Keeps the value and returns its token (22 URL-safe characters, 128 random bits). */
  put(value: T): string;
  /** The value, once: a second take, an unknown token or an expired entry give undefined. */
  take(token: string): T | undefined;
}

export function createOneTimeStore<T>(options: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): OneTimeStore<T> {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, and every entry lives for the same time, so the oldest
  // entries (the first to expire) are always at the front.
  const entries = new Map<string, { value: T; expiresAt: number }>();

  function dropExpired(at: number) {
    for (const [token, entry] of entries) {
      if (entry.expiresAt > at && entries.size < options.maxEntries) break;
      entries.delete(token);
    }
  }

  return {
    put(value) {
      const at = now();
      dropExpired(at);
      const token = randomBytes(16).toString("base64url");
      entries.set(token, { value, expiresAt: at + options.ttlMs });
      return token;
    },
    take(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      entries.delete(token);
      return entry.expiresAt > now() ? entry.value : undefined;
    },
  };
}
