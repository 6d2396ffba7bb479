import { z } from "zod";
import { LIFE_SITUATIONS } from "./life-situations";
import { SCHOOL_TYPES, UNLISTED_SCHOOL_TYPE } from "./school-types";
import { messageKey, parseWithIssues, type ParseResult } from "./validation-issues";

/**
 * One edition's rules as data ("editions as data"). Numbers the programme has not published
 * (the income guideline table, the review thresholds, the document checklist) carry
 * `sample: true` and a note until an administrator enters the real ones; results report
 * `usesSampleValues` so no screen can pass samples off as the programme's figures.
 */

const yen = z
  .int({ error: messageKey("validation.wholeYen") })
  .min(0, { error: "validation.wholeYen" })
  .max(10_000_000_000, { error: "validation.outOfRange" });
const calendarYear = z
  .int({ error: messageKey("validation.year") })
  .min(1900, { error: "validation.year" })
  .max(2200, { error: "validation.year" });

// Editions are run in Japan time; requiring the +09:00 offset keeps the data readable as the
// published times ("10:00 on 8 January") and catches a time typed in UTC by mistake.
const jstInstant = z
  .string({ error: messageKey("validation.ruleSet.jstInstant") })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?\+09:00$/, { error: "validation.ruleSet.jstInstant" })
  .refine((text) => Number.isFinite(Date.parse(text)), { error: "validation.ruleSet.jstInstant" });

const documentId = z
  .string({ error: messageKey("validation.ruleSet.documentId") })
  .regex(/^[a-z][a-z0-9_]{0,63}$/, { error: "validation.ruleSet.documentId" });

const label = z.strictObject({
  ja: z.string().min(1),
  en: z.string().min(1),
});

const sampleMarking = {
  /** True while the values are placeholders, not the programme's own figures. */
  sample: z.boolean(),
  /** Where the values come from, or what must replace them. */
  note: z.string(),
};

const guidelineTable = z.strictObject({
  lines: z.array(z.strictObject({ householdSize: z.int().min(1).max(20), limitYen: yen })).min(1),
  /** Added per member for households larger than the table's largest size. */
  additionalMemberYen: yen,
});

const situation = z.strictObject({
  enabled: z.boolean(),
  /** True when a caseworker must judge whether the situation applies (not a yes/no fact). */
  caseworkerReview: z.boolean(),
  documents: z.array(documentId),
});

const situationE = z.strictObject({
  ...situation.shape,
  /** The two years before the application year, oldest first (2025 edition: 2022 and 2023). */
  incomeYears: z.tuple([calendarYear, calendarYear]),
  /** "At most half of the guideline" is 50. */
  maxSharePercentOfGuideline: z.int().min(1).max(100),
  excludesDisabilityOrSurvivorPension: z.boolean(),
});

const listableSchoolTypes = SCHOOL_TYPES.filter((type) => type !== UNLISTED_SCHOOL_TYPE);

