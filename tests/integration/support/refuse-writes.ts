import type { PrismaClient } from "@/lib/db/create-prisma-client";

export interface Refusal {
  /** Names the trigger and its function; unique per test. */
  name: string;
  /** When the database refuses, e.g. "BEFORE INSERT ON application_document". */
  on: string;
  /** Which rows, e.g. "NEW.application_id = '…'::uuid": other tests' rows are left alone. */
  when: string;
}

/**
 * Runs `action` while a trigger makes the database refuse one kind of write, the way a full disk or
 * a broken constraint would midway through a real operation; the trigger is gone afterwards.
 */
export async function whileDatabaseRefuses<T>(prisma: PrismaClient, refusal: Refusal, action: () => Promise<T>) {
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION ${refusal.name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
  await prisma.$executeRawUnsafe(`
    CREATE TRIGGER ${refusal.name} ${refusal.on} FOR EACH ROW
    WHEN (${refusal.when}) EXECUTE FUNCTION ${refusal.name}()`);
  try {
    return await action();
  } finally {
    await prisma.$executeRawUnsafe(`DROP TRIGGER ${refusal.name} ${refusal.on.replace(/^.* ON /, "ON ")}`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION ${refusal.name}()`);
  }
}
