import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { Prisma } from "@/lib/db/generated/client";
import { deepFreeze } from "@/lib/eligibility/deep-freeze";
import { parseRuleSet, type RuleSet } from "@/lib/eligibility/rule-set";
import type { ValidationIssue } from "@/lib/eligibility/validation-issues";

export type SaveRuleSetResult =
  | { ok: true; ruleSet: RuleSet }
  | { ok: false; reason: "invalid"; issues: readonly ValidationIssue[] }
  | { ok: false; reason: "version_conflict"; expectedVersion: number }
  | { ok: false; reason: "unknown_edition" };

// Versions never change once written, so a parsed rule set can be kept for the process's life.
// Keeping the same frozen object also keeps evaluate()'s per-rule-set preparation warm.
const parsedVersions = new Map<string, RuleSet>();

/** The rule set in force for each edition (its newest version), newest edition first. */
export async function findCurrentRuleSets(prisma: PrismaClient): Promise<RuleSet[]> {
  const current = await prisma.$queryRaw<{ year: number; version: number }[]>`
    SELECT e.year, max(r.version)::int AS version
    FROM rule_set r JOIN edition e ON e.id = r.edition_id
    GROUP BY e.year ORDER BY e.year DESC`;
  return Promise.all(current.map(({ year, version }) => findRuleSetVersion(prisma, year, version)));
}

export async function findCurrentRuleSet(prisma: PrismaClient, edition: number): Promise<RuleSet | undefined> {
  return (await findCurrentRuleSets(prisma)).find((ruleSet) => ruleSet.edition === edition);
}

async function findRuleSetVersion(prisma: PrismaClient, edition: number, version: number): Promise<RuleSet> {
  const key = `${edition}:${version}`;
  const cached = parsedVersions.get(key);
  if (cached) return cached;
  const row = await prisma.ruleSet.findFirstOrThrow({
    where: { edition: { year: edition }, version },
    select: { rules: true },
  });
  const ruleSet = deepFreeze(readStoredRuleSet(row.rules));
  parsedVersions.set(key, ruleSet);
  return ruleSet;
}

export async function listRuleSetVersions(prisma: PrismaClient, edition: number) {
  return prisma.ruleSet.findMany({
    where: { edition: { year: edition } },
    orderBy: { version: "desc" },
    select: { version: true, changeNote: true, createdAt: true },
  });
}

/**
 * Adds a new version of an edition's rules. Versions are append-only and consecutive: the new
 * one must be exactly the current version + 1, so two administrators editing at once cannot
 * silently overwrite each other (the second gets a conflict), and the unique index backs that up.
 */
export async function saveRuleSetVersion(
  prisma: PrismaClient,
  raw: unknown,
  changeNote: string,
): Promise<SaveRuleSetResult> {
  const parsed = parseRuleSet(raw);
  if (!parsed.ok) return { ok: false, reason: "invalid", issues: parsed.issues };
  const ruleSet = parsed.data;

  const edition = await prisma.edition.findUnique({ where: { year: ruleSet.edition }, select: { id: true } });
  if (!edition) return { ok: false, reason: "unknown_edition" };
  const latest = await prisma.ruleSet.findFirst({
    where: { editionId: edition.id },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const expectedVersion = (latest?.version ?? 0) + 1;
  if (ruleSet.version !== expectedVersion) return { ok: false, reason: "version_conflict", expectedVersion };

  try {
    await prisma.ruleSet.create({
      data: { editionId: edition.id, version: ruleSet.version, rules: ruleSet as Prisma.InputJsonObject, changeNote },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "version_conflict", expectedVersion: expectedVersion + 1 };
    }
    throw error;
  }
  return { ok: true, ruleSet };
}

function readStoredRuleSet(rules: Prisma.JsonValue): RuleSet {
  const parsed = parseRuleSet(rules);
  // Only saveRuleSetVersion writes here, after validation; failing means the table was edited by hand.
  if (!parsed.ok) throw new Error(`A stored rule set is invalid: ${parsed.issues.map((i) => i.path).join(", ")}`);
  return parsed.data;
}
