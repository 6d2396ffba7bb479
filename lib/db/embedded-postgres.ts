import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** Connection string for pg / Prisma (the server speaks PostgreSQL's wire protocol, no TLS). */
  url: string;
  /**
   * Calls `listener` once when PGlite fails while serving a statement. From then on the socket
   * server answers nobody: it stops working its queue after such a failure.
   */
  onFailure(listener: () => void): void;
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

  // Errors in SQL come back inside the protocol's answer; PGlite itself throws only when it can no
  // longer serve (seen: a client that starts COPY FROM STDIN and leaves). Watching the one method
  // the socket server calls notices that without sending anything to the database: a probe on a
  // second connection could land between another client's protocol messages (pglite#1046).
  const listeners = new Set<() => void>();
  let failed = false;
  const serve = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = async (...args) => {
    try {
      return await serve(...args);
    } catch (error) {
      if (!failed) {
        failed = true;
        for (const listener of listeners) listener();
      }
      throw error;
    }
  };

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
    onFailure(listener) {
      if (failed) listener();
      else listeners.add(listener);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
