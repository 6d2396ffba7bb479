import type { RuleSet } from "./rule-set";

/** The largest household a screening accepts (see screening-input.ts). */
export const MAX_HOUSEHOLD_SIZE = 20;

type GuidelineTable = RuleSet["income"]["guideline"]["general"];

/**
 * The guideline amount for a household of `size`: the table's line, or for households larger
 * than the table, its largest line plus the per-member addition for each extra member.
 */
export function guidelineLimitYen(table: GuidelineTable, size: number): number {
  const first = table.lines[0];
  const last = table.lines[table.lines.length - 1];
  if (!first || !last) return 0;
  if (size <= first.householdSize) return first.limitYen;
  if (size > last.householdSize) return last.limitYen + (size - last.householdSize) * table.additionalMemberYen;
  return table.lines[size - first.householdSize]?.limitYen ?? last.limitYen;
}

/** Guideline amounts by household size (index = size), for both lines, computed once per rule set. */
export interface GuidelineLines {
  readonly general: readonly number[];
  readonly pensionOnly: readonly number[];
}

export function buildGuidelineLines(ruleSet: RuleSet): GuidelineLines {
  const { general, pensionOnly } = ruleSet.income.guideline;
  const sizes = Array.from({ length: MAX_HOUSEHOLD_SIZE + 1 }, (_, size) => size);
  return {
    general: sizes.map((size) => guidelineLimitYen(general, size)),
    pensionOnly: sizes.map((size) => guidelineLimitYen(pensionOnly, size)),
  };
}

/** Scales every line by percent/100, rounding down to whole yen. */
export function scaleLines(lines: readonly number[], percent: number): readonly number[] {
  return lines.map((limit) => Math.floor((limit * percent) / 100));
}

export function lineFor(lines: readonly number[], size: number): number {
  return lines[Math.min(size, lines.length - 1)] ?? 0;
}
