import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { BUILT_IN_RULE_SETS } from "@/lib/eligibility/editions";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { saveRuleSetVersion } from "./rule-set-store";

/**
 * Gives an edition `ruleSet` as its first version, creating the edition if needed, unless it has
 * rules already: later versions are made by administrators and are never overwritten from here.
 */
export async function installFirstRuleSet(prisma: PrismaClient, ruleSet: RuleSet, changeNote: string): Promise<void> {
  await prisma.edition.upsert({ where: { year: ruleSet.edition }, update: {}, create: { year: ruleSet.edition } });
  const existing = await prisma.ruleSet.count({ where: { edition: { year: ruleSet.edition } } });
  if (existing > 0) return;
  const result = await saveRuleSetVersion(prisma, ruleSet, changeNote);
  // Another process installing at the same moment wins the race; that is fine.
  if (!result.ok && result.reason !== "version_conflict") {
    throw new Error(`Could not install the rules for ${ruleSet.edition}: ${result.reason}`);
  }
}

/** Gives every edition shipped with the code its first rule-set version, when it has none yet. */
export async function installBuiltInRuleSets(prisma: PrismaClient): Promise<void> {
  for (const ruleSet of BUILT_IN_RULE_SETS) {
    await installFirstRuleSet(
      prisma,
      ruleSet,
      "Rules as shipped with the application (income guideline figures are samples).",
    );
  }
}
