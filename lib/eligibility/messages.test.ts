import { describe, expect, it } from "vitest";
import { BUILT_IN_RULE_SETS, builtInRuleSet } from "./editions";
import { evaluate } from "./evaluate";
import { parseScreeningInput } from "./parse-screening-input";
import type { ScreeningInput } from "./screening-input";
import { LOCALES, MESSAGES, messageKeys, renderMessage } from "./testing/render-message";

function screen(edition: number, raw: unknown) {
  const parsed = parseScreeningInput(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const ruleSet = builtInRuleSet(edition);
  if (!ruleSet) throw new Error(`no edition ${edition}`);
  return evaluate(ruleSet, parsed.data satisfies ScreeningInput);
}

function sentence(locale: "ja" | "en", edition: number, raw: unknown, criterionId: string): string {
  const criterion = screen(edition, raw).children[0]?.criteria.find((c) => c.id === criterionId);
  if (!criterion) throw new Error(`no ${criterionId}`);
  return renderMessage(locale, criterion.messageKey, criterion.params);
}

const household = {
  appliedAt: "2026-01-15T12:00:00+09:00",
  livesInJapan: true,
  householdSize: 3,
  incomeByYear: { "2024": 1380000 },
  pensionOnlyIncome: false,
  lifeSituations: ["A"],
  costDifficulty: true,
  children: [{ birthDate: "2013-04-02", schoolKind: "jhs", schoolType: "regular" }],
};

describe("eligibility messages", () => {
  it("has the same keys in Japanese and English", () => {
    expect(messageKeys(MESSAGES.ja).sort()).toEqual(messageKeys(MESSAGES.en).sort());
  });

  it("is valid ICU in both languages (only missing values may stop a message rendering without params)", () => {
    for (const locale of LOCALES) {
      for (const key of messageKeys(MESSAGES[locale])) {
        try {
          renderMessage(locale, key);
        } catch (error) {
          expect((error as { code?: string }).code, `${locale} ${key}`).toBe("FORMATTING_ERROR");
        }
      }
    }
  });

  it("explains the income test in a plain sentence with yen amounts", () => {
    expect(sentence("en", 2026, household, "income")).toBe(
      "Your income after deductions (所得) for 2024 (¥1,380,000) is within the guideline for a household of 3 (¥1,500,000).",
    );
    expect(sentence("ja", 2026, household, "income")).toBe(
      "2024年の所得（1,380,000円）は、3人世帯の目安額（1,500,000円）以内です。",
    );
    expect(sentence("en", 2026, { ...household, pensionOnlyIncome: true }, "income")).toContain(
      "(¥1,250,000, the line for pension-only income)",
    );
  });

  it("writes birth dates with the era in Japanese and the month name in English", () => {
    expect(sentence("ja", 2026, household, "schoolEntry")).toBe(
      "2013年（平成25年）4月2日生まれのお子さんは、2026年4月に中学校の1年生になります。",
    );
    expect(sentence("en", 2026, household, "schoolEntry")).toBe(
      "Born on 2 April 2013, the child enters the first year of junior high school in April 2026.",
    );
    const hs = { ...household, children: [{ birthDate: "2008-04-01", schoolKind: "hs", firstTimeHighSchool: true }] };
    expect(sentence("en", 2026, hs, "hsBirthDateLimit")).toBe(
      "Born on 1 April 2008. New high-school students must be born on or after 2 April 2008.",
    );
    expect(sentence("ja", 2026, hs, "hsBirthDateLimit")).toBe(
      "2008年（平成20年）4月1日生まれです。高校に入学するお子さんは、2008年（平成20年）4月2日以降に生まれている必要があります。",
    );
  });

  it("gives the application period in Japan time", () => {
    const late = { ...household, appliedAt: "2026-01-23T03:00:00Z" };
    expect(sentence("en", 2026, late, "applicationWindow")).toBe(
      "The application period ended at 12:00 on 23 January 2026 (Japan time). Applications cannot be accepted after that for any reason.",
    );
    expect(sentence("ja", 2026, late, "applicationWindow")).toBe(
      "申請期間は2026年1月23日 12:00（日本時間）に終了しました。締め切り後の申請は、理由にかかわらず受け付けられません。",
    );
  });

  it("summarises each child's outcome with the amount", () => {
    const child = screen(2026, household).children[0];
    if (!child) throw new Error("no child");
    expect(renderMessage("en", child.summary.messageKey, child.summary.params)).toContain("the support is ¥30,000.");
    expect(renderMessage("ja", child.summary.messageKey, child.summary.params)).toContain("給付額は30,000円です。");
    const unknownKind = screen(2026, { appliedAt: household.appliedAt, children: [{}] }).children[0];
    if (!unknownKind) throw new Error("no child");
    expect(renderMessage("en", unknownKind.summary.messageKey, unknownKind.summary.params)).toBe(
      "Staff need to check some answers or documents before deciding.",
    );
  });

  it("has a title for every criterion and a name for every school type and life situation", () => {
    for (const locale of LOCALES) {
      for (const ruleSet of BUILT_IN_RULE_SETS) {
        const child = screen(ruleSet.edition, { ...household, appliedAt: ruleSet.window.opensAt }).children[0];
        for (const criterion of child?.criteria ?? [])
          expect(renderMessage(locale, `criteria.${criterion.id}.title`)).not.toBe("");
      }
      for (const letter of ["A", "B", "C", "D", "E", "F", "G", "H"])
        expect(renderMessage(locale, `lifeSituations.${letter}`)).not.toBe("");
    }
  });
});
