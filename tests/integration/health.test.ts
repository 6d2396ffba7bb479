import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { checkHealth } from "@/lib/health/check-health";
import { listShippedMigrations } from "@/lib/health/list-shipped-migrations";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("checkHealth", () => {
  it("is ok when the database answers and every shipped migration is applied", async () => {
    const migrations = await listShippedMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(await checkHealth(prisma, migrations)).toEqual({
      status: "ok",
      database: "reachable",
      migrations: "applied",
    });
  });

  it("is unavailable when a shipped migration has not been applied", async () => {
    const migrations = [...(await listShippedMigrations()), "29991231000000_not_yet_applied"];
    expect(await checkHealth(prisma, migrations)).toEqual({
      status: "unavailable",
      database: "reachable",
      migrations: "pending",
    });
  });

  it("is unavailable, without details, when the database cannot be reached", async () => {
    const unreachable = createPrismaClient("postgresql://nobody:secret@127.0.0.1:1/none");
    try {
      const report = await checkHealth(unreachable, []);
      expect(report).toEqual({ status: "unavailable", database: "unreachable", migrations: "unknown" });
      expect(JSON.stringify(report)).not.toContain("secret");
    } finally {
      await unreachable.$disconnect();
    }
  });
});
