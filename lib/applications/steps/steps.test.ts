import { describe, expect, it } from "vitest";
import { applicantStep } from "./applicant-step";
import { childrenStep } from "./children-step";
import { costDifficultyStep } from "./cost-difficulty-step";
import { documentsStep } from "./documents-step";
import { householdStep } from "./household-step";
import { parseAnswers } from "./parse-answers";
import { situationsStep } from "./situations-step";
import { surveyStep } from "./survey-step";

const keys = (result: ReturnType<typeof parseAnswers>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path} ${i.messageKey}`);

describe("applicant step", () => {
  it("asks a supporter for organisation and relationship", () => {
    expect(parseAnswers(applicantStep, { applicant: { role: "guardian" } }).ok).toBe(true);
    expect(keys(parseAnswers(applicantStep, { applicant: { role: "supporter", organisation: " " } }))).toEqual([
      "applicant.organisation application.errors.organisationRequired",
      "applicant.relationship application.errors.relationshipRequired",
    ]);
    expect(
      keys(
        parseAnswers(applicantStep, {
          applicant: { role: "supporter", organisation: "A\nB", relationship: "x".repeat(101) },
        }),
      ),
    ).toEqual([
      "applicant.organisation application.errors.textCharacters",
      "applicant.relationship application.errors.textTooLong",
    ]);
    expect(keys(parseAnswers(applicantStep, { applicant: { role: "admin" } }))).toEqual([
      "applicant.role application.errors.applicantRole",
    ]);
  });
});

describe("household step", () => {
  it("reads numbers as typed on a phone and checks dependants against the household", () => {
    const typed = { household: { size: "４", dependants: "3", publicAssistance: "yes", pensionOnlyIncome: false } };
    expect(parseAnswers(householdStep, typed)).toEqual({
      ok: true,
      data: { household: { size: 4, dependants: 3, publicAssistance: true, pensionOnlyIncome: false } },
    });
    const tooMany = { household: { size: 2, dependants: 2, publicAssistance: "no", pensionOnlyIncome: "no" } };
    expect(keys(parseAnswers(householdStep, tooMany))).toEqual(["household.dependants application.errors.dependants"]);
    expect(
      keys(
        parseAnswers(householdStep, {
          household: { size: 2.5, dependants: -1, publicAssistance: 1, pensionOnlyIncome: "" },
        }),
      ),
    ).toEqual([
      "household.size application.errors.householdSize",
      "household.dependants application.errors.dependants",
      "household.publicAssistance application.errors.publicAssistance",
      "household.pensionOnlyIncome application.errors.pensionOnlyIncome",
    ]);
  });
});

describe("children step", () => {
  const child = {
    familyName: "見本",
    givenName: "太郎",
    familyNameKana: "ミホン",
    givenNameKana: "タロウ",
    schoolType: "regular",
  };

  it("asks the first-time question for high school only", () => {
    const jhs = {
      ...child,
      birthDate: { year: "２０１３", month: "6", day: "15" },
      schoolKind: "jhs",
      firstTimeHighSchool: "no",
    };
    const parsed = parseAnswers(childrenStep, { children: [jhs] });
    expect(parsed.ok && parsed.data.children[0]).toMatchObject({ birthDate: "2013-06-15", firstTimeHighSchool: null });
    const hs = { ...child, birthDate: "2010-07-20", schoolKind: "hs" };
    expect(keys(parseAnswers(childrenStep, { children: [hs] }))).toEqual([
      "children.0.firstTimeHighSchool application.errors.firstTimeHighSchool",
    ]);
  });

  it("refuses impossible dates and more than ten children", () => {
    const badDate = { ...child, birthDate: "2013-02-30", schoolKind: "jhs" };
    expect(keys(parseAnswers(childrenStep, { children: [badDate] }))).toEqual([
      "children.0.birthDate application.errors.childBirthDate",
    ]);
    const eleven = Array.from({ length: 11 }, () => ({ ...child, birthDate: "2013-06-15", schoolKind: "jhs" }));
    expect(keys(parseAnswers(childrenStep, { children: eleven }))).toEqual([
      "children application.errors.tooManyChildren",
    ]);
  });
});

describe("situations step", () => {
  it("takes none on its own, and the pension answer only with E", () => {
    expect(
      parseAnswers(situationsStep, {
        situations: { lifeSituations: ["none"], receivesDisabilityOrSurvivorPension: "yes" },
      }),
    ).toEqual({
      ok: true,
      data: { situations: { lifeSituations: [], receivesDisabilityOrSurvivorPension: null } },
    });
    expect(keys(parseAnswers(situationsStep, { situations: { lifeSituations: ["none", "A"] } }))).toEqual([
      "situations.lifeSituations application.errors.lifeSituationsNone",
    ]);
    expect(keys(parseAnswers(situationsStep, { situations: { lifeSituations: ["E"] } }))).toEqual([
      "situations.receivesDisabilityOrSurvivorPension application.errors.pension",
    ]);
    expect(keys(parseAnswers(situationsStep, { situations: { lifeSituations: ["X"] } }))).toEqual([
      "situations.lifeSituations.0 application.errors.lifeSituations",
    ]);
  });
});

describe("cost difficulty step", () => {
  it("accepts no as an answer: the engine decides", () => {
    expect(parseAnswers(costDifficultyStep, { costDifficulty: "no" })).toEqual({
      ok: true,
      data: { costDifficulty: false },
    });
    expect(keys(parseAnswers(costDifficultyStep, {}))).toEqual(["costDifficulty application.errors.costDifficulty"]);
  });
});

describe("documents step", () => {
  const file = {
    checklistItem: "income_proof",
    storageKey: "uploads/2026/abc.pdf",
    mimeType: "application/pdf",
    size: 100,
  };

  it("accepts stored files and nothing at all", () => {
    expect(parseAnswers(documentsStep, { documents: { files: [file], sendLater: [] } }).ok).toBe(true);
    expect(parseAnswers(documentsStep, {})).toEqual({ ok: true, data: { documents: { files: [], sendLater: [] } } });
  });

  it("refuses keys that leave the storage folder, other types, oversized and repeated files", () => {
    for (const storageKey of ["../x.pdf", "/etc/passwd", "a\\b", "a/../../b", "a/b/c/d/e"]) {
      expect(
        keys(parseAnswers(documentsStep, { documents: { files: [{ ...file, storageKey }], sendLater: [] } })),
      ).toEqual(["documents.files.0.storageKey application.errors.storedFile"]);
    }
    const wrong = { ...file, mimeType: "text/html", size: 50 * 1024 * 1024 };
    expect(keys(parseAnswers(documentsStep, { documents: { files: [wrong], sendLater: [] } }))).toEqual([
      "documents.files.0.mimeType application.errors.storedFile",
      "documents.files.0.size application.errors.storedFile",
    ]);
    expect(keys(parseAnswers(documentsStep, { documents: { files: [file, file], sendLater: [] } }))).toEqual([
      "documents.files.1.storageKey application.errors.storedFile",
    ]);
  });
});

describe("survey step", () => {
  it("is optional as a whole and field by field", () => {
    expect(parseAnswers(surveyStep, {})).toEqual({ ok: true, data: {} });
    expect(parseAnswers(surveyStep, { survey: { expectedCostYen: "", comment: "制服が高い\n体操服も" } })).toEqual({
      ok: true,
      data: { survey: { expectedCostYen: undefined, hardestCosts: undefined, comment: "制服が高い 体操服も" } },
    });
    // What the form posts when nothing is filled in: an empty box and no ticked checkbox.
    expect(parseAnswers(surveyStep, { survey: { expectedCostYen: "", hardestCosts: false, comment: "" } })).toEqual({
      ok: true,
      data: { survey: { expectedCostYen: undefined, hardestCosts: undefined, comment: undefined } },
    });
    expect(keys(parseAnswers(surveyStep, { survey: { expectedCostYen: "lots", hardestCosts: ["yacht"] } }))).toEqual([
      "survey.expectedCostYen application.errors.surveyAmount",
      "survey.hardestCosts.0 application.errors.surveyChoice",
    ]);
  });
});
