import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { findCurrentRuleSet, listRuleSetVersions, saveRuleSetVersion } from "@/lib/rule-sets/rule-set-store";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { testPrisma } from "./support/test-prisma";

const prisma = testPrisma();
beforeAll(() => installBuiltInRuleSets(prisma));
afterAll(() => prisma.$disconnect());

const shipped2026 = builtInRuleSet(2026)!;

describe("rule sets in the database", () => {
  it("installs version 1 of each shipped edition once, however often the app starts", async () => {
    await installBuiltInRuleSets(prisma);
    expect((await listRuleSetVersions(prisma, 2025)).map((row) => row.version)).toEqual([1]);
    expect((await listRuleSetVersions(prisma, 2026)).map((row) => row.version)).toEqual([1]);
    expect(await findCurrentRuleSet(prisma, 2026)).toEqual(shipped2026);
  });

  it("refuses an invalid rule set and says which fields are wrong", async () => {
    const broken = { ...shipped2026, version: 2, amountsYen: { jhs: -1, hs: "50000" } };
    const result = await saveRuleSetVersion(prisma, broken, "broken");
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(["amountsYen.hs", "amountsYen.jhs"]);
    expect((await listRuleSetVersions(prisma, 2026)).length).toBe(1);
  });

  it("adds a new version that then is the one in force, keeping the old one", async () => {
    const raised = { ...shipped2026, version: 2, amountsYen: { jhs: 35_000, hs: 55_000 } };
    expect(await saveRuleSetVersion(prisma, raised, "Amounts raised by the board")).toMatchObject({ ok: true });
    expect((await findCurrentRuleSet(prisma, 2026))?.amountsYen).toEqual({ jhs: 35_000, hs: 55_000 });
    const history = await listRuleSetVersions(prisma, 2026);
    expect(history.map((row) => [row.version, row.changeNote])).toEqual([
      [2, "Amounts raised by the board"],
      [1, "Rules as shipped with the application (income guideline figures are samples)."],
    ]);
  });

  it("refuses a version that skips or repeats a number, so concurrent edits cannot overwrite each other", async () => {
    expect(await saveRuleSetVersion(prisma, { ...shipped2026, version: 2 }, "stale edit")).toEqual({
      ok: false,
      reason: "version_conflict",
      expectedVersion: 3,
    });
    expect(await saveRuleSetVersion(prisma, { ...shipped2026, version: 5 }, "skipped")).toEqual({
      ok: false,
      reason: "version_conflict",
      expectedVersion: 3,
    });
  });

  it("refuses rules for an edition that does not exist", async () => {
    expect(await saveRuleSetVersion(prisma, { ...shipped2026, edition: 2031, version: 1 }, "x")).toEqual({
      ok: false,
      reason: "unknown_edition",
    });
  });
});
