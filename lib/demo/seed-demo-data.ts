import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { seedDemoApplication } from "./seed-demo-application";
import { installDemoEdition } from "./demo-edition";
import { seedDemoClosedDraft } from "./seed-demo-closed-draft";

export const DEMO_EDITION_YEARS = [2025, 2026] as const;

/**
 * Loads the synthetic demo data. Idempotent: every row is keyed on a natural key and upserted,
 * so a second start changes nothing and never duplicates. Includes one application for the status
 * page (seed-demo-application.ts).
 */
export async function seedDemoData(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(
    DEMO_EDITION_YEARS.map((year) => prisma.edition.upsert({ where: { year }, update: {}, create: { year } })),
  );
  await installDemoEdition(prisma, now);
  await seedDemoClosedDraft(prisma, now);
  await seedDemoApplication(prisma);
}
