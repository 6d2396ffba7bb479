import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-prisma-client";

/** A client on this run's database, configured as the app would be for it; disconnect it in afterAll. */
export function testPrisma(): PrismaClient {
  return createPrismaClient(inject("databaseUrl"), {
    maxConnections: inject("databaseKind") === "pglite" ? 1 : undefined,
  });
}
