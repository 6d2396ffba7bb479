import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createLimitWithCeiling } from "@/lib/http/limit-with-ceiling";
import { recentLockouts } from "@/lib/http/lockout-log";
import { createRateLimiter, deleteExpiredRateLimits } from "@/lib/http/rate-limit";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

/** A limiter of its own name, so tests never share counts. */
function limiter(points: number, durationSeconds = 60) {
  return createRateLimiter({ name: `test-${randomUUID()}`, points, durationSeconds, prisma });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createRateLimiter (in PostgreSQL)", () => {
  it("refuses a key once its points are used, and counts keys apart", async () => {
    const limit = limiter(2);
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    expect(await limit.consume("b")).toEqual({ allowed: true });
  });

  it("counts limiters of different names apart for the same key", async () => {
    const one = limiter(1);
    const other = limiter(1);
    expect(await one.consume("a")).toEqual({ allowed: true });
    expect(await other.consume("a")).toEqual({ allowed: true });
  });

  it("checks a key's budget without using it, and says when to retry", async () => {
    const limit = limiter(1, 600);
    expect(await limit.check("a")).toEqual({ allowed: true });
    expect(await limit.check("a")).toEqual({ allowed: true });
    await limit.consume("a");
    const refused = await limit.check("a");
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    expect(refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it("forgets a key on reset", async () => {
    const limit = limiter(1);
    await limit.consume("a");
    await limit.reset("a");
    expect(await limit.check("a")).toEqual({ allowed: true });
  });

  it("reserves a point, says what was used before it, and takes it back on refund", async () => {
    const limit = limiter(2);
    expect(await limit.reserve("a")).toMatchObject({ allowed: true, usedBefore: 0 });
    expect(await limit.reserve("a")).toMatchObject({ allowed: true, usedBefore: 1 });
    const refused = await limit.reserve("a");
    expect(refused).toMatchObject({ allowed: false, usedBefore: 2 });
    // A refused reservation uses nothing, so one refund frees exactly one point.
    await limit.refund("a");
    expect(await limit.reserve("a")).toMatchObject({ allowed: true, usedBefore: 1 });
    expect(await limit.consume("a")).toMatchObject({ allowed: false });
  });

  it("consumes amounts (bytes of a budget), refusing what would pass it and anything larger than it", async () => {
    const limit = limiter(1000);
    expect(await limit.consume("a", 600)).toEqual({ allowed: true });
    expect(await limit.consume("a", 500)).toMatchObject({ allowed: false });
    expect(await limit.consume("a", 400)).toEqual({ allowed: true });
    expect(await limit.check("a", 1)).toMatchObject({ allowed: false });
    expect(await limit.consume("b", 1001)).toMatchObject({ allowed: false });
    expect(await limit.check("b", 1000)).toEqual({ allowed: true });
  });

  it("starts a new window once the old one has ended", async () => {
    const limit = limiter(1, 1);
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toMatchObject({ allowed: false });
    await sleep(1100);
    expect(await limit.check("a")).toEqual({ allowed: true });
    expect(await limit.reserve("a")).toMatchObject({ allowed: true, usedBefore: 0 });
  });

  it("allows exactly its points to 200 consumes sent at once", async () => {
    const limit = limiter(10);
    const decisions = await Promise.all(Array.from({ length: 200 }, () => limit.consume("burst")));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
  });

  it("stores keys only as hashes", async () => {
    const name = `test-${randomUUID()}`;
    await createRateLimiter({ name, points: 1, durationSeconds: 60, prisma }).consume("198.51.100.7");
    const rows = await prisma.rateLimitCount.findMany({ where: { limiter: name }, select: { keyHash: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.keyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("sweeps counts whose window has ended as limiters are used, so the table stays bounded", async () => {
    const short = limiter(1, 1);
    await Promise.all(["x1", "x2", "x3"].map((key) => short.consume(key)));
    await sleep(1100);
    const busy = limiter(1000);
    // Every 64th write in a process sweeps; 64 writes always include one.
    for (let index = 0; index < 64; index++) await busy.consume(`key-${index % 4}`);
    expect(await prisma.rateLimitCount.count({ where: { expiresAt: { lte: new Date(Date.now() - 1000) } } })).toBe(0);
    // Live counts stay.
    expect(await busy.check("key-0", 985)).toMatchObject({ allowed: false });
    expect(await deleteExpiredRateLimits(prisma)).toBe(0);
  });
});

describe("a per-client limit with a ceiling over all clients (resume codes)", () => {
  it("refuses every client once all of them together have used the ceiling, and tells staff", async () => {
    const name = `resume-test-${randomUUID()}`;
    const since = new Date(Date.now() - 1000);
    const limit = createLimitWithCeiling({ name, perClient: 3, allClients: 5, durationSeconds: 600, prisma });
    // Five addresses, one try each: each far under its own limit.
    for (let index = 0; index < 5; index++) expect(await limit.consume(`client-${index}`)).toEqual({ allowed: true });
    const refused = await limit.consume("client-new");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    expect(await limit.consume("client-0")).toMatchObject({ allowed: false });
    expect(await recentLockouts(prisma, since)).toContainEqual({
      limiter: `${name}-all`,
      subject: "",
      startedAt: expect.any(Date),
      endsAt: expect.any(Date),
      refused: 2,
      letThrough: 0,
    });
  });

  it("still limits each client on its own, and a try it refused does not count against the ceiling", async () => {
    const limit = createLimitWithCeiling({
      name: `resume-test-${randomUUID()}`,
      perClient: 2,
      allClients: 3,
      durationSeconds: 600,
      prisma,
    });
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toMatchObject({ allowed: false });
    expect(await limit.consume("a")).toMatchObject({ allowed: false });
    // Two of the ceiling's three tries were used; "b" has the last one.
    expect(await limit.consume("b")).toEqual({ allowed: true });
    expect(await limit.consume("c")).toMatchObject({ allowed: false });
  });
});

/** Starts one "app process" of the shared-limit test; resolves once it is connected and waiting. */
function startConsumer(name: string, key: string, points: number, tries: number) {
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["tests/integration/support/consume-shared-limit.ts", name, String(points), key, String(tries)],
    {
      env: {
        ...process.env,
        DATABASE_URL: inject("databaseUrl"),
        ...(inject("databaseKind") === "pglite" ? { DATABASE_POOL_SIZE: "1" } : {}),
      },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("READY") && resolve());
    child.on("exit", (code) => reject(new Error(`consumer exited ${code} before it was ready: ${stderr}`)));
  });
  const done = new Promise<number>((resolve, reject) => {
    child.on("exit", (code) => {
      const line = stdout.split("\n").find((text) => text.startsWith("{"));
      if (code !== 0 || !line) reject(new Error(`consumer exited ${code}: ${stderr}`));
      else resolve((JSON.parse(line) as { allowed: number }).allowed);
    });
  });
  return { ready, done, go: () => child.stdin.end("GO\n") };
}

describe("a limit shared by app processes", () => {
  it("allows its points once between two processes consuming the same key at once", async () => {
    const name = `shared-${randomUUID()}`;
    const points = 15;
    const processes = [startConsumer(name, "client", points, 100), startConsumer(name, "client", points, 100)];
    await Promise.all(processes.map((consumer) => consumer.ready));
    for (const consumer of processes) consumer.go();
    const allowed = await Promise.all(processes.map((consumer) => consumer.done));
    expect(allowed[0]! + allowed[1]!).toBe(points);
    // Seen from a third client (this test), the key is spent too.
    const here = createRateLimiter({ name, points, durationSeconds: 600, prisma });
    expect(await here.consume("client")).toMatchObject({ allowed: false });
  });
});
