import { deepFreeze } from "../deep-freeze";
import { parseRuleSet, type RuleSet } from "../rule-set";
import edition2025 from "./2025.json";
import edition2026 from "./2026.json";

function load(raw: unknown, file: string): RuleSet {
  const parsed = parseRuleSet(raw);
  if (!parsed.ok) {
    const problems = parsed.issues.map((issue) => `${issue.path || "(root)"}: ${issue.messageKey}`).join("; ");
    throw new Error(`lib/eligibility/editions/${file} is not a valid rule set: ${problems}`);
  }
  return deepFreeze(parsed.data);
}

/** The rule sets shipped with the code, oldest first; the database may hold newer versions. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [load(edition2025, "2025.json"), load(edition2026, "2026.json")];

export function builtInRuleSet(edition: number): RuleSet | undefined {
  return BUILT_IN_RULE_SETS.find((ruleSet) => ruleSet.edition === edition);
}
