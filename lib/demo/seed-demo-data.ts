import type { PrismaClient } from "@/lib/db/create-prisma-client";

export const DEMO_EDITION_YEARS = [2025, 2026] as const;

/**
 * Loads the synthetic demo data. Idempotent: every row is keyed on a natural key and upserted,
 * so a second start changes nothing and never duplicates.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    DEMO_EDITION_YEARS.map((year) => prisma.edition.upsert({ where: { year }, update: {}, create: { year } })),
  );
}
