import { afterAll, describe, expect, it } from "vitest";
import { DEMO_EDITION_YEARS, seedDemoData } from "@/lib/demo/seed-demo-data";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("seedDemoData", () => {
  it("loads the demo editions and does not duplicate them when run again", async () => {
    // Other test files share this run's database, so look only at the demo editions.
    const demoEditions = () =>
      prisma.edition.findMany({ where: { year: { in: [...DEMO_EDITION_YEARS] } }, orderBy: { year: "asc" } });
    await seedDemoData(prisma);
    const first = await demoEditions();
    await seedDemoData(prisma);
    const second = await demoEditions();

    expect(first.map((edition) => edition.year)).toEqual([...DEMO_EDITION_YEARS]);
    expect(second).toEqual(first);
  });
});
