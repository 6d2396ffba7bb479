/**
 * `npm start`: the one command that brings the app up on a fresh machine.
 * Reads and validates the configuration, opens the database (the embedded PGlite unless
 * DATABASE_URL is set), applies migrations, loads the demo data, builds the app when its sources
 * changed, and serves it. Ctrl-C stops the web server, then the database, cleanly.
 */
import type { ChildProcess } from "node:child_process";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { EMBEDDED_DATABASE_HEARTBEAT_ENV, EMBEDDED_DATABASE_OWNER_ENV } from "@/lib/db/embedded-database-owner";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./runtime/ensure-build";
import { loadServerConfigOrExit } from "./runtime/load-config";
import { openDatabase, type OpenDatabase } from "./runtime/open-database";
import { runTool, startTool, toolEnv } from "./runtime/run-command";

const prepareOnly = process.argv.includes("--prepare-only");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const config = loadServerConfigOrExit();

  // What is running, so that a stop at any point closes exactly that, web server first.
  const running: { database?: OpenDatabase; web?: ChildProcess; stopping?: boolean } = {};
  const stop = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    const { web } = running;
    if (web && web.exitCode === null) {
      web.kill("SIGTERM");
      await new Promise((resolve) => web.once("exit", resolve));
    }
    await running.database?.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  // An unexpected failure in this process (which holds the embedded database) stops the web server
  // with it; without this the web server would outlive it and answer every request with an error.
  // Only the kind of error: a database error's text can quote what a family sent.
  const failed = (error: unknown) => {
    const kind = error instanceof Error ? error.name : typeof error;
    console.error(`The start process failed unexpectedly (${kind}), so the app was stopped.`);
    void stop(1);
  };
  process.on("uncaughtException", failed);
  process.on("unhandledRejection", failed);

  let database: OpenDatabase;
  try {
    database = running.database = await openDatabase(config);
  } catch (error) {
    fail(`Could not open the database: ${(error as Error).message}`);
  }
  console.log(`Database: ${database.description}`);
  // The embedded database lives in this process: if it stops, the app must not go on serving errors.
  database.watch(() => {
    console.error("The embedded database failed, so the app was stopped. Run npm start again.");
    void stop(1);
  });

  console.log("Applying database migrations…");
  const env = toolEnv({
    DATABASE_URL: database.url,
    ...(database.embedded ? { DATABASE_POOL_SIZE: "1" } : {}),
    // The web server stops by itself if the process holding the embedded database ends or hangs.
    ...(database.owner
      ? {
          [EMBEDDED_DATABASE_OWNER_ENV]: String(database.owner.pid),
          [EMBEDDED_DATABASE_HEARTBEAT_ENV]: database.owner.heartbeatFile,
        }
      : {}),
  });
  const migrate = await runTool("prisma", ["migrate", "deploy"], env, "pipe");
  if (migrate.code !== 0) {
    console.error(migrate.output.replaceAll(database.url, "<DATABASE_URL>"));
    console.error("Migrations failed; the app was not started.");
    return stop(1);
  }

  // Demo data includes an edition open for applications: never on a real server unless asked for.
  const loadDemo = config.DEMO_DATA ? config.DEMO_DATA === "on" : database.embedded;
  console.log(
    loadDemo ? "Installing the programme rules and loading demo data (fictional)…" : "Installing the programme rules…",
  );
  const prisma = createPrismaClient(database.url, { maxConnections: database.embedded ? 1 : undefined });
  try {
    await installBuiltInRuleSets(prisma);
    if (loadDemo) await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }

  if (prepareOnly) return stop(0);

  const fingerprint = await sourceFingerprint();
  if (!(await isBuildCurrent(fingerprint))) {
    console.log("Building the app (needed after a fresh clone or a code change; about a minute)…");
    const build = await runTool("next", ["build"], env);
    if (build.code !== 0) {
      console.error("The build failed; see the messages above.");
      return stop(1);
    }
    await recordBuild(fingerprint);
  }

  console.log(`Starting the web server on http://localhost:${config.PORT} (Ctrl-C to stop)…`);
  // Our own server around Next (not `next start`), which decides the client's address from the socket.
  const web = (running.web = startTool("tsx", ["scripts/runtime/web-server.ts", "--port", String(config.PORT)], {
    ...env,
    NODE_ENV: "production",
  }));
  web.on("exit", (code) => void stop(running.stopping ? 0 : (code ?? 1)));
}

main().catch((error: unknown) => {
  // Unexpected failures: one line, no stack, no connection string.
  const message = error instanceof Error ? error.message : String(error);
  fail(`Start failed: ${message.replace(/postgres(ql)?:\/\/\S+/g, "<DATABASE_URL>")}`);
});
