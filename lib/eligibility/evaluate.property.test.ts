import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULE_SETS } from "./editions";
import { evaluate } from "./evaluate";
import { outcomeOf } from "./outcome";
import { parseScreeningInput } from "./parse-screening-input";
import { criterionIdsFor } from "./prepare-rule-set";
import { parseRuleSet, type RuleSet } from "./rule-set";
import { childInputSchema, screeningInputSchema, type ScreeningInput } from "./screening-input";
import { screeningInputArbitrary } from "./testing/arbitraries";
import { LOCALES, MESSAGES, messageKeys, renderMessage } from "./testing/render-message";

// Edition variants that switch settings the built-in editions leave off, so the properties also
// hold for rule sets without situation E, with the public-assistance exclusion, and so on.
function variant(base: RuleSet, change: (copy: RuleSet) => void): RuleSet {
  const copy = structuredClone(base);
  change(copy);
  const parsed = parseRuleSet(copy);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}
const [edition2025, edition2026] = BUILT_IN_RULE_SETS;
if (!edition2025 || !edition2026) throw new Error("built-in editions missing");
const RULE_SETS: readonly RuleSet[] = [
  edition2025,
  edition2026,
  variant(edition2026, (r) => {
    r.lifeSituations.E.enabled = false;
    r.publicAssistance.excluded = true;
    r.schoolEntry.hsBirthDateLimit = null;
    r.schoolEntry.hsFirstTimeOnly = false;
    r.income.suddenDrop.offered = false;
    r.income.nearLineReview.marginPercent = 0;
  }),
];
const ruleSetArbitrary = fc.constantFrom(...RULE_SETS);

function parsed(raw: unknown): ScreeningInput {
  const result = parseScreeningInput(raw);
  if (!result.ok) throw new Error(`generated input did not parse: ${JSON.stringify(result.issues)}`);
  return result.data;
}

const KNOWN_KEYS = new Set(messageKeys(MESSAGES.en));

