import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type DatabaseKind = "postgresql" | "pglite";

export interface ScratchDatabase {
  kind: DatabaseKind;
  url: string;
  drop(): Promise<void>;
}

/** The PostgreSQL server the integration suite runs against, if any; PGlite otherwise. */
export function serverUrlFromEnv(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A database no other run can see: a new database on the PostgreSQL server (never an existing
 * one, so pointing the suite at a shared server cannot touch its data), or a new in-memory PGlite.
 * `create: false` only reserves the name on PostgreSQL, for commands that must create it themselves.
 */
export async function createScratchDatabase(
  kind: DatabaseKind,
  options: { prefix?: string; create?: boolean } = {},
): Promise<ScratchDatabase> {
  const serverUrl = serverUrlFromEnv();
  if (kind === "pglite" || !serverUrl) {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    return { kind: "pglite", url: embedded.url, drop: () => embedded.stop() };
  }
  const name = uniqueDatabaseName(options.prefix ?? "itest");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (options.create !== false) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    kind: "postgresql",
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
