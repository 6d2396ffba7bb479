/**
 * How long re-screening every stored application of an edition takes after a new version of its
 * rules is published: 100,000 synthetic applications of the 2026 edition, screened with version 1
 * when stored, re-screened with a version 2 that raises the amounts and the income guideline.
 *
 *   npx tsx scripts/bench/rescreen-applications.ts            # on the PostgreSQL server below
 *   npx tsx scripts/bench/rescreen-applications.ts --pglite   # on an in-memory embedded PGlite
 *   npx tsx scripts/bench/rescreen-applications.ts --lz4      # on the server, with lz4 TOAST compression
 *
 * BENCH_DATABASE_URL names the server (default postgresql://postgres@127.0.0.1:5432/postgres). The
 * bench creates its own database bench_<random> there and drops it at the end, also on failure.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { evaluate } from "@/lib/eligibility/evaluate";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { saveRuleSetVersion } from "@/lib/rule-sets/rule-set-store";
import { applicationOutcome } from "@/lib/eligibility/application-outcome";
import { rescreenApplications, type BatchTimings } from "@/lib/screening/rescreen-applications";
import { createHouseholdGenerator } from "./realistic-households";

const APPLICATIONS = 100_000;
/** Rows as if edited by hand into invalid input: the run must count them and leave them alone. */
const CORRUPT_EVERY = 10_000;
const INSERT_CHUNK = 5_000;
const GOAL_SECONDS = 10;

interface BenchDatabase {
  label: string;
  url: string;
  /** Name of the database on the server, to find its server processes; undefined for PGlite. */
  name?: string;
  /** PGlite, running in this process: its CPU time is this process's. */
  embedded: boolean;
  drop(): Promise<void>;
}

async function createServerDatabase(serverUrl: string, lz4: boolean): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(6).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  // The name is made here from hex digits; CREATE DATABASE cannot take it as a parameter.
  await admin(`CREATE DATABASE "${name}"`);
  // A what-if for the server's configuration: stored results are compressed (TOAST), and lz4 costs
  // PostgreSQL far less CPU than the default pglz. (PGlite is built without lz4.)
  if (lz4) await admin(`ALTER DATABASE "${name}" SET default_toast_compression = lz4`);
  return {
    label: `PostgreSQL (${url.host}${lz4 ? ", default_toast_compression = lz4" : ""})`,
    url: url.toString(),
    name,
    embedded: false,
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function createPgliteDatabase(): Promise<BenchDatabase> {
  const embedded = await startEmbeddedPostgres({ port: 0 });
  return {
    label: "PGlite (in memory, in this process)",
    url: embedded.url,
    embedded: true,
    drop: () => embedded.stop(),
  };
}

function migrate(databaseUrl: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`migrate deploy failed:\n${output}`))));
  });
}

/**
 * The applications as they stand before the new rules: each screened with `ruleSet`. Written
 * with pg directly: Prisma keeps its last 100 debug entries, query parameters included, in memory,
 * which would inflate the peak memory reported for the run being measured.
 */
async function insertApplications(databaseUrl: string, ruleSet: RuleSet): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const edition = await client.query<{ id: string }>("SELECT id FROM edition WHERE year = $1", [ruleSet.edition]);
    const editionId = edition.rows[0]?.id;
    if (editionId === undefined) throw new Error(`no edition ${ruleSet.edition}`);
    const generator = createHouseholdGenerator(ruleSet.edition);
    for (let start = 0; start < APPLICATIONS; start += INSERT_CHUNK) {
      const rows = [];
      for (let index = start; index < Math.min(start + INSERT_CHUNK, APPLICATIONS); index++) {
        const input = generator.household(ruleSet);
        const result = evaluate(ruleSet, input);
        const stored = index % CORRUPT_EVERY === 0 ? { ...input, householdSize: "three" } : input;
        rows.push({ input: stored, outcome: applicationOutcome(result.children), result });
      }
      await client.query(
        `INSERT INTO application
           (id, edition_id, screening_input, screening_outcome, screening_result, rule_set_version, screened_at)
         SELECT gen_random_uuid(), $1::uuid, r.input, r.outcome, r.result, $2, now()
         FROM jsonb_to_recordset($3::jsonb) AS r(input jsonb, outcome screening_outcome, result jsonb)`,
        [editionId, ruleSet.version, JSON.stringify(rows)],
      );
    }
    // As a table that has been in use: statistics gathered, and no clean-up pending to pay for.
    await client.query("VACUUM ANALYZE application");
  } finally {
    await client.end();
  }
}

/** Version 2 as an administrator might publish it: amounts raised, guideline lines moved up. */
function nextVersion(current: RuleSet): RuleSet {
  const { guideline } = current.income;
  const raise = (table: RuleSet["income"]["guideline"]["general"]) => ({
    ...table,
    lines: table.lines.map((line) => ({ ...line, limitYen: line.limitYen + 100_000 })),
  });
  return {
    ...current,
    version: current.version + 1,
    amountsYen: { jhs: current.amountsYen.jhs + 5_000, hs: current.amountsYen.hs + 5_000 },
    income: {
      ...current.income,
      guideline: { ...guideline, general: raise(guideline.general), pensionOnly: raise(guideline.pensionOnly) },
    },
  };
}

