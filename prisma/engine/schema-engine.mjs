#!/usr/bin/env node
// @ts-check
/**
 * Stand-in for Prisma's native `schema-engine` binary.
 *
 * Why it exists: the Prisma CLI downloads a native schema engine before `generate`, `migrate *`
 * and `db *`, and our machines cannot reach that download server. Prisma also publishes the same
 * engine compiled to WebAssembly (`@prisma/schema-engine-wasm`), driven through a driver adapter.
 * This program speaks the CLI's engine protocol (newline-delimited JSON-RPC 2.0 on stdin/stdout,
 * JSON log lines on stderr, one-shot `cli …` checks reported by exit code) and forwards each call
 * to the Wasm engine, which talks to PostgreSQL through `@prisma/adapter-pg`. The npm scripts point
 * PRISMA_SCHEMA_ENGINE_BINARY here on every machine, online or not, so migrations behave the same
 * everywhere. See README.md › "Why the repository carries its own schema engine".
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { join, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const wasmGluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const wasmDirectory = dirname(wasmGluePath);

const PG_OID_CHAR = 18;
const PG_OID_TEXT = 25;

/** @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource */

/**
 * @param {string[]} argv
 * @returns {{ version: boolean, datamodels: string[], datasource: Datasource, cliCommand: string | undefined }}
 */
export function parseArguments(argv) {
  /** @type {string[]} */
  const datamodels = [];
  /** @type {Datasource} */
  let datasource = {};
  let cliCommand;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") version = true;
    else if (arg === "--datamodels") datamodels.push(argv[++i] ?? "");
    else if (arg === "--datasource") datasource = JSON.parse(argv[++i] ?? "{}");
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "cli") cliCommand = argv[++i];
  }
  return { version, datamodels, datasource, cliCommand };
}

/**
 * adapter-pg 7.10 has no column type for PostgreSQL's one-byte `"char"` (OID 18), which the
 * engine reads from catalog columns such as `pg_class.relkind`; the engine expects `Character`.
 * We let adapter-pg decode those columns as text, then report them as `Character`.
 * We do this per connection object instead of patching node_modules, so upgrades stay clean.
 *
 * adapter-pg's `executeScript` also splits scripts on every `;`, which breaks migrations that
 * contain `;` inside strings or function bodies. The native engine sends a migration as one
 * simple-protocol query (PostgreSQL runs it as one implicit transaction), so we do the same.
 *
 * @template {object} T
 * @param {T} queryable
 * @returns {T}
 */
function withPostgresCatalogFixes(queryable) {
  const target = /** @type {any} */ (queryable);
  /** @type {WeakMap<unknown[], number[]>} */
  const charColumnsByRows = new WeakMap();

  const performIO = target.performIO.bind(target);
  target.performIO = async (/** @type {unknown} */ query) => {
    const result = await performIO(query);
    /** @type {number[]} */
    const charColumns = [];
    result.fields.forEach((/** @type {{dataTypeID: number}} */ field, /** @type {number} */ index) => {
      if (field.dataTypeID === PG_OID_CHAR) {
        field.dataTypeID = PG_OID_TEXT;
        charColumns.push(index);
      }
    });
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };

  const queryRaw = target.queryRaw.bind(target);
  target.queryRaw = async (/** @type {unknown} */ query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };

  if (typeof target.executeScript === "function" && target.client) {
    target.executeScript = async (/** @type {string} */ script) => {
      try {
        await target.client.query(script);
      } catch (error) {
        target.onError(error);
      }
    };
  }

  if (typeof target.startTransaction === "function") {
    const startTransaction = target.startTransaction.bind(target);
    target.startTransaction = async (/** @type {unknown[]} */ ...args) =>
      withPostgresCatalogFixes(await startTransaction(...args));
  }
  return queryable;
}

/**
 * An empty in-memory PostgreSQL (PGlite) served over the wire protocol on a free local port.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
async function startThrowAwayDatabase() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * @param {string} url
 * @param {() => Promise<void>} [afterDispose]
 */
async function connectAdapter(url, afterDispose) {
  const adapter = await new PrismaPg({ connectionString: url }).connect();
  if (afterDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await afterDispose();
    };
  }
  return withPostgresCatalogFixes(adapter);
}

/**
 * adapter-pg's own `connectToShadowDb` passes `{ connectionString, database }` to pg, where the
 * connection string wins: the "shadow" database it returns is the main one, and the engine would
 * replay and reset migrations there. We create the shadow database ourselves. PGlite's server
 * ignores the database name too, so for PGlite the shadow is a separate in-memory instance.
 * @param {string} mainUrl
 * @param {string | undefined} shadowUrl
 */
async function connectToShadowDatabase(mainUrl, shadowUrl) {
  if (shadowUrl) return connectAdapter(shadowUrl);
  const admin = new pg.Client({ connectionString: mainUrl });
  await admin.connect();
  const { rows } = await admin.query("SELECT version() AS version");
  if (String(rows[0]?.version).includes("PGlite")) {
    await admin.end();
    const shadow = await startThrowAwayDatabase();
    return connectAdapter(shadow.url, shadow.stop);
  }
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(mainUrl);
  url.pathname = `/${name}`;
  return connectAdapter(url.toString(), async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  });
}

/**
 * The Wasm engine queries its database as soon as it starts, even for a pure schema diff such as
 * `migrate diff --from-empty --to-schema …`, which the native engine runs with no database at all.
 * With no datasource we give it a throw-away in-memory database so those commands still work.
 * @param {Datasource} datasource
 */
