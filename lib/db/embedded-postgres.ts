import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** Connection string for pg / Prisma (the server speaks PostgreSQL's wire protocol, no TLS). */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves PGlite (PostgreSQL compiled to WebAssembly) on a local TCP port, so the app, the Prisma
 * CLI and tests use the same driver as with a real PostgreSQL server.
 * `dataDir` undefined keeps everything in memory; port 0 picks a free port.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  // PGlite runs one session; the server queues statements from many connections onto it.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port, maxConnections: 64 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
