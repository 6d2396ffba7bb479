import type { TestProject } from "vitest/node";
import { createScratchDatabase, serverUrlFromEnv, type DatabaseKind } from "./support/scratch-database";
import { runPrisma } from "./support/prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: DatabaseKind;
  }
}

/** One fresh, fully migrated database per run, so runs never see each other's rows. */
export default async function setup(project: TestProject) {
  const kind: DatabaseKind = serverUrlFromEnv() ? "postgresql" : "pglite";
  const database = await createScratchDatabase(kind, { prefix: "itest_run" });
  const migrate = await runPrisma(["migrate", "deploy"], { cwd: process.cwd(), databaseUrl: database.url });
  if (migrate.code !== 0) {
    await database.drop();
    throw new Error(`migrate deploy failed for the ${kind} test database:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  console.log(`Integration tests run against a fresh ${kind === "pglite" ? "PGlite" : "PostgreSQL"} database.`);
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return () => database.drop();
}