export const ruleSetSchema = z
  .strictObject({
    edition: z.int().min(2000).max(2200),
    /** Raised whenever the rules of an edition change, so each result says which rules made it. */
    version: z.int().min(1),
    title: label,
    notes: z.array(z.string()),
    sources: z.array(z.string()),
    window: z.strictObject({
      /** First instant applications are accepted (inclusive). */
      opensAt: jstInstant,
      /** First instant applications are no longer accepted (exclusive): "closes at 12:00". */
      closesAt: jstInstant,
    }),
    amountsYen: z.strictObject({ jhs: yen, hs: yen }),
    /** A target, not a hard cap (2025 awarded 1,035 children against 1,000 places). */
    places: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("total"), total: z.int().min(0) }),
      z.strictObject({ kind: z.literal("per_school_kind"), jhs: z.int().min(0), hs: z.int().min(0) }),
    ]),
    schoolEntry: z.strictObject({
      eligibleSchoolTypes: z.array(z.enum(listableSchoolTypes)).min(1),
      hsFirstTimeOnly: z.boolean(),
      /** High-school entrants born on or after April 2 of (edition − yearsBeforeEdition); null: no limit. */
      hsBirthDateLimit: z.strictObject({ yearsBeforeEdition: z.int().min(15).max(30) }).nullable(),
    }),
    income: z.strictObject({
      /** Calendar year whose 所得 is compared with the guideline (2026 edition: 2024). */
      year: calendarYear,
      guideline: z.strictObject({
        ...sampleMarking,
        basis: z.literal("household_size"),
        general: guidelineTable,
        /** The separate line for guardians whose only income is a taxable public pension. */
        pensionOnly: guidelineTable,
      }),
      /** Income above the line by at most this share is a review case ("目安額程度"), not a rejection. */
      nearLineReview: z.strictObject({ ...sampleMarking, marginPercent: z.int().min(0).max(100) }),
      /** A "marked" gap between gross 収入 and 所得, sent to review: both thresholds must be met. */
      grossNetGap: z.strictObject({
        ...sampleMarking,
        /** Gross at least this percentage of 所得 (200 = gross is twice 所得 or more). */
        markedRatioPercent: z.int().min(100).max(100_000),
        /** And gross exceeds 所得 by at least this much, so ordinary salary deductions never count as marked. */
        markedMinimumGapYen: yen,
      }),
      /** 家計急変: a sudden drop in the year before the application year, judged on documents. */
      suddenDrop: z.strictObject({ offered: z.boolean(), year: calendarYear }),
    }),
    publicAssistance: z.strictObject({ excluded: z.boolean() }),
    lifeSituations: z.strictObject({
      A: situation,
      B: situation,
      C: situation,
      D: situation,
      E: situationE,
      F: situation,
      G: situation,
      H: situation,
    }),
    documents: z.strictObject({
      catalog: z.array(z.strictObject({ id: documentId, label, sample: z.boolean() })),
      /** Asked of every applicant (e.g. proof of income). */
      always: z.array(documentId),
      /** Asked when a sudden drop in income is reported. */
      suddenDrop: z.array(documentId),
    }),
  })
  .superRefine((ruleSet, context) => {
    const { window, income, documents, lifeSituations, edition } = ruleSet;
    if (Date.parse(window.opensAt) >= Date.parse(window.closesAt)) {
      context.addIssue({ code: "custom", path: ["window", "closesAt"], message: "validation.ruleSet.windowOrder" });
    }
    for (const table of ["general", "pensionOnly"] as const) {
      const lines = income.guideline[table].lines;
      // Consecutive sizes from 2 or below, so every household of 2 or more finds its line.
      const contiguous = lines.every(
        (line, index) => index === 0 || line.householdSize === (lines[index - 1]?.householdSize ?? 0) + 1,
      );
      if (!contiguous || (lines[0]?.householdSize ?? 99) > 2) {
        context.addIssue({
          code: "custom",
          path: ["income", "guideline", table, "lines"],
          message: "validation.ruleSet.householdSizes",
        });
      }
    }
    if (income.year >= edition) {
      context.addIssue({ code: "custom", path: ["income", "year"], message: "validation.ruleSet.pastYear" });
    }
    lifeSituations.E.incomeYears.forEach((year, index) => {
      if (year >= edition)
        context.addIssue({
          code: "custom",
          path: ["lifeSituations", "E", "incomeYears", index],
          message: "validation.ruleSet.pastYear",
        });
    });
    if (!LIFE_SITUATIONS.some((letter) => lifeSituations[letter].enabled)) {
      context.addIssue({ code: "custom", path: ["lifeSituations"], message: "validation.ruleSet.noSituation" });
    }
    const known = new Set<string>();
    documents.catalog.forEach((document, index) => {
      if (known.has(document.id))
        context.addIssue({
          code: "custom",
          path: ["documents", "catalog", index, "id"],
          message: "validation.ruleSet.duplicateDocument",
        });
      known.add(document.id);
    });
    const checkReferences = (ids: readonly string[], path: readonly (string | number)[]) => {
      ids.forEach((id, index) => {
        if (!known.has(id))
          context.addIssue({ code: "custom", path: [...path, index], message: "validation.ruleSet.unknownDocument" });
      });
    };
    checkReferences(documents.always, ["documents", "always"]);
    checkReferences(documents.suddenDrop, ["documents", "suddenDrop"]);
    for (const letter of LIFE_SITUATIONS)
      checkReferences(lifeSituations[letter].documents, ["lifeSituations", letter, "documents"]);
  });

export type RuleSet = z.output<typeof ruleSetSchema>;

/** For rule sets from an administrator or the database: the data, or every problem found. */
export function parseRuleSet(raw: unknown): ParseResult<RuleSet> {
  return parseWithIssues(ruleSetSchema, raw);
}
