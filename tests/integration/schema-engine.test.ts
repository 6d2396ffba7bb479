import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runPrisma } from "./support/prisma-cli";
import { createScratchDatabase, uniqueDatabaseName, type ScratchDatabase } from "./support/scratch-database";

const kind = inject("databaseKind");
const engine = path.resolve("prisma/engine/schema-engine.mjs");
// Inside the repository so the scratch project's prisma.config.ts resolves `prisma/config`.
const scratchRoot = path.resolve("tests/integration/.scratch");

const schemaV1 = `
generator client {
  provider = "prisma-client"
  output   = "./generated"
}

datasource db {
  provider = "postgresql"
}

model Household {
  id   Int    @id @default(autoincrement())
  name String
}
`;
const schemaV2 = schemaV1.replace("name String", "name String\n  note String?");

const config = `
import { defineConfig } from "prisma/config";
process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(engine)};
export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
`;

async function createProject(name: string, schema: string): Promise<string> {
  const dir = path.join(scratchRoot, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "schema.prisma"), schema);
  await writeFile(path.join(dir, "prisma.config.ts"), config);
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationFolders(project: string): Promise<string[]> {
  const entries = await readdir(path.join(project, "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

describe(`the stand-in schema engine drives the Prisma CLI on ${kind}`, () => {
  const databases: ScratchDatabase[] = [];
  let project: string;
  let main: ScratchDatabase;

  // On PostgreSQL the database does not exist yet, so `migrate dev` must create it itself.
  const scratch = async () => {
    const database = await createScratchDatabase(kind, { prefix: "engine", create: false });
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    project = await createProject(uniqueDatabaseName("project"), schemaV1);
    main = await scratch();
  });

  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
    await rm(scratchRoot, { recursive: true, force: true });
  });

  it("generates the client without a database", async () => {
    const result = await runPrisma(["generate"], { cwd: project });
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(path.join(project, "generated"))).toContain("client.ts");
  });

  it("prints the SQL of a schema with migrate diff --script, with no database configured", async () => {
    const result = await runPrisma(["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script"], {
      cwd: project,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('CREATE TABLE "Household"');
  });

  it("creates and applies a first migration with migrate dev", async () => {
    const result = await runPrisma(["migrate", "dev", "--name", "init"], { cwd: project, databaseUrl: main.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [folder] = await migrationFolders(project);
    expect(folder).toMatch(/^\d{14}_init$/);
    expect(await readFile(path.join(project, "migrations", folder!, "migration.sql"), "utf8")).toContain(
      'CREATE TABLE "Household"',
    );
    expect(await query(main.url, 'SELECT * FROM "Household"')).toEqual([]);
  });

  it("reports the database up to date with migrate status", async () => {
    const result = await runPrisma(["migrate", "status"], { cwd: project, databaseUrl: main.url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Database schema is up to date");
  });

  it("adds a second migration after a schema change, keeping the data", async () => {
    await query(main.url, `INSERT INTO "Household" (name) VALUES ('Sample Household')`);
    await writeFile(path.join(project, "schema.prisma"), schemaV2);
    const result = await runPrisma(["migrate", "dev", "--name", "add_note"], { cwd: project, databaseUrl: main.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await migrationFolders(project)).toHaveLength(2);
    expect(await query(main.url, 'SELECT name, note FROM "Household"')).toEqual([
      { name: "Sample Household", note: null },
    ]);
  });

  it("applies the whole history to a fresh database with migrate deploy", async () => {
    const fresh = await scratch();
    const result = await runPrisma(["migrate", "deploy"], { cwd: project, databaseUrl: fresh.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const applied = await query<{ migration_name: string }>(
      fresh.url,
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    );
    expect(applied.map((row) => row.migration_name)).toEqual((await migrationFolders(project)).sort());
  });

  it("detects a database that drifted from the migration history", async () => {
    await query(main.url, 'ALTER TABLE "Household" ADD COLUMN drifted INTEGER');
    const result = await runPrisma(["migrate", "dev", "--name", "after_drift"], {
      cwd: project,
      databaseUrl: main.url,
    });
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain("Drift detected");
    expect(result.stdout).toContain("Added column `drifted`");
  });

  it("empties the database and reapplies the migrations with migrate reset", async () => {
    const result = await runPrisma(["migrate", "reset", "--force"], { cwd: project, databaseUrl: main.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await query(main.url, 'SELECT * FROM "Household"')).toEqual([]);
    const columns = await query<{ column_name: string }>(
      main.url,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'Household' ORDER BY column_name",
    );
    expect(columns.map((column) => column.column_name)).toEqual(["id", "name", "note"]);
  });

  it("reports a failing migration as failed and leaves none of its changes behind", async () => {
    const broken = await createProject(uniqueDatabaseName("broken"), schemaV2);
    await cp(path.join(project, "migrations"), path.join(broken, "migrations"), { recursive: true });
    const folder = path.join(broken, "migrations", "29990101000000_broken");
    await mkdir(folder);
    await writeFile(
      path.join(folder, "migration.sql"),
      "CREATE TABLE half_done (id INTEGER);\nINSERT INTO table_that_does_not_exist VALUES (1);\n",
    );
    const fresh = await scratch();

    const result = await runPrisma(["migrate", "deploy"], { cwd: broken, databaseUrl: fresh.url });

    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain("table_that_does_not_exist");
    const rows = await query<{ migration_name: string; finished: boolean }>(
      fresh.url,
      "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.at(-1)).toEqual({ migration_name: "29990101000000_broken", finished: false });
    expect(await query(fresh.url, "SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
  });
});
