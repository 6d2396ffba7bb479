import { afterAll, inject } from "vitest";
import { getPrisma } from "@/lib/db/prisma";

/**
 * Points the app's own database client (lib/db/prisma.ts, as route handlers and server actions
 * use it) at this run's test database, as `npm start` points it at the real one; call at the top
 * of a test file, before the first request. Limits live in the database, so handlers need it.
 */
export function pointAppAtTestDatabase(): void {
  process.env.DATABASE_URL = inject("databaseUrl");
  if (inject("databaseKind") === "pglite") process.env.DATABASE_POOL_SIZE = "1";
  afterAll(() => getPrisma().$disconnect());
}
