/**
 * Synthetic households in a realistic mix (sizes, incomes around the guideline, school kinds and
 * types, late applications, missing answers), for the benchmarks. Fixed-seed, so every run of a
 * bench works on the same data. All of it is invented: no real person is behind any value.
 */
import { parseScreeningInput } from "@/lib/eligibility/parse-screening-input";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import type { ScreeningInput } from "@/lib/eligibility/screening-input";

export interface HouseholdGenerator {
  /** One item of `items`, drawn from the same seeded stream as the households. */
  pick<T>(items: readonly T[]): T;
  /** A household applying to `ruleSet`'s edition, already validated as the API would store it. */
  household(ruleSet: RuleSet): ScreeningInput;
}

// mulberry32: tiny and good enough to spread test data; Math.random() cannot be seeded.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createHouseholdGenerator(seed: number): HouseholdGenerator {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const pad = (n: number) => String(n).padStart(2, "0");

  function birthDate(edition: number, kind: "jhs" | "hs"): string {
    // Mostly the usual age; some a year older or younger; some April 1/2 birthdays.
    const usualYear = edition - (kind === "jhs" ? 13 : 16);
    const year = usualYear + pick([0, 0, 0, 0, 0, 0, 0, 1, -1]);
    if (chance(0.05)) return `${year}-04-0${pick([1, 2])}`;
    const month = 1 + Math.floor(next() * 12);
    return `${year}-${pad(month)}-${pad(1 + Math.floor(next() * 28))}`;
  }

  function household(ruleSet: RuleSet): ScreeningInput {
    const edition = ruleSet.edition;
    const opens = Date.parse(ruleSet.window.opensAt);
    const closes = Date.parse(ruleSet.window.closesAt);
    const appliedMs = opens + Math.floor((closes - opens) * (chance(0.97) ? next() : 1.02));
    const size = pick([2, 2, 3, 3, 3, 4, 4, 5, 6]);
    const line = 1_100_000 + 200_000 * size;
    const income = Math.floor(line * (0.3 + next() * 0.9));
    const children = Array.from({ length: chance(0.15) ? 2 : 1 }, () => {
      const kind = chance(0.5) ? "jhs" : "hs";
      return {
        birthDate: birthDate(edition, kind),
        schoolKind: kind,
        schoolType: pick([
          "regular",
          "regular",
          "regular",
          "special_needs",
          "correspondence",
          "part_time",
          "free_school",
          "foreign",
          "other",
        ]),
        ...(kind === "hs" ? { firstTimeHighSchool: chance(0.97) } : {}),
      };
    });
    const raw = {
      appliedAt: `${new Date(appliedMs + 9 * 3_600_000).toISOString().slice(0, 23)}+09:00`,
      livesInJapan: chance(0.99),
      householdSize: size,
      incomeByYear: {
        [String(ruleSet.income.year)]: income,
        [String(ruleSet.lifeSituations.E.incomeYears[0])]: Math.floor(income * (0.8 + next() * 0.4)),
      },
      pensionOnlyIncome: chance(0.05),
      grossIncomeYen: chance(0.6) ? Math.floor(income * (1.2 + next() * 1.5)) : null,
      suddenIncomeDrop: chance(0.08),
      publicAssistance: chance(0.15),
      lifeSituations: chance(0.03)
        ? null
        : [
            ...new Set([
              pick(["A", "A", "A", "B", "C", "D", "E", "F", "G", "H"]),
              ...(chance(0.2) ? [pick(["E", "F", "C"])] : []),
            ]),
          ],
      receivesDisabilityOrSurvivorPension: chance(0.1),
      costDifficulty: chance(0.98),
      children,
    };
    const parsed = parseScreeningInput(raw);
    if (!parsed.ok) throw new Error(`bench input invalid: ${JSON.stringify(parsed.issues)}`);
    return parsed.data;
  }

  return { pick, household };
}
