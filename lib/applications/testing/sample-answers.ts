/**
 * A complete, valid set of application answers as a phone form would post them (strings as
 * typed), for the 2026 edition. Every person in it is fictional: 見本 (sample) is the family name.
 */
export function sampleAnswers(): Record<string, unknown> {
  return {
    applicant: { role: "guardian" },
    guardian: {
      familyName: "見本",
      givenName: "花子",
      familyNameKana: "みほん",
      givenNameKana: "はなこ",
      birthDate: { year: "1985", month: "4", day: "1" },
      email: "sample.hanako@example.com",
      mobile: "090-1234-5678",
    },
    address: { postalCode: "100-0001", prefecture: "東京都", city: "千代田区", street: "千代田1-1", building: "" },
    household: { size: "3", dependants: "2", publicAssistance: "no", pensionOnlyIncome: "no" },
    children: [
      {
        familyName: "見本",
        givenName: "太郎",
        familyNameKana: "ミホン",
        givenNameKana: "タロウ",
        birthDate: "2013-06-15",
        schoolKind: "jhs",
        schoolType: "regular",
      },
      {
        familyName: "見本",
        givenName: "次郎",
        familyNameKana: "ミホン",
        givenNameKana: "ジロウ",
        birthDate: "2010-07-20",
        schoolKind: "hs",
        schoolType: "regular",
        firstTimeHighSchool: "yes",
      },
    ],
    income: { byYear: { "2024": "1,000,000" }, grossIncomeYen: "", suddenIncomeDrop: "no" },
    situations: { lifeSituations: ["A"] },
    costDifficulty: "yes",
    documents: {
      files: [
        { checklistItem: "income_proof", storageKey: "sample/0001.pdf", mimeType: "application/pdf", size: 1234 },
      ],
      sendLater: ["disability_proof"],
    },
    bankAccount: {
      bankCode: "0001",
      branchCode: "001",
      accountType: "ordinary",
      accountNumber: "7654321",
      holderName: "ミホン ハナコ",
    },
    consent: { privacy: "yes", dataUse: "yes" },
    survey: { expectedCostYen: "80000", hardestCosts: ["uniform"], comment: "" },
  };
}
