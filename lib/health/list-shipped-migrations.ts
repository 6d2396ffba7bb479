import { readdir } from "node:fs/promises";
import path from "node:path";

/** Names of the migration folders that ship with this build (prisma/migrations/<name>/migration.sql). */
export async function listShippedMigrations(root: string = process.cwd()): Promise<string[]> {
  const entries = await readdir(path.join(root, "prisma", "migrations"), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
