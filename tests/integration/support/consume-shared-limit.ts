/**
 * One app process's share of a shared-limit test: `tsx consume-shared-limit.ts NAME POINTS KEY
 * TRIES` consumes the key TRIES times at once through its own Prisma client (as an app process
 * would) on DATABASE_URL, waits for GO on stdin so that both processes start together, and prints
 * how many were allowed as JSON.
 */
import { createInterface } from "node:readline";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createRateLimiter } from "@/lib/http/rate-limit";

const [name, points, key, tries] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!name || !points || !key || !tries || !url) throw new Error("usage: NAME POINTS KEY TRIES with DATABASE_URL");

const prisma = createPrismaClient(url, {
  maxConnections: process.env.DATABASE_POOL_SIZE ? Number(process.env.DATABASE_POOL_SIZE) : undefined,
});
const limiter = createRateLimiter({ name, points: Number(points), durationSeconds: 600, prisma });
// Connect before the signal, so that both processes start consuming at the same moment.
await prisma.$queryRaw`SELECT 1`;
console.log("READY");
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once("line", () => resolve()));
const decisions = await Promise.all(Array.from({ length: Number(tries) }, () => limiter.consume(key)));
console.log(JSON.stringify({ allowed: decisions.filter((decision) => decision.allowed).length }));
await prisma.$disconnect();
