import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * A Prisma client on PostgreSQL (a server or the embedded PGlite) through the pg driver adapter.
 * `maxConnections: 1` for PGlite: its socket server can mix up statements that arrive at once on
 * different connections (electric-sql/pglite#1046), and it runs one session anyway.
 */
export function createPrismaClient(databaseUrl: string, options: { maxConnections?: number } = {}): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections }),
  });
}

export type { PrismaClient };
