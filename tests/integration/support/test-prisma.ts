import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-prisma-client";

/** A client on this run's database; disconnect it in afterAll. */
export function testPrisma(): PrismaClient {
  return createPrismaClient(inject("databaseUrl"));
}