/**
 * CPU seconds used so far by the server processes serving `database`, by process id, when the
 * server runs on this machine (Linux /proc); empty otherwise. The machine is shared, so CPU time
 * says more than wall time about what the work itself costs.
 */
function serverCpuSeconds(database: string | undefined): Map<string, number> {
  const usage = new Map<string, number>();
  if (database === undefined) return usage;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return usage;
  }
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(` ${database} `)) continue;
      // Fields after the command name; utime and stime are the 12th and 13th, in 1/100 s.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      usage.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The process ended meanwhile.
    }
  }
  return usage;
}

const format = (n: number, digits = 0) =>
  n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const peakRssMb = () => format(process.resourceUsage().maxRSS / 1024);

async function bench(database: BenchDatabase): Promise<void> {
  console.log(`Re-screening bench on ${database.label}`);
  let started = performance.now();
  await migrate(database.url);
  // Re-screening 100,000 rows is one long statement by design: past the app's 10-second limit.
  const prisma = createPrismaClient(database.url, { timeouts: { connectMs: 5_000, statementMs: 600_000 } });
  try {
    await installBuiltInRuleSets(prisma);
    const version1 = builtInRuleSet(2026);
    if (!version1) throw new Error("no built-in 2026 rule set");
    await insertApplications(database.url, version1);
    const saved = await saveRuleSetVersion(prisma, nextVersion(version1), "Bench: amounts and guideline raised");
    if (!saved.ok) throw new Error(`could not save version 2: ${saved.reason}`);
    console.log(
      `Set-up: ${format(APPLICATIONS)} applications of the 2026 edition screened with version 1 (${APPLICATIONS / CORRUPT_EVERY} of them corrupt) in ${format((performance.now() - started) / 1000, 1)} s; peak RSS so far ${peakRssMb()} MB`,
    );

    const steps = { batches: 0, readMs: 0, screenMs: 0, writeMs: 0 };
    const onBatch = (batch: BatchTimings) => {
      steps.batches++;
      steps.readMs += batch.readMs;
      steps.screenMs += batch.screenMs;
      steps.writeMs += batch.writeMs;
    };
    const serverBefore = serverCpuSeconds(database.name);
    const cpuBefore = process.cpuUsage();
    started = performance.now();
    const summary = await rescreenApplications(prisma, saved.ruleSet, { onBatch });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const serverAfter = serverCpuSeconds(database.name);
    const serverCpu = [...serverAfter].reduce((sum, [pid, used]) => sum + used - (serverBefore.get(pid) ?? 0), 0);

    const corrupt = APPLICATIONS / CORRUPT_EVERY;
    if (summary.screened !== APPLICATIONS - corrupt || summary.invalid !== corrupt) {
      throw new Error(`expected ${APPLICATIONS - corrupt} screened and ${corrupt} invalid: ${JSON.stringify(summary)}`);
    }
    const { byOutcome } = summary;
    console.log(
      `Re-screened ${format(summary.screened)} with version 2 (${summary.invalid} invalid left alone): ${format(byOutcome.eligible)} eligible, ${format(byOutcome.needs_review)} needs review, ${format(byOutcome.not_eligible)} not eligible`,
    );
    console.log(
      `Time: ${format(seconds, 2)} s, ${format(APPLICATIONS / seconds)} rows/s${database.embedded ? "" : `; goal < ${GOAL_SECONDS} s: ${seconds < GOAL_SECONDS ? "met" : "NOT met"}`}`,
    );
    console.log(
      `Steps over ${steps.batches} batches (${database.embedded ? "one statement at a time" : "writes overlap reads and screening"}): read ${format(steps.readMs / 1000, 2)} s, parse + evaluate + serialise ${format(steps.screenMs / 1000, 2)} s, write ${format(steps.writeMs / 1000, 2)} s`,
    );
    console.log(
      `CPU: this process ${format((cpu.user + cpu.system) / 1e6, 2)} s${serverAfter.size > 0 ? `, PostgreSQL server processes ${format(serverCpu, 2)} s` : ""}; peak RSS ${peakRssMb()} MB`,
    );
    const versions = await prisma.application.groupBy({
      by: ["ruleSetVersion"],
      _count: { _all: true },
      orderBy: { ruleSetVersion: "asc" },
    });
    console.log(
      `Rows by rule-set version: ${versions.map((row) => `v${row.ruleSetVersion}: ${row._count._all}`).join(", ")}`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

const serverUrl = process.env.BENCH_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const database = process.argv.includes("--pglite")
  ? await createPgliteDatabase()
  : await createServerDatabase(serverUrl, process.argv.includes("--lz4"));
// Ctrl-C must not leave a 100,000-row database behind on the server.
process.once("SIGINT", () => {
  console.error("Interrupted; dropping the bench database.");
  void database.drop().finally(() => process.exit(130));
});
let exitCode = 0;
try {
  await bench(database);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await database.drop();
}
process.exit(exitCode);
