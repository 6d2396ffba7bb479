import { LIFE_SITUATIONS } from "./life-situations";
import type { RuleSet } from "./rule-set";
import { situationBit } from "./situation-mask";

/**
 * The edition's checklist for a household: the documents everyone sends, those for each life
 * situation claimed, and those for a reported sudden drop in income. Document ids refer to
 * ruleSet.documents.catalog, which holds their labels in each language. Lists are built once per
 * combination of answers and shared.
 */
export function createDocumentsNeeded(
  ruleSet: RuleSet,
): (claimedMask: number, suddenDropReported: boolean) => readonly string[] {
  const cache = new Map<number, readonly string[]>();
  // Copied now, so the lists built later cannot see a change made to the rule set object.
  const always = [...ruleSet.documents.always];
  const forDrop = ruleSet.income.suddenDrop.offered ? [...ruleSet.documents.suddenDrop] : [];
  const bySituation = LIFE_SITUATIONS.map((letter) => {
    const situation = ruleSet.lifeSituations[letter];
    return { bit: situationBit(letter), documents: situation.enabled ? [...situation.documents] : [] };
  });
  const build = (claimedMask: number, drop: boolean): readonly string[] => {
    const ids = new Set<string>(always);
    for (const { bit, documents } of bySituation)
      if ((claimedMask & bit) !== 0) for (const id of documents) ids.add(id);
    if (drop) for (const id of forDrop) ids.add(id);
    return Object.freeze([...ids]);
  };
  return (claimedMask, suddenDropReported) => {
    const key = (claimedMask & 0xff) | (suddenDropReported ? 0x100 : 0);
    let ids = cache.get(key);
    if (ids === undefined) {
      ids = build(claimedMask, suddenDropReported);
      cache.set(key, ids);
    }
    return ids;
  };
}
