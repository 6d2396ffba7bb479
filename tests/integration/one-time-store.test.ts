import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createOneTimeStore, deleteExpiredOneTimeValues } from "@/lib/http/one-time-store";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function store<T>(ttlMs = 60_000) {
  return createOneTimeStore<T>({ name: `test-${randomUUID()}`, ttlMs, prisma });
}

describe("createOneTimeStore (in PostgreSQL)", () => {
  it("hands a value out once, under an unguessable token", async () => {
    const outcomes = store<{ added: number; item: string }>();
    const token = await outcomes.put({ added: 1, item: "income_proof" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await outcomes.put({ added: 1, item: "income_proof" })).not.toBe(token);
    expect(await outcomes.take(token)).toEqual({ added: 1, item: "income_proof" });
    expect(await outcomes.take(token)).toBeUndefined();
    expect(await outcomes.take("not-a-token")).toBeUndefined();
    expect(await outcomes.take("A".repeat(22))).toBeUndefined();
  });

  it("gives a value to one of two takes at once", async () => {
    const outcomes = store<string>();
    const token = await outcomes.put("once");
    const taken = await Promise.all([outcomes.take(token), outcomes.take(token), outcomes.take(token)]);
    expect(taken.filter((value) => value === "once")).toHaveLength(1);
  });

  it("keeps the stores apart: a token of one store takes nothing from another", async () => {
    const one = store<string>();
    const other = store<string>();
    const token = await one.put("mine");
    expect(await other.take(token)).toBeUndefined();
    expect(await one.take(token)).toBe("mine");
  });

  it("is shared by every client of the database, as app processes share it", async () => {
    const name = `test-${randomUUID()}`;
    const token = await createOneTimeStore<string>({ name, ttlMs: 60_000, prisma }).put("from another process");
    const elsewhere = createOneTimeStore<string>({ name, ttlMs: 60_000, prisma });
    expect(await elsewhere.take(token)).toBe("from another process");
  });

  it("forgets values after their time and stores only the token's hash", async () => {
    const outcomes = store<string>(300);
    const token = await outcomes.put("early");
    const rows = await prisma.oneTimeValue.findMany({ where: { value: { equals: "early" } } });
    expect(rows.map((row) => row.tokenHash)).not.toContain(token);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    await sleep(400);
    expect(await outcomes.take(token)).toBeUndefined();
  });

  it("sweeps expired values as new ones are put", async () => {
    const short = store<string>(100);
    await Promise.all(["a", "b", "c"].map((value) => short.put(value)));
    await sleep(200);
    const busy = store<number>();
    // Every 32nd put in a process sweeps; 32 puts always include one.
    for (let index = 0; index < 32; index++) await busy.put(index);
    expect(await prisma.oneTimeValue.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
    expect(await deleteExpiredOneTimeValues(prisma)).toBe(0);
  });
});
