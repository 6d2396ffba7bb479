import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { sampleAnswers } from "../testing/sample-answers";
import { applicationSchema, applicationSchemaFor } from "./application-schema";
import { parseAnswers } from "./parse-answers";

const ruleSet = builtInRuleSet(2026)!;

function withChanges(changes: Record<string, unknown>) {
  return { ...sampleAnswers(), ...changes };
}

function issuesOf(raw: unknown) {
  const result = parseAnswers(applicationSchemaFor(ruleSet), raw);
  return result.ok ? [] : result.issues;
}

describe("the whole application", () => {
  it("accepts a complete application and cleans every answer", () => {
    const result = parseAnswers(applicationSchemaFor(ruleSet), sampleAnswers());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.guardian).toMatchObject({ familyNameKana: "ミホン", birthDate: "1985-04-01" });
    expect(result.data.guardian.mobile.e164).toBe("+819012345678");
    expect(result.data.household).toEqual({
      size: 3,
      dependants: 2,
      publicAssistance: false,
      pensionOnlyIncome: false,
    });
    expect(result.data.income).toEqual({
      byYear: { "2024": 1_000_000 },
      grossIncomeYen: null,
      suddenIncomeDrop: false,
    });
    expect(result.data.children.map((child) => child.firstTimeHighSchool)).toEqual([null, true]);
    expect(result.data.bankAccount.holderName).toBe("ﾐﾎﾝ ﾊﾅｺ");
  });

  it("drops fields no step asks for", () => {
    const result = parseAnswers(applicationSchema, withChanges({ isAdmin: true, status: "approved" }));
    expect(result.ok && Object.keys(result.data)).not.toContain("status");
  });

  it("names each wrong field, with keys of the application or fields namespace", () => {
    const issues = issuesOf(
      withChanges({
        household: { size: "25", dependants: "1", publicAssistance: "no", pensionOnlyIncome: "no" },
        consent: { privacy: "yes", dataUse: "no" },
        children: [],
      }),
    );
    expect(issues).toEqual([
      { path: "household.size", messageKey: "application.errors.householdSize" },
      { path: "children", messageKey: "application.errors.children" },
      { path: "consent.dataUse", messageKey: "application.errors.dataUseConsent" },
    ]);
    expect(issuesOf(withChanges({ address: { postalCode: "12" } }))).toContainEqual({
      path: "address.postalCode",
      messageKey: "fields.address.postalCodeFormat",
    });
  });

  it("asks for the earlier year's income when situation E is claimed, and for no other year", () => {
    const withE = withChanges({ situations: { lifeSituations: ["E"], receivesDisabilityOrSurvivorPension: "no" } });
    expect(issuesOf(withE)).toEqual([{ path: "income.byYear.2023", messageKey: "application.errors.incomeAmount" }]);
    const bothYears = { ...withE, income: { byYear: { "2023": "unknown", "2024": "900000" }, suddenIncomeDrop: "no" } };
    expect(issuesOf(bothYears)).toEqual([]);
    const extraYear = withChanges({ income: { byYear: { "2020": "1", "2024": "1" }, suddenIncomeDrop: "no" } });
    expect(issuesOf(extraYear)).toEqual([{ path: "income.byYear.2020", messageKey: "application.errors.incomeYear" }]);
  });

  it("accepts only checklist items of the edition's catalogue", () => {
    const answers = withChanges({ documents: { files: [], sendLater: ["passport"] } });
    expect(issuesOf(answers)).toEqual([
      { path: "documents.sendLater.0", messageKey: "application.errors.checklistItem" },
    ]);
  });

  it("never throws on hostile input", () => {
    const hostile = [null, 42, "x", [], { guardian: { familyName: { toString: null } } }, Object.create(null)];
    for (const raw of hostile) expect(parseAnswers(applicationSchemaFor(ruleSet), raw).ok).toBe(false);
  });
});
