import fc from "fast-check";
import { LIFE_SITUATIONS } from "../life-situations";
import { SCHOOL_KINDS, SCHOOL_TYPES } from "../school-types";

/** Test support: fast-check generators of well-formed screening answers, biased to the rules' edges. */

const DAY = 24 * 60 * 60 * 1000;

/** An answer as a form sends it: usually given, sometimes null or left out. */
function answer<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: value },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function isoDateFromDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Birth dates from 2004 to 2021, with extra weight on April 1 and 2 and February 29. */
export const birthDateArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: dayOf("2004-01-01"), max: dayOf("2021-12-31") }).map(isoDateFromDayNumber),
  fc
    .tuple(fc.integer({ min: 2004, max: 2016 }), fc.constantFrom("04-01", "04-02"))
    .map(([year, day]) => `${year}-${day}`),
  fc.constantFrom("2004-02-29", "2008-02-29", "2012-02-29", "2016-02-29"),
);

/** Instants from late 2024 to early 2026 with the window edges of both editions, as JST or UTC text. */
export const appliedAtArbitrary: fc.Arbitrary<string> = fc
  .oneof(
    fc.integer({ min: Date.parse("2024-12-01T00:00:00Z"), max: Date.parse("2026-02-28T00:00:00Z") }),
    fc
      .tuple(
        fc.constantFrom(
          "2025-01-09T12:00:00+09:00",
          "2025-01-24T12:00:00+09:00",
          "2026-01-08T10:00:00+09:00",
          "2026-01-23T12:00:00+09:00",
        ),
        fc.integer({ min: -2, max: 1 }),
      )
      .map(([edge, offset]) => Date.parse(edge) + offset),
  )
  .chain((ms) =>
    fc.constantFrom(
      new Date(ms).toISOString(),
      `${new Date(ms + 9 * 60 * 60 * 1000).toISOString().slice(0, 23)}+09:00`,
    ),
  );

/** Incomes around the sample guideline lines, their review ceilings and halves, and anywhere else. */
export const incomeArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 6_000_000 }),
  fc
    .tuple(
      fc.constantFrom(
        550_000,
        625_000,
        650_000,
        750_000,
        1_100_000,
        1_250_000,
        1_300_000,
        1_375_000,
        1_500_000,
        1_650_000,
        2_500_000,
        2_700_000,
      ),
      fc.integer({ min: -2, max: 2 }),
    )
    .map(([edge, offset]) => Math.max(0, edge + offset)),
);

export const childArbitrary = fc.record(
  {
    birthDate: answer(birthDateArbitrary),
    schoolKind: answer(fc.constantFrom(...SCHOOL_KINDS)),
    schoolType: answer(fc.constantFrom(...SCHOOL_TYPES)),
    firstTimeHighSchool: answer(fc.boolean()),
  },
  { requiredKeys: [] },
);

export const screeningInputArbitrary = fc.record(
  {
    appliedAt: appliedAtArbitrary,
    livesInJapan: answer(fc.boolean()),
    householdSize: answer(fc.integer({ min: 2, max: 20 })),
    incomeByYear: answer(
      fc.dictionary(
        fc.constantFrom("2021", "2022", "2023", "2024", "2025"),
        answer(incomeArbitrary).map((value) => value ?? null),
      ),
    ),
    pensionOnlyIncome: answer(fc.boolean()),
    grossIncomeYen: answer(fc.integer({ min: 0, max: 10_000_000 })),
    suddenIncomeDrop: answer(fc.boolean()),
    publicAssistance: answer(fc.boolean()),
    lifeSituations: answer(fc.subarray([...LIFE_SITUATIONS])),
    receivesDisabilityOrSurvivorPension: answer(fc.boolean()),
    costDifficulty: answer(fc.boolean()),
    children: fc.array(childArbitrary, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ["appliedAt", "children"] },
);
