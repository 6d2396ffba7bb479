import { afterEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-prisma-client";
import { startStallingProxy, type StallingProxy } from "./support/stalling-proxy";

// Short timeouts keep the test quick; the defaults (5 s and 10 s) behave the same way.
const timeouts = { connectMs: 1_000, statementMs: 1_500 };
// What the driver adds on top of the statement timeout before giving up on a silent server,
// plus room for a busy test machine.
const READ_MARGIN_MS = 2_000;
const SLACK_MS = 1_500;

const onPglite = inject("databaseKind") === "pglite";
const maxConnections = onPglite ? 1 : undefined;
const opened: { clients: PrismaClient[]; proxies: StallingProxy[] } = { clients: [], proxies: [] };

function client(url: string): PrismaClient {
  const prisma = createPrismaClient(url, { maxConnections, timeouts });
  opened.clients.push(prisma);
  return prisma;
}

async function proxy(targetUrl?: string): Promise<StallingProxy> {
  const started = await startStallingProxy(targetUrl);
  opened.proxies.push(started);
  return started;
}

/** How long the promise took to fail; fails the test if it succeeded. */
async function msUntilFailure(run: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await expect(run()).rejects.toThrow();
  return Date.now() - started;
}

afterEach(async () => {
  // Proxies first: a client waiting on a silent connection would otherwise hold up its disconnect.
  await Promise.all(opened.proxies.splice(0).map((started) => started.close()));
  await Promise.all(opened.clients.splice(0).map((prisma) => prisma.$disconnect().catch(() => {})));
});

describe("database timeouts", () => {
  it("gives up within the connect timeout on a server that accepts connections and never answers", async () => {
    const silent = await proxy();
    const prisma = client(silent.url);
    const elapsed = await msUntilFailure(() => prisma.$queryRaw`SELECT 1`);
    expect(elapsed).toBeLessThan(timeouts.connectMs + SLACK_MS);
  });

  it("gives up within the statement timeout when a working database stops answering, and recovers after", async () => {
    const line = await proxy(inject("databaseUrl"));
    const prisma = client(line.url);
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);

    line.stall();
    const elapsed = await msUntilFailure(() => prisma.$queryRaw`SELECT 2 AS two`);
    expect(elapsed).toBeLessThan(timeouts.statementMs + READ_MARGIN_MS + SLACK_MS);

    // The silent connection was dropped: once the database answers again, so does the app.
    line.resume();
    expect(await prisma.$queryRaw`SELECT 3 AS three`).toEqual([{ three: 3 }]);
  });

  it("cancels a statement that runs past the statement timeout", async () => {
    const prisma = client(inject("databaseUrl"));
    // PostgreSQL cancels it at statement_timeout; PGlite ignores that setting, so the driver's
    // read timeout ends the wait a little later. Either way the request fails in seconds.
    const elapsed = await msUntilFailure(() => prisma.$executeRaw`SELECT pg_sleep(4)`);
    expect(elapsed).toBeLessThan(timeouts.statementMs + (onPglite ? READ_MARGIN_MS : 0) + SLACK_MS);
    expect(await prisma.$queryRaw`SELECT 4 AS four`).toEqual([{ four: 4 }]);
  });
});
