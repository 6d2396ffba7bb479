import { describe, expect, it } from "vitest";
import { createStatusLookupLimiter, guardStatusLookup } from "./status-lookup-guard";

const found = { found: true as const, status: "received" };
const notFound = { found: false as const };

/** A lookup that answers as told and counts how often the database would have been asked. */
function fakeLookup(answer: { found: boolean }) {
  const calls = { count: 0 };
  const run = async () => {
    calls.count += 1;
    return answer;
  };
  return { calls, run };
}

describe("guardStatusLookup", () => {
  it("passes the lookup's answer through while the budget lasts", async () => {
    const limiter = createStatusLookupLimiter(3);
    const keys = { client: "198.51.100.1", reference: "KMNPR-TWXY2" };
    expect(await guardStatusLookup(limiter, keys, fakeLookup(found).run)).toEqual(found);
    expect(await guardStatusLookup(limiter, keys, fakeLookup(notFound).run)).toEqual(notFound);
  });

  it("limits a client after the allowed wrong guesses, whatever references it tries, without looking up", async () => {
    const limiter = createStatusLookupLimiter(3);
    for (const reference of ["AAAAA-AAAA2", "AAAAA-AAAA3", "AAAAA-AAAA4"]) {
      expect(await guardStatusLookup(limiter, { client: "c1", reference }, fakeLookup(notFound).run)).toEqual(notFound);
    }
    const next = fakeLookup(found);
    const limited = await guardStatusLookup(limiter, { client: "c1", reference: "AAAAA-AAAA5" }, next.run);
    expect(limited).toEqual({ found: false, limited: true });
    expect(next.calls.count).toBe(0);
    // Another client is not affected.
    expect(await guardStatusLookup(limiter, { client: "c2", reference: "AAAAA-AAAA5" }, next.run)).toEqual(found);
  });

  it("limits a reference after the allowed wrong guesses, whichever clients make them", async () => {
    const limiter = createStatusLookupLimiter(2);
    const reference = "KMNPR-TWXY2";
    await guardStatusLookup(limiter, { client: "c1", reference }, fakeLookup(notFound).run);
    await guardStatusLookup(limiter, { client: "c2", reference }, fakeLookup(notFound).run);
    const next = fakeLookup(found);
    expect(await guardStatusLookup(limiter, { client: "c3", reference }, next.run)).toEqual({
      found: false,
      limited: true,
    });
    expect(next.calls.count).toBe(0);
  });

  it("counts only failed lookups: successes use no budget", async () => {
    const limiter = createStatusLookupLimiter(2);
    const keys = { client: "c1", reference: "KMNPR-TWXY2" };
    for (let index = 0; index < 10; index++) {
      expect(await guardStatusLookup(limiter, keys, fakeLookup(found).run)).toEqual(found);
    }
  });

  it("clears a reference's count on success, but not the client's", async () => {
    const limiter = createStatusLookupLimiter(2);
    const reference = "KMNPR-TWXY2";
    await guardStatusLookup(limiter, { client: "c1", reference }, fakeLookup(notFound).run);
    await guardStatusLookup(limiter, { client: "c1", reference }, fakeLookup(found).run);
    // The reference starts afresh: one more failure from another client does not limit it.
    await guardStatusLookup(limiter, { client: "c2", reference }, fakeLookup(notFound).run);
    expect(await guardStatusLookup(limiter, { client: "c3", reference }, fakeLookup(found).run)).toEqual(found);
    // The first client's earlier failure still counts: one more and it is limited.
    await guardStatusLookup(limiter, { client: "c1", reference: "AAAAA-AAAA2" }, fakeLookup(notFound).run);
    expect(await guardStatusLookup(limiter, { client: "c1", reference }, fakeLookup(found).run)).toEqual({
      found: false,
      limited: true,
    });
  });
});
