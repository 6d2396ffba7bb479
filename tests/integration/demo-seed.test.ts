import { afterAll, describe, expect, it } from "vitest";
import { DEMO_EDITION_YEARS, seedDemoData } from "@/lib/demo/seed-demo-data";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe("seedDemoData", () => {
  it("loads the demo editions and does not duplicate them when run again", async () => {
    await seedDemoData(prisma);
    const first = await prisma.edition.findMany({ orderBy: { year: "asc" } });
    await seedDemoData(prisma);
    const second = await prisma.edition.findMany({ orderBy: { year: "asc" } });

    expect(first.map((edition) => edition.year)).toEqual([...DEMO_EDITION_YEARS]);
    expect(second).toEqual(first);
  });
});
