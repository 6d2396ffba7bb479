import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("refuses a key once its points are used, and counts keys apart", async () => {
    const limiter = createRateLimiter({ name: "test", points: 2, durationSeconds: 60 });
    expect(await limiter.consume("a")).toEqual({ allowed: true });
    expect(await limiter.consume("a")).toEqual({ allowed: true });
    expect(await limiter.consume("a")).toMatchObject({ allowed: false });
    expect(await limiter.consume("b")).toEqual({ allowed: true });
  });

  it("checks a key's budget without using it", async () => {
    const limiter = createRateLimiter({ name: "test", points: 1, durationSeconds: 60 });
    expect(await limiter.check("a")).toEqual({ allowed: true });
    expect(await limiter.check("a")).toEqual({ allowed: true });
    await limiter.consume("a");
    const refused = await limiter.check("a");
    expect(refused.allowed).toBe(false);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
  });

  it("forgets a key on reset", async () => {
    const limiter = createRateLimiter({ name: "test", points: 1, durationSeconds: 60 });
    await limiter.consume("a");
    await limiter.reset("a");
    expect(await limiter.check("a")).toEqual({ allowed: true });
  });
});