describe("evaluate (properties)", () => {
  it("is deterministic: the same answers always give the same result", () => {
    fc.assert(
      fc.property(ruleSetArbitrary, screeningInputArbitrary, (ruleSet, raw) => {
        const input = parsed(raw);
        const first = evaluate(ruleSet, input);
        expect(evaluate(ruleSet, structuredClone(input))).toEqual(first);
        expect(evaluate(structuredClone(ruleSet), input)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("reports every criterion of the edition, in order, for every child, with an outcome that follows from them", () => {
    fc.assert(
      fc.property(ruleSetArbitrary, screeningInputArbitrary, (ruleSet, raw) => {
        const input = parsed(raw);
        const result = evaluate(ruleSet, input);
        expect(result.edition).toBe(ruleSet.edition);
        expect(result.ruleSetVersion).toBe(ruleSet.version);
        expect(result.children).toHaveLength(input.children.length);
        result.children.forEach((child, index) => {
          expect(child.childIndex).toBe(index);
          expect(child.criteria.map((criterion) => criterion.id)).toEqual(criterionIdsFor(ruleSet));
          expect(child.outcome).toBe(outcomeOf(child.criteria));
          const kind = input.children[index]?.schoolKind;
          const expectedAmount = child.outcome === "not_eligible" || kind == null ? 0 : ruleSet.amountsYen[kind];
          expect(child.amountYen).toBe(expectedAmount);
          expect(Number.isInteger(child.amountYen)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("explains every criterion in a sentence in Japanese and English", () => {
    fc.assert(
      fc.property(ruleSetArbitrary, screeningInputArbitrary, (ruleSet, raw) => {
        for (const child of evaluate(ruleSet, parsed(raw)).children) {
          for (const message of [...child.criteria, child.summary]) {
            expect(KNOWN_KEYS.has(message.messageKey), message.messageKey).toBe(true);
            for (const locale of LOCALES) {
              const text = renderMessage(locale, message.messageKey, message.params);
              expect(text.length).toBeGreaterThan(5);
              expect(text).not.toMatch(/[{}]/);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never makes an eligible child ineligible when income is lowered", () => {
    const lowering = fc.dictionary(
      fc.constantFrom("2021", "2022", "2023", "2024", "2025"),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        ruleSetArbitrary,
        screeningInputArbitrary,
        lowering,
        fc.boolean(),
        (ruleSet, raw, factors, lowerGross) => {
          const input = parsed(raw);
          const before = evaluate(ruleSet, input);
          const incomeByYear = input.incomeByYear
            ? Object.fromEntries(
                Object.entries(input.incomeByYear).map(([year, yen]) => [
                  year,
                  yen == null ? yen : Math.floor(yen * (factors[year] ?? 1)),
                ]),
              )
            : input.incomeByYear;
          const grossIncomeYen =
            lowerGross && input.grossIncomeYen != null ? Math.floor(input.grossIncomeYen / 2) : input.grossIncomeYen;
          const after = evaluate(ruleSet, { ...input, incomeByYear, grossIncomeYen });
          before.children.forEach((child, index) => {
            if (child.outcome === "eligible") expect(after.children[index]?.outcome).not.toBe("not_eligible");
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps an eligible child eligible when income is lowered and no gross income is given", () => {
    fc.assert(
      fc.property(
        ruleSetArbitrary,
        screeningInputArbitrary,
        fc.integer({ min: 1, max: 1_000_000 }),
        (ruleSet, raw, cut) => {
          const input = { ...parsed(raw), grossIncomeYen: null };
          const before = evaluate(ruleSet, input);
          const incomeByYear = input.incomeByYear
            ? Object.fromEntries(
                Object.entries(input.incomeByYear).map(([year, yen]) => [
                  year,
                  yen == null ? yen : Math.max(0, yen - cut),
                ]),
              )
            : input.incomeByYear;
          const after = evaluate(ruleSet, { ...input, incomeByYear });
          before.children.forEach((child, index) => {
            if (child.outcome === "eligible") expect(after.children[index]?.outcome).toBe("eligible");
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

const ANYTHING = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

describe("parseScreeningInput (properties)", () => {
  it("turns any value at all into data or a list of issues, never an exception", () => {
    fc.assert(
      fc.property(ANYTHING, (raw) => {
        const result = parseScreeningInput(raw);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe("string");
          expect(KNOWN_KEYS.has(issue.messageKey), issue.messageKey).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts every well-formed answer set", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (raw) => {
        expect(parseScreeningInput(raw).ok).toBe(true);
      }),
    );
  });

  it("names the field when one answer is replaced by junk", () => {
    const topFields = Object.keys(screeningInputSchema.shape) as (keyof typeof screeningInputSchema.shape)[];
    const childFields = Object.keys(childInputSchema.shape) as (keyof typeof childInputSchema.shape)[];
    const corruptTop = fc.constantFrom(...topFields).chain((field) =>
      fc.tuple(
        fc.constant(field),
        ANYTHING.filter((value) => !screeningInputSchema.shape[field].safeParse(value).success),
      ),
    );
    const corruptChild = fc.constantFrom(...childFields).chain((field) =>
      fc.tuple(
        fc.constant(field),
        ANYTHING.filter((value) => !childInputSchema.shape[field].safeParse(value).success),
      ),
    );
    fc.assert(
      fc.property(screeningInputArbitrary, corruptTop, (raw, [field, junk]) => {
        const result = parseScreeningInput({ ...raw, [field]: junk });
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues.some((issue) => issue.path === field || issue.path.startsWith(`${field}.`))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(screeningInputArbitrary, corruptChild, (raw, [field, junk]) => {
        const children = [...raw.children];
        children[0] = { ...children[0], [field]: junk };
        const result = parseScreeningInput({ ...raw, children });
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(
            result.issues.some(
              (issue) => issue.path === `children.0.${field}` || issue.path.startsWith(`children.0.${field}.`),
            ),
          ).toBe(true);
      }),
    );
  });
});

describe("parseRuleSet (properties)", () => {
  it("turns any value into a rule set or a list of issues with known messages, never an exception", () => {
    fc.assert(
      fc.property(ANYTHING, (raw) => {
        const result = parseRuleSet(raw);
        expect(result.ok).toBe(false);
        if (!result.ok)
          for (const issue of result.issues) expect(KNOWN_KEYS.has(issue.messageKey), issue.messageKey).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("reports a known message when any single setting of a real edition is replaced by junk", () => {
    const leafPaths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === "object"
        ? Object.entries(value).flatMap(([key, child]) =>
            leafPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
          )
        : [prefix];
    const paths = leafPaths(edition2026);
    fc.assert(
      fc.property(fc.constantFrom(...paths), ANYTHING, (path, junk) => {
        const copy = structuredClone(edition2026) as unknown as Record<string | number, unknown>;
        let node: Record<string | number, unknown> = copy;
        for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
        const last = path[path.length - 1];
        if (last === undefined) return;
        node[last] = junk;
        const result = parseRuleSet(copy);
        if (!result.ok)
          for (const issue of result.issues)
            expect(KNOWN_KEYS.has(issue.messageKey), `${issue.path}: ${issue.messageKey}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
