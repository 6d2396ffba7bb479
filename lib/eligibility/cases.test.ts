import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CRITERION_IDS } from "./criteria";
import { builtInRuleSet } from "./editions";
import { evaluate } from "./evaluate";
import { parseScreeningInput } from "./parse-screening-input";
import { parseRuleSet, type RuleSet } from "./rule-set";
import { MESSAGES, messageKeys } from "./testing/render-message";

/**
 * Runs every rules case in ./cases: plain JSON files programme staff can read and add to (see
 * cases/README.md). A case names an edition, may adjust its rules (ruleSetOverrides, to test an
 * edition setting), gives the family's answers, and states what each child's result must be.
 */

const status = z.enum(["passed", "failed", "needs_review", "not_answered"]);
const criterionId = z.enum(CRITERION_IDS);

const caseFile = z.strictObject({
  description: z.string().min(10),
  edition: z.int(),
  ruleSetOverrides: z.record(z.string(), z.unknown()).optional(),
  input: z.unknown(),
  expected: z
    .array(
      z.strictObject({
        outcome: z.enum(["eligible", "not_eligible", "needs_review"]),
        amountYen: z.int(),
        criteria: z.partialRecord(criterionId, status).optional(),
        messageKeys: z.partialRecord(criterionId, z.string()).optional(),
      }),
    )
    .optional(),
  expectedIssues: z.array(z.strictObject({ path: z.string(), messageKey: z.string() })).optional(),
});

type Json = unknown;

// Objects merge key by key; anything else (arrays included) replaces.
function merge(base: Json, patch: Json): Json {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  if (base === null || typeof base !== "object" || Array.isArray(base)) return patch;
  const result: Record<string, Json> = { ...(base as Record<string, Json>) };
  for (const [key, value] of Object.entries(patch as Record<string, Json>)) result[key] = merge(result[key], value);
  return result;
}

function ruleSetFor(edition: number, overrides: Record<string, unknown> | undefined): RuleSet {
  const builtIn = builtInRuleSet(edition);
  if (!builtIn) throw new Error(`no built-in rule set for edition ${edition}`);
  if (!overrides) return builtIn;
  const parsed = parseRuleSet(merge(structuredClone(builtIn), overrides));
  if (!parsed.ok) throw new Error(`ruleSetOverrides make an invalid rule set: ${JSON.stringify(parsed.issues)}`);
  return parsed.data;
}

const directory = path.join(import.meta.dirname, "cases");
const files = readdirSync(directory)
  .filter((file) => file.endsWith(".json"))
  .sort();

function readCase(file: string) {
  const raw: unknown = JSON.parse(readFileSync(path.join(directory, file), "utf8"));
  return caseFile.parse(raw);
}

function screenCase(testCase: z.output<typeof caseFile>) {
  return {
    ruleSet: ruleSetFor(testCase.edition, testCase.ruleSetOverrides),
    parsed: parseScreeningInput(testCase.input),
  };
}

describe("rules cases", () => {
  it("finds the case files", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)("%s", (file) => {
    const testCase = readCase(file);
    expect(file.startsWith(`${testCase.edition}-`), "file names start with the edition").toBe(true);
    expect(testCase.expected === undefined, "a case states either expected results or expected issues").not.toBe(
      testCase.expectedIssues === undefined,
    );
    const { ruleSet, parsed } = screenCase(testCase);

    if (testCase.expectedIssues) {
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
      expect([...parsed.issues].sort(byPath)).toEqual([...testCase.expectedIssues].sort(byPath));
      return;
    }

    if (!parsed.ok) throw new Error(`input is invalid: ${JSON.stringify(parsed.issues)}`);
    const result = evaluate(ruleSet, parsed.data);
    const expected = testCase.expected ?? [];
    expect(result.children, testCase.description).toHaveLength(expected.length);
    expected.forEach((want, index) => {
      const child = result.children[index];
      if (!child) throw new Error(`no result for child ${index}`);
      const statuses = Object.fromEntries(child.criteria.map((criterion) => [criterion.id, criterion.status]));
      const keys = Object.fromEntries(child.criteria.map((criterion) => [criterion.id, criterion.messageKey]));
      expect({ child: index, outcome: child.outcome, amountYen: child.amountYen }, testCase.description).toEqual({
        child: index,
        outcome: want.outcome,
        amountYen: want.amountYen,
      });
      for (const [id, wantStatus] of Object.entries(want.criteria ?? {})) {
        expect({ child: index, [id]: statuses[id] }, testCase.description).toEqual({ child: index, [id]: wantStatus });
      }
      for (const [id, wantKey] of Object.entries(want.messageKeys ?? {})) {
        expect({ child: index, [id]: keys[id] }, testCase.description).toEqual({ child: index, [id]: wantKey });
      }
    });
  });

  it("between them, produce every criterion message there is", () => {
    const produced = new Set<string>();
    for (const file of files) {
      const { ruleSet, parsed } = screenCase(readCase(file));
      if (!parsed.ok) continue;
      for (const child of evaluate(ruleSet, parsed.data).children) {
        for (const criterion of child.criteria) produced.add(criterion.messageKey);
      }
    }
    const criterionMessages = messageKeys(MESSAGES.en).filter(
      (key) => key.startsWith("criteria.") && !key.endsWith(".title"),
    );
    expect(criterionMessages.filter((key) => !produced.has(key))).toEqual([]);
  });
});
