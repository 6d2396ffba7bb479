import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { applicationOutcome } from "@/lib/eligibility/application-outcome";
import { evaluate } from "@/lib/eligibility/evaluate";
import type { EvaluationResult } from "@/lib/eligibility/evaluation-result";
import type { Outcome } from "@/lib/eligibility/outcome";
import { parseScreeningInput } from "@/lib/eligibility/parse-screening-input";
import type { RuleSet } from "@/lib/eligibility/rule-set";

export interface RescreenOptions {
  /** Applications read, evaluated and written per statement. */
  batchSize?: number;
  /**
   * Batches written at once: PostgreSQL parses and stores each in its own process, on its own core.
   * Ignored on PGlite, which gets one statement at a time (see servesOneStatementAtATime).
   */
  parallelWrites?: number;
  /** After each batch is written; `done` counts every application looked at, invalid ones too. */
  onProgress?: (done: number, total: number) => void;
  /** After each batch is written, with where its time went (for benchmarks and logs). */
  onBatch?: (batch: BatchTimings) => void;
}

export interface BatchTimings {
  rows: number;
  /** Waiting for the SELECT. */
  readMs: number;
  /** Parsing, evaluating and serialising here, in JavaScript. */
  screenMs: number;
  /** Waiting for the UPDATE; on PostgreSQL this overlaps the next batch's read and screening. */
  writeMs: number;
}

export interface RescreenSummary {
  /** Applications whose result was written with this rule set. */
  screened: number;
  /** Applications whose stored input no longer passes validation: left untouched for staff. */
  invalid: number;
  /** Of the screened applications, how many have each application-level outcome. */
  byOutcome: Record<Outcome, number>;
}

export const DEFAULT_RESCREEN_BATCH_SIZE = 2000;
export const DEFAULT_PARALLEL_WRITES = 2;

interface StoredRow {
  id: string;
  /** The row's xmin, which PostgreSQL changes whenever anyone updates the row (see writeBatch). */
  rowVersion: string;
  input: string;
}

interface ScreenedRow {
  id: string;
  rowVersion: string;
  outcome: Outcome;
  result: EvaluationResult;
}

const FIRST_ID = "00000000-0000-0000-0000-000000000000";
// A row edited between our read and our write is read again; needing more than a few rounds would
// mean something rewrites rows continuously, which a person should look at.
const MAX_CONFLICT_ROUNDS = 5;

/**
 * Screens every stored application of `ruleSet`'s edition again with `ruleSet`, e.g. after an
 * administrator published a new version of the edition's rules.
 *
 * No long transaction: each batch is one UPDATE of its own, so a crash part-way leaves some rows
 * with the old version's result and the rest with the new one, each saying which version produced
 * it, and running again finishes the job. A result is written only if the row is unchanged since it
 * was read (an application edited meanwhile is read and screened again) and no newer rule-set
 * version has screened it already (such rows are skipped and not counted). A stored input
 * that no longer passes validation is counted as invalid and never gets a result.
 */
export async function rescreenApplications(
  prisma: PrismaClient,
  ruleSet: RuleSet,
  options: RescreenOptions = {},
): Promise<RescreenSummary> {
  const batchSize = options.batchSize ?? DEFAULT_RESCREEN_BATCH_SIZE;
  const parallelWrites = options.parallelWrites ?? DEFAULT_PARALLEL_WRITES;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive integer");
  if (!Number.isInteger(parallelWrites) || parallelWrites < 1) {
    throw new Error("parallelWrites must be a positive integer");
  }
  const edition = await prisma.edition.findUnique({ where: { year: ruleSet.edition }, select: { id: true } });
  if (!edition) throw new Error(`There is no edition ${ruleSet.edition} in the database`);
  const overlap = !(await servesOneStatementAtATime(prisma));
  const total = await prisma.application.count({
    where: { editionId: edition.id, OR: [{ ruleSetVersion: null }, { ruleSetVersion: { lte: ruleSet.version } }] },
  });

  const summary: RescreenSummary = {
    screened: 0,
    invalid: 0,
    byOutcome: { eligible: 0, needs_review: 0, not_eligible: 0 },
  };
  let done = 0;
  // While PostgreSQL stores a batch, the next one is read and screened here, so a run takes about
  // as long as the slower side rather than the sum of both.
  const writes = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const startWrite = (rows: StoredRow[], readMs: number) => {
    const write: Promise<void> = screenAndWrite(prisma, ruleSet, rows, summary)
      .then(({ screenMs, writeMs }) => {
        done += rows.length;
        options.onBatch?.({ rows: rows.length, readMs, screenMs, writeMs });
        options.onProgress?.(done, Math.max(total, done));
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => writes.delete(write));
    writes.add(write);
  };

  let after = FIRST_ID;
  while (failure === undefined) {
    if (!overlap) {
      await Promise.all(writes);
      if (failure !== undefined) break;
    }
    const started = performance.now();
    const rows = await readBatch(prisma, edition.id, ruleSet.version, after, batchSize);
    const last = rows.at(-1);
    if (last === undefined) break;
    after = last.id;
    while (writes.size >= (overlap ? parallelWrites : 1)) await Promise.race(writes);
    startWrite(rows, performance.now() - started);
  }
  await Promise.all(writes);
  if (failure !== undefined) throw failure.error;
  return summary;
}

async function screenAndWrite(
  prisma: PrismaClient,
  ruleSet: RuleSet,
  rows: StoredRow[],
  summary: RescreenSummary,
): Promise<{ screenMs: number; writeMs: number }> {
  const timings = { screenMs: 0, writeMs: 0 };
  let pending = rows;
  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_CONFLICT_ROUNDS) {
      throw new Error(`${pending.length} applications kept changing while being re-screened; run again later`);
    }
    let started = performance.now();
    const screened: ScreenedRow[] = [];
    for (const row of pending) {
      const parsed = parseScreeningInput(JSON.parse(row.input));
      if (!parsed.ok) {
        summary.invalid++;
        continue;
      }
      const result = evaluate(ruleSet, parsed.data);
      screened.push({ id: row.id, rowVersion: row.rowVersion, outcome: applicationOutcome(result.children), result });
    }
    const document = JSON.stringify(screened);
    timings.screenMs += performance.now() - started;

    started = performance.now();
    const written = screened.length === 0 ? [] : await writeBatch(prisma, ruleSet.version, document);
    timings.writeMs += performance.now() - started;
    for (const row of written) summary.byOutcome[row.outcome]++;
    summary.screened += written.length;

    if (written.length === screened.length) break;
    const writtenIds = new Set(written.map((row) => row.id));
    const changed = screened.filter((row) => !writtenIds.has(row.id)).map((row) => row.id);
    pending = await rereadOutdated(prisma, changed, ruleSet.version);
  }
  return timings;
}