async function createAdapterFactory(datasource) {
  const url = datasource.url ?? (await startThrowAwayDatabase()).url;
  const factory = new PrismaPg({ connectionString: url });
  factory.connect = () => connectAdapter(url);
  factory.connectToShadowDb = () => connectToShadowDatabase(url, datasource.shadowDatabaseUrl);
  return bindMigrationAwareSqlAdapterFactory(factory);
}

async function loadWasmEngine() {
  // The package's ESM entry imports the .wasm file as a module, which plain Node cannot load.
  const glue = await import(pathToFileURL(wasmGluePath).href);
  const { instance } = await WebAssembly.instantiate(await readFile(join(wasmDirectory, "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return glue;
}

/**
 * @param {string} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 */
function logLine(level, message, fields = {}) {
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...fields },
      target: "schema_engine::logger",
    }) + "\n",
  );
}

/**
 * Maps a pg connection error to the Prisma error codes the CLI understands (P1000–P1003).
 * @param {unknown} error
 */
function prismaConnectionErrorCode(error) {
  const code = /** @type {{code?: string}} */ (error)?.code;
  if (code === "3D000") return "P1003";
  if (code === "28P01" || code === "28000") return "P1000";
  return "P1001";
}

/**
 * One-shot commands the CLI runs before migrating: they report through the exit code and,
 * on failure, JSON log lines on stderr (the CLI skips the first stderr line).
 * @param {string} command
 * @param {Datasource} datasource
 */
async function runCliCommand(command, datasource) {
  if (!datasource.url) throw new Error("No datasource URL was given to the schema engine.");
  const url = new URL(datasource.url);
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  try {
    if (command === "can-connect-to-database") {
      const client = new pg.Client({ connectionString: datasource.url });
      await client.connect();
      await client.end();
    } else if (command === "create-database" || command === "drop-database") {
      url.pathname = "/postgres";
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const quoted = '"' + database.replaceAll('"', '""') + '"';
      await client.query(command === "create-database" ? `CREATE DATABASE ${quoted}` : `DROP DATABASE ${quoted}`);
      await client.end();
    } else {
      throw new Error(`Unknown cli command: ${command}`);
    }
    process.stdout.write(JSON.stringify({ result: "ok" }) + "\n");
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write("schema-engine stand-in: cli command failed\n");
    logLine("ERROR", message.replace(datasource.url, "<REDACTED>"), {
      error_code: prismaConnectionErrorCode(error),
    });
    return 1;
  }
}

/**
 * Wasm engine errors carry the user-facing error as JSON in their message when they can;
 * the CLI wants it in JSON-RPC's `error.data`.
 * @param {unknown} error
 */
function toRpcError(error) {
  const raw = error instanceof Error ? error.message : String(error);
  /** @type {Record<string, unknown>} */
  let data;
  try {
    const parsed = JSON.parse(raw);
    data = typeof parsed === "object" && parsed !== null ? parsed : { message: raw };
  } catch {
    data = { message: raw };
  }
  if (!("is_panic" in data)) data.is_panic = false;
  if (typeof data.message !== "string") data.message = raw;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

/**
 * @param {{datamodels: string[], datasource: Datasource}} options
 */
async function serveRpc({ datamodels, datasource }) {
  const glue = await loadWasmEngine();
  /** @type {[string, string][]} */
  const files = await Promise.all(
    datamodels.map(async (path) => /** @type {[string, string]} */ ([path, await readFile(path, "utf8")])),
  );
  const engine = await glue.SchemaEngine.new(
    { datamodels: files.length > 0 ? files : undefined },
    (/** @type {unknown} */ log) => {
      process.stderr.write((typeof log === "string" ? log : JSON.stringify(log)) + "\n");
    },
    await createAdapterFactory(datasource),
  );

  /** @param {unknown} message */
  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  /** @type {Map<number | string, () => void>} */
  const pendingPrints = new Map();
  let nextPrintId = 1_000_000;

  /** @param {string} content */
  const printThroughCli = (content) =>
    new Promise((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, () => resolve(undefined));
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  /** @param {{id: number | string, method: string, params?: unknown}} request */
  const handle = async (request) => {
    const method = request.method === "getDatabaseVersion" ? "version" : request.method;
    try {
      if (typeof engine[method] !== "function") throw new Error(`Unknown method: ${request.method}`);
      let result = await engine[method](request.params ?? {});
      // The Wasm engine returns diff output in `stdout`; the CLI only prints what the native
      // engine sends it as a `print` request, so we relay it that way.
      if (result && typeof result === "object" && typeof result.stdout === "string") {
        const { stdout, ...rest } = result;
        if (stdout.length > 0) await printThroughCli(stdout);
        result = rest;
      }
      send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
    } catch (error) {
      send({ jsonrpc: "2.0", id: request.id, error: toRpcError(error) });
    }
  };

  /** @type {Promise<void>[]} */
  const inFlight = [];
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const message = JSON.parse(line);
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      continue;
    }
    inFlight.push(handle(message));
  }
  await Promise.all(inFlight);
}

async function main() {
  const args = parseArguments(process.argv.slice(2));
  if (args.version) {
    const { version } = JSON.parse(await readFile(join(wasmDirectory, "package.json"), "utf8"));
    process.stdout.write(`schema-engine-cli ${String(version).split(".").at(-1)} (wasm stand-in)\n`);
    return 0;
  }
  if (args.cliCommand) return runCliCommand(args.cliCommand, args.datasource);
  await serveRpc(args);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    logLine("ERROR", error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
