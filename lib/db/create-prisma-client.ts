import { PrismaPg } from "@prisma/adapter-pg";
import type { ServerConfig } from "@/lib/config/server-config";
import { PrismaClient } from "./generated/client";

/** How long the app waits for the database before giving up, so a stalled database fails in seconds. */
export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one from the pool. */
  connectMs: number;
  /** Longest one statement may run. */
  statementMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 10_000 };

/** The timeouts configured by DATABASE_CONNECT_TIMEOUT_SECONDS and DATABASE_STATEMENT_TIMEOUT_SECONDS. */
export function databaseTimeouts(config: ServerConfig): DatabaseTimeouts {
  return {
    connectMs: config.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
    statementMs: config.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000,
  };
}

/**
 * The server cancels a statement at `statement_timeout` and the connection stays usable; the
 * driver's own read timeout is the backstop for a server (or network) that answers nothing at all,
 * and for PGlite, which ignores statement_timeout. It fires a little later so that, on a server
 * that works, the server's clean cancel always comes first.
 */
const READ_TIMEOUT_MARGIN_MS = 2_000;

/**
 * A Prisma client on PostgreSQL (a server or the embedded PGlite) through the pg driver adapter.
 * `maxConnections: 1` for PGlite: its socket server can mix up statements that arrive at once on
 * different connections (electric-sql/pglite#1046), and it runs one session anyway.
 */
export function createPrismaClient(
  databaseUrl: string,
  options: { maxConnections?: number; timeouts?: DatabaseTimeouts } = {},
): PrismaClient {
  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: databaseUrl,
      max: options.maxConnections,
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + READ_TIMEOUT_MARGIN_MS,
    }),
  });
}

export type { PrismaClient };