/**
 * PGlite's socket server interleaves the protocol messages of statements sent at the same time on
 * different connections, so one statement can run with another's parameters
 * (https://github.com/electric-sql/pglite/issues/1046). It runs one statement at a time anyway,
 * so sending them one by one costs nothing there.
 */
async function servesOneStatementAtATime(prisma: PrismaClient): Promise<boolean> {
  const [server] = await prisma.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
  return server?.version.includes("PGlite") ?? false;
}

// Keyset pagination: each batch starts after the last id of the one before, so a batch costs the
// same at the end of the table as at the start, and rows updated meanwhile are neither skipped
// nor read twice. (ORDER BY must name a.id: a bare "id" would sort by the text column of that name.)
function readBatch(
  prisma: PrismaClient,
  editionId: string,
  version: number,
  after: string,
  limit: number,
): Promise<StoredRow[]> {
  return prisma.$queryRaw<StoredRow[]>`
    SELECT a.id::text AS id, a.xmin::text AS "rowVersion", a.screening_input::text AS input
    FROM application AS a
    WHERE a.edition_id = ${editionId}::uuid
      AND a.id > ${after}::uuid
      AND (a.rule_set_version IS NULL OR a.rule_set_version <= ${version})
    ORDER BY a.id
    LIMIT ${limit}`;
}

function rereadOutdated(prisma: PrismaClient, ids: string[], version: number): Promise<StoredRow[]> {
  return prisma.$queryRaw<StoredRow[]>`
    SELECT a.id::text AS id, a.xmin::text AS "rowVersion", a.screening_input::text AS input
    FROM application AS a
    WHERE a.id = ANY(${ids}::uuid[]) AND (a.rule_set_version IS NULL OR a.rule_set_version <= ${version})`;
}

/**
 * One UPDATE for the whole batch. The rows travel as one JSON array in a single parameter (never
 * spliced into the SQL text), which PostgreSQL turns back into rows. Measured against array
 * parameters (unnest($1::uuid[], …, $4::jsonb[])), which the pg driver escapes character by
 * character in JavaScript, taking three times as long as screening the batch, and against one
 * parameter per value (VALUES ($1, $2, …), …), which was no faster and needs SQL made per batch.
 * Comparing xmin, which changes on every update of a row, keeps a result computed from an input
 * that was edited after we read it from being written over the edit.
 */
function writeBatch(prisma: PrismaClient, version: number, document: string) {
  // The children's rows (outcome and amount, which payment lists will read) change in the same
  // statement as their application, from the same result, so the two never disagree.
  return prisma.$queryRaw<{ id: string; outcome: Outcome }[]>`
    WITH r AS (
      SELECT * FROM jsonb_to_recordset(${document}::jsonb)
        AS r(id uuid, "rowVersion" xid, outcome screening_outcome, result jsonb)
    ),
    updated AS (
      UPDATE application AS a
      SET screening_outcome = r.outcome,
          screening_result = r.result,
          rule_set_version = ${version},
          screened_at = now()
      FROM r
      WHERE a.id = r.id
        AND a.xmin = r."rowVersion"
        AND (a.rule_set_version IS NULL OR a.rule_set_version <= ${version})
      RETURNING a.id, a.screening_outcome
    ),
    children AS (
      UPDATE application_child AS c
      SET screening_outcome = (child.value->>'outcome')::screening_outcome,
          amount_yen = (child.value->>'amountYen')::int
      FROM updated
      JOIN r ON r.id = updated.id
      CROSS JOIN LATERAL jsonb_array_elements(r.result->'children') AS child(value)
      WHERE c.application_id = updated.id AND c.child_index = (child.value->>'childIndex')::int
    )
    SELECT updated.id::text AS id, updated.screening_outcome::text AS outcome FROM updated`;
}
