import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { Prisma } from "@/lib/db/generated/client";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import type { EvaluationResult } from "@/lib/eligibility/evaluation-result";
import { parseRuleSet, type RuleSet } from "@/lib/eligibility/rule-set";
import { installBuiltInRuleSets } from "@/lib/rule-sets/install-built-in-rule-sets";
import { applicationOutcome } from "@/lib/eligibility/application-outcome";
import { rescreenApplications } from "@/lib/screening/rescreen-applications";
import { testPrisma } from "./support/test-prisma";

// The suite's files share one database, so these tests use an edition of their own (2031), only
// ever look at its applications, and remove it all afterwards: a later file must not find a 2031.
const EDITION = 2031;
const prisma = testPrisma();

/** The shipped 2026 rules moved to 2031, with `changes` on top. */
function rules2031(version: number, changes: (base: RuleSet) => Partial<RuleSet> = () => ({})): RuleSet {
  const base = builtInRuleSet(2026);
  if (!base) throw new Error("no built-in 2026 rules");
  const parsed = parseRuleSet({
    ...base,
    edition: EDITION,
    version,
    window: { opensAt: "2031-01-08T10:00:00.000+09:00", closesAt: "2031-01-23T12:00:00.000+09:00" },
    income: { ...base.income, year: 2029, suddenDrop: { ...base.income.suddenDrop, year: 2030 } },
    lifeSituations: { ...base.lifeSituations, E: { ...base.lifeSituations.E, incomeYears: [2028, 2029] } },
    ...changes(base),
  });
  if (!parsed.ok) throw new Error(`test rules invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.data;
}

const version1 = rules2031(1);
// What the board might publish: amounts raised, and every income guideline line 200,000 yen higher.
const version2 = rules2031(2, (base) => ({
  amountsYen: { jhs: 35_000, hs: 55_000 },
  income: {
    ...base.income,
    year: 2029,
    suddenDrop: { ...base.income.suddenDrop, year: 2030 },
    guideline: {
      ...base.income.guideline,
      general: {
        ...base.income.guideline.general,
        lines: base.income.guideline.general.lines.map((line) => ({ ...line, limitYen: line.limitYen + 200_000 })),
      },
    },
  },
}));

const jhsChild = { birthDate: "2018-05-01", schoolKind: "jhs", schoolType: "regular" };
function household(changes: Record<string, unknown> = {}) {
  return {
    appliedAt: "2031-01-10T10:00:00+09:00",
    livesInJapan: true,
    householdSize: 3,
    // Version 1's line for three people is 1,500,000 yen; version 2's is 1,700,000.
    incomeByYear: { "2029": 1_400_000 },
    pensionOnlyIncome: false,
    suddenIncomeDrop: false,
    publicAssistance: false,
    lifeSituations: ["A"],
    costDifficulty: true,
    children: [jhsChild],
    ...changes,
  };
}

const inputs = {
  eligible: household(),
  livesAbroad: household({ livesInJapan: false }),
  // 1,600,000 yen: within 10 % above version 1's line (review), under version 2's line.
  nearTheLine: household({ incomeByYear: { "2029": 1_600_000 } }),
  // One child can be supported, the other has attended high school before.
  oneOfTwoChildren: household({
    children: [
      jhsChild,
      { birthDate: "2015-06-01", schoolKind: "hs", schoolType: "regular", firstTimeHighSchool: false },
    ],
  }),
};
type Case = keyof typeof inputs | "handEdited";

// A row someone edited by hand in the database: its input is no longer valid, and its old result
// must stay exactly as it was for staff to look at.
const handEdited = {
  screeningInput: { appliedAt: "last Tuesday", householdSize: "three", children: [] },
  screeningOutcome: "eligible" as const,
  screeningResult: { note: "screened before the row was edited" },
  ruleSetVersion: 1,
  screenedAt: new Date("2031-01-11T00:00:00Z"),
};

const ids = {} as Record<Case, string>;
/** An application of another edition (2026), which no 2031 run may touch. */
let otherEditionId = "";

async function stored(which: Case) {
  const row = await prisma.application.findUniqueOrThrow({ where: { id: ids[which] } });
  return { ...row, result: row.screeningResult as unknown as EvaluationResult | null };
}

beforeAll(async () => {
  await installBuiltInRuleSets(prisma);
  const edition2026 = await prisma.edition.findUniqueOrThrow({ where: { year: 2026 } });
  const other = await prisma.application.create({
    data: { editionId: edition2026.id, screeningInput: { ...household(), appliedAt: "2026-01-10T10:00:00+09:00" } },
  });
  otherEditionId = other.id;
  const edition = await prisma.edition.create({ data: { year: EDITION } });
  for (const [name, screeningInput] of Object.entries(inputs)) {
    const row = await prisma.application.create({ data: { editionId: edition.id, screeningInput } });
    ids[name as Case] = row.id;
  }
  // Child rows as submission stores them, here with stale figures that re-screening must replace.
  for (const [childIndex, schoolKind] of (["jhs", "hs"] as const).entries()) {
    await prisma.applicationChild.create({
      data: {
        applicationId: ids.oneOfTwoChildren,
        childIndex,
        birthDate: new Date("2018-06-01T00:00:00Z"),
        schoolKind,
        screeningOutcome: "needs_review",
        amountYen: 1,
      },
    });
  }
  const edited = await prisma.application.create({
    data: { ...handEdited, editionId: edition.id, screeningInput: handEdited.screeningInput as Prisma.InputJsonObject },
  });
  ids.handEdited = edited.id;
});
afterAll(async () => {
  await prisma.applicationChild.deleteMany({ where: { application: { edition: { year: EDITION } } } });
  await prisma.application.delete({ where: { id: otherEditionId } });
  await prisma.application.deleteMany({ where: { edition: { year: EDITION } } });
  await prisma.edition.deleteMany({ where: { year: EDITION } });
  await prisma.$disconnect();
});

describe("applicationOutcome", () => {
  it("takes the most attention-needing outcome of the children", () => {
    const of = (...outcomes: ("eligible" | "not_eligible" | "needs_review")[]) =>
      applicationOutcome(outcomes.map((outcome) => ({ outcome })));
    expect(of("eligible", "not_eligible")).toBe("eligible");
    expect(of("not_eligible", "needs_review", "eligible")).toBe("needs_review");
    expect(of("not_eligible", "not_eligible")).toBe("not_eligible");
    expect(of("eligible")).toBe("eligible");
  });
});

describe("re-screening an edition's stored applications", () => {
  it("screens every application with the given rules, in batches, and leaves a corrupt one alone", async () => {
    const progress: [number, number][] = [];
    const summary = await rescreenApplications(prisma, version1, {
      batchSize: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(summary).toEqual({
      screened: 4,
      invalid: 1,
      byOutcome: { eligible: 2, needs_review: 1, not_eligible: 1 },
    });
    // Three batches (2 + 2 + 1); two are written at once, so they may finish in either order.
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toEqual([5, 5]);
    expect(progress.every(([done, total], index) => total === 5 && done > (progress[index - 1]?.[0] ?? 0))).toBe(true);

    const eligible = await stored("eligible");
    expect(eligible).toMatchObject({ screeningOutcome: "eligible", ruleSetVersion: 1 });
    expect(eligible.screenedAt).toBeInstanceOf(Date);
    expect(eligible.result).toMatchObject({ edition: EDITION, ruleSetVersion: 1 });
    expect(eligible.result?.children).toMatchObject([
      { outcome: "eligible", amountYen: 30_000, summary: { messageKey: "outcome.eligible" } },
    ]);

    const abroad = await stored("livesAbroad");
    expect(abroad.screeningOutcome).toBe("not_eligible");
    expect(abroad.result?.children[0]?.criteria.find((criterion) => criterion.id === "residence")).toMatchObject({
      status: "failed",
      messageKey: "criteria.residence.notInJapan",
    });

    const nearTheLine = await stored("nearTheLine");
    expect(nearTheLine.screeningOutcome).toBe("needs_review");
    expect(nearTheLine.result?.children[0]?.criteria.find((criterion) => criterion.id === "income")).toMatchObject({
      status: "needs_review",
      params: { incomeYen: 1_600_000, guidelineYen: 1_500_000 },
    });

    const twoChildren = await stored("oneOfTwoChildren");
    expect(twoChildren.screeningOutcome).toBe("eligible");
    expect(twoChildren.result?.children.map((child) => [child.outcome, child.amountYen])).toEqual([
      ["eligible", 30_000],
      ["not_eligible", 0],
    ]);

    expect(await stored("handEdited")).toMatchObject({ ...handEdited, result: handEdited.screeningResult });
  });

  it("re-screens with a new version: every result says version 2 and shows the new rules", async () => {
    const before = await stored("eligible");
    const summary = await rescreenApplications(prisma, version2);

    expect(summary).toEqual({
      screened: 4,
      invalid: 1,
      byOutcome: { eligible: 3, needs_review: 0, not_eligible: 1 },
    });
    const eligible = await stored("eligible");
    expect(eligible.ruleSetVersion).toBe(2);
    expect(eligible.result).toMatchObject({ ruleSetVersion: 2 });
    expect(eligible.result?.children[0]).toMatchObject({ ruleSetVersion: 2, outcome: "eligible", amountYen: 35_000 });
    expect(eligible.screenedAt?.getTime()).toBeGreaterThanOrEqual(before.screenedAt?.getTime() ?? Infinity);

    const nearTheLine = await stored("nearTheLine");
    expect(nearTheLine.screeningOutcome).toBe("eligible");
    expect(nearTheLine.result?.children[0]?.criteria.find((criterion) => criterion.id === "income")).toMatchObject({
      status: "passed",
      params: { incomeYen: 1_600_000, guidelineYen: 1_700_000 },
    });
    expect((await stored("oneOfTwoChildren")).result?.children.map((child) => child.amountYen)).toEqual([35_000, 0]);
    // The children's own rows, which payment lists read, follow the new result.
    const children = await prisma.applicationChild.findMany({
      where: { applicationId: ids.oneOfTwoChildren },
      orderBy: { childIndex: "asc" },
    });
    expect(children.map((child) => [child.screeningOutcome, child.amountYen])).toEqual([
      ["eligible", 35_000],
      ["not_eligible", 0],
    ]);
    expect(await stored("handEdited")).toMatchObject({ ...handEdited, result: handEdited.screeningResult });
  });

  it("never replaces a newer version's result with an older one's", async () => {
    const summary = await rescreenApplications(prisma, version1);

    expect(summary).toEqual({ screened: 0, invalid: 1, byOutcome: { eligible: 0, needs_review: 0, not_eligible: 0 } });
    for (const which of Object.keys(inputs) as Case[]) expect((await stored(which)).ruleSetVersion).toBe(2);
  });

  it("screens an application edited during the run from its new answers, not the ones read before", async () => {
    let edited = false;
    const editBeforeFirstWrite = async () => {
      if (edited) return;
      edited = true;
      await prisma.application.update({
        where: { id: ids.eligible },
        data: { screeningInput: household({ livesInJapan: false }) },
      });
    };
    const summary = await rescreenApplications(withHookBeforeUpdate(prisma, editBeforeFirstWrite), version2);

    expect(edited).toBe(true);
    expect(summary).toMatchObject({ screened: 4, invalid: 1 });
    const eligibleNoMore = await stored("eligible");
    expect(eligibleNoMore).toMatchObject({ screeningOutcome: "not_eligible", ruleSetVersion: 2 });
  });

  it("leaves an application alone that a newer version screened while this run was under way", async () => {
    let screenedByVersion3 = false;
    const newerRunWrites = async () => {
      if (screenedByVersion3) return;
      screenedByVersion3 = true;
      await prisma.application.update({ where: { id: ids.nearTheLine }, data: { ruleSetVersion: 3 } });
    };
    const summary = await rescreenApplications(withHookBeforeUpdate(prisma, newerRunWrites), version2);

    expect(summary).toMatchObject({ screened: 3, invalid: 1 });
    expect((await stored("nearTheLine")).ruleSetVersion).toBe(3);
    expect((await stored("oneOfTwoChildren")).ruleSetVersion).toBe(2);
  });

  it("touches no application of another edition", async () => {
    const other = await prisma.application.findUniqueOrThrow({ where: { id: otherEditionId } });
    expect(other).toMatchObject({ screeningOutcome: null, screeningResult: null, ruleSetVersion: null });
  });

  it("refuses rules for an edition that is not in the database", async () => {
    await expect(rescreenApplications(prisma, { ...version1, edition: 2099 })).rejects.toThrow(/no edition 2099/);
  });
});

/** The same client, but `hook` runs just before each UPDATE the re-screening sends. */
function withHookBeforeUpdate(client: PrismaClient, hook: () => Promise<void>): PrismaClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== "$queryRaw" || typeof value !== "function") return value;
      return async (query: TemplateStringsArray, ...values: unknown[]) => {
        if (query.join("").includes("UPDATE application")) await hook();
        return value.apply(target, [query, ...values]);
      };
    },
  });
}
