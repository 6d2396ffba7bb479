import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ServerConfig } from "@/lib/config/server-config";
import { keepHeartbeat } from "@/lib/db/embedded-database-owner";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export interface OpenDatabase {
  url: string;
  /** Human-readable, without credentials. */
  description: string;
  /** The embedded PGlite: one connection per process (see createPrismaClient). */
  embedded: boolean;
  /**
   * The process holding the embedded PGlite (this one, or the one whose database is reused), and
   * the file it touches while it works (see lib/db/embedded-database-owner.ts).
   */
  owner?: { pid: number; heartbeatFile: string };
  /**
   * Calls `onLost` once if the embedded database this process holds fails. A database server of
   * its own is not watched: the app rides out its outages with "please try again".
   */
  watch(onLost: () => void): void;
  close(): Promise<void>;
}

/** Closing a database that failed may never settle; the process is ending anyway. */
const CLOSE_WAIT_MS = 5_000;

interface ServerRecord {
  pid: number;
  url: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database for this process: DATABASE_URL when set, otherwise the embedded PGlite kept in
 * EMBEDDED_DATABASE_DIR. Only one process may own a PGlite data folder, so the owner records its
 * address beside the folder and later commands (`npm run prisma`, `npm run db:seed`) reuse it.
 */
export async function openDatabase(config: ServerConfig): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    const { hostname, port, pathname } = new URL(config.DATABASE_URL);
    return {
      url: config.DATABASE_URL,
      description: `PostgreSQL at ${hostname}:${port || 5432}${pathname}`,
      embedded: false,
      watch: () => {},
      close: async () => {},
    };
  }

  const dataDir = path.resolve(config.EMBEDDED_DATABASE_DIR);
  const recordFile = `${dataDir}.server.json`;
  const record = await readFile(recordFile, "utf8")
    .then((text) => JSON.parse(text) as ServerRecord)
    .catch(() => undefined);
  if (record && record.pid !== process.pid && isAlive(record.pid)) {
    return {
      url: record.url,
      description: `the embedded database served by process ${record.pid}`,
      embedded: true,
      owner: { pid: record.pid, heartbeatFile: recordFile },
      watch: () => {},
      close: async () => {},
    };
  }

  let embedded;
  try {
    embedded = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_DATABASE_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `Port ${config.EMBEDDED_DATABASE_PORT} for the embedded database is in use; set EMBEDDED_DATABASE_PORT to a free port.`,
      );
    }
    throw error;
  }
  await writeFile(recordFile, JSON.stringify({ pid: process.pid, url: embedded.url } satisfies ServerRecord));
  const stopHeartbeat = keepHeartbeat(recordFile);
  return {
    url: embedded.url,
    description: `the embedded database (PGlite) in ${path.relative(process.cwd(), dataDir) || dataDir}`,
    embedded: true,
    owner: { pid: process.pid, heartbeatFile: recordFile },
    watch: (onLost) => embedded.onFailure(onLost),
    async close() {
      stopHeartbeat();
      await Promise.race([
        embedded.stop().catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref()),
      ]);
      await rm(recordFile, { force: true });
    },
  };
}
