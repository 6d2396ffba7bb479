import type { PrismaClient } from "@/lib/db/create-prisma-client";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
}

const TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error("health check timed out")), TIMEOUT_MS).unref()),
  ]);
}

/**
 * Healthy means: the database answers, and every migration shipped with this build has been
 * applied (a deploy that skipped `migrate deploy` must not take traffic). Errors are reduced to
 * states, so nothing about the connection leaks to the caller.
 */
export async function checkHealth(prisma: PrismaClient, expectedMigrations: readonly string[]): Promise<HealthReport> {
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`);
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  try {
    const rows = await withTimeout(
      prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const allApplied = expectedMigrations.every((name) => applied.has(name));
    return allApplied
      ? { status: "ok", database: "reachable", migrations: "applied" }
      : { status: "unavailable", database: "reachable", migrations: "pending" };
  } catch {
    // No migrations table yet: nothing has been applied.
    return { status: "unavailable", database: "reachable", migrations: "pending" };
  }
}
