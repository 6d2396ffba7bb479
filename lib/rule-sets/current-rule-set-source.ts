import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { RuleSetSource } from "@/lib/screening/screen";
import { findCurrentRuleSets } from "./rule-set-store";

/** The rules in force, from the database; a request without an edition gets the newest edition. */
export async function loadCurrentRuleSetSource(prisma: PrismaClient): Promise<RuleSetSource> {
  const ruleSets = await findCurrentRuleSets(prisma);
  return {
    defaultEdition: ruleSets[0]?.edition,
    forEdition: (edition) => ruleSets.find((ruleSet) => ruleSet.edition === edition),
  };
}
