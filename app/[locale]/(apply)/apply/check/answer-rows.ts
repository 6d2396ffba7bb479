import { getTranslations } from "next-intl/server";
import type { ApplicationStepId } from "@/lib/applications/steps/application-steps";
import { findBank, findBranch } from "@/lib/banks/search-banks";
import { formatCalendarDate } from "@/lib/dates/format-japan-time";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { isValidCalendarDate } from "@/lib/school-year/calendar-date";
import { answerRecord as record } from "@/lib/applications/answer-record";

export interface AnswerRow {
  /** The form field the answer came from ("guardian.email"): its Change link goes straight there. */
  field: string;
  /** What was asked, short. */
  key: string;
  /** The answer as the parent gave it, or undefined for "Not provided". */
  value: string | undefined;
}

export interface AnswerSection {
  stepId: ApplicationStepId;
  rows: AnswerRow[];
}

type Values = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== ""
    ? value.trim()
    : typeof value === "number"
      ? String(value)
      : undefined;
const joined = (...parts: unknown[]): string | undefined => parts.map(text).filter(Boolean).join(" ") || undefined;

/** A date as typed (three boxes or YYYY-MM-DD), shown as the locale writes dates; as typed when not a date. */
function dateText(value: unknown, locale: "ja" | "en"): string | undefined {
  const boxes =
    typeof value === "string" ? value.split("-") : [record(value).year, record(value).month, record(value).day];
  const [year, month, day] = boxes.map((part) =>
    Number(
      String(part ?? "")
        .normalize("NFKC")
        .trim() || NaN,
    ),
  );
  if (year !== undefined && month !== undefined && day !== undefined && isValidCalendarDate(year, month, day)) {
    return formatCalendarDate({ year, month, day }, locale);
  }
  return joined(...boxes);
}

/**
 * The draft's answers as "Check your answers" lists them: every question of every page, in the
 * form's order, with the answer as the parent gave it (so a mistake shows as typed).
 */
export async function answerSections(answers: Values, ruleSet: RuleSet, locale: "ja" | "en"): Promise<AnswerSection[]> {
  const t = await getTranslations({ locale, namespace: "apply" });
  const yesNo = (value: unknown) =>
    value === "yes" || value === true ? t("yes") : value === "no" || value === false ? t("no") : undefined;
  const yen = (value: unknown) => {
    const amount = text(value);
    return amount === undefined
      ? undefined
      : amount === "unknown"
        ? t("steps.income.unknown")
        : t("check.yen", { amount });
  };

  const applicant = record(answers.applicant);
  const guardian = record(answers.guardian);
  const address = record(answers.address);
  const household = record(answers.household);
  const situations = record(answers.situations);
  const income = record(answers.income);
  const documents = record(answers.documents);
  const bank = record(answers.bankAccount);
  const consent = record(answers.consent);
  const survey = record(answers.survey);
  const children = Array.isArray(answers.children) ? answers.children.map(record) : [];
  const letters = Array.isArray(situations.lifeSituations) ? situations.lifeSituations.map(String) : [];
  const tSituations = await getTranslations({ locale, namespace: "eligibility.lifeSituations" });
  const tSchoolTypes = await getTranslations({ locale, namespace: "eligibility.schoolTypes" });
  const bankCode = text(bank.bankCode) ?? "";
  const bankEntry = /^\d{4}$/.test(bankCode) ? await findBank(bankCode) : undefined;
  const branchCode = text(bank.branchCode) ?? "";
  const branchEntry = bankEntry && /^\d{3}$/.test(branchCode) ? await findBranch(bankCode, branchCode) : undefined;
  const files = Array.isArray(documents.files) ? documents.files.map(record) : [];
  const later = Array.isArray(documents.sendLater) ? documents.sendLater.map(String) : [];
  const itemIds = [...new Set([...files.map((file) => String(file.checklistItem)), ...later])];
  const label = (id: string) => ruleSet.documents.catalog.find((entry) => entry.id === id)?.label[locale] ?? id;
  const schoolType = (value: unknown) => {
    const type = text(value);
    return type && tSchoolTypes.has(type) ? tSchoolTypes(type) : type;
  };

  const bankRow = {
    field: "bankAccount.bankCode",
    key: t("check.rows.bank"),
    value: bankEntry ? `${bankEntry.name}（${bankEntry.code}）` : text(bank.bankCode),
  };

  return [
    {
      stepId: "applicant",
      rows: [
        {
          field: "applicant.role",
          key: t("check.rows.applicant"),
          value:
            text(applicant.role) && t(`steps.applicant.${applicant.role === "supporter" ? "supporter" : "guardian"}`),
        },
        ...(applicant.role === "supporter"
          ? [
              {
                field: "applicant.organisation",
                key: t("steps.applicant.organisation"),
                value: text(applicant.organisation),
              },
              {
                field: "applicant.relationship",
                key: t("steps.applicant.relationship"),
                value: text(applicant.relationship),
              },
            ]
          : []),
      ],
    },
    {
      stepId: "guardian",
      rows: [
        {
          field: "guardian.familyName",
          key: t("check.rows.name"),
          value: joined(guardian.familyName, guardian.givenName),
        },
        {
          field: "guardian.familyNameKana",
          key: t("check.rows.kana"),
          value: joined(guardian.familyNameKana, guardian.givenNameKana),
        },
        {
          field: "guardian.birthDate",
          key: t("steps.guardian.birthDate"),
          value: dateText(guardian.birthDate, locale),
        },
        { field: "guardian.email", key: t("steps.guardian.email"), value: text(guardian.email) },
        { field: "guardian.mobile", key: t("steps.guardian.mobile"), value: text(guardian.mobile) },
      ],
    },
    {
      stepId: "address",
      rows: [
        { field: "address.postalCode", key: t("steps.address.postalCode"), value: text(address.postalCode) },
        {
          field: "address.city",
          key: t("check.rows.address"),
          value: joined(address.prefecture, address.city, address.street, address.building),
        },
      ],
    },
    {
      stepId: "household",
      rows: [
        { field: "household.size", key: t("steps.household.size"), value: text(household.size) },
        { field: "household.dependants", key: t("steps.household.dependants"), value: text(household.dependants) },
        {
          field: "household.publicAssistance",
          key: t("steps.household.publicAssistance"),
          value: yesNo(household.publicAssistance),
        },
        {
          field: "household.pensionOnlyIncome",
          key: t("steps.household.pensionOnlyIncome"),
          value: yesNo(household.pensionOnlyIncome),
        },
      ],
    },
    {
      stepId: "children",
      rows: children.flatMap((child, index) => [
        {
          field: `children.${index}.familyName`,
          key: t("check.rows.childName", { number: index + 1 }),
          value: joined(child.familyName, child.givenName),
        },
        {
          field: `children.${index}.familyNameKana`,
          key: t("check.rows.kana"),
          value: joined(child.familyNameKana, child.givenNameKana),
        },
        {
          field: `children.${index}.birthDate`,
          key: t("steps.children.birthDate"),
          value: dateText(child.birthDate, locale),
        },
        {
          field: `children.${index}.schoolKind`,
          key: t("check.rows.school"),
          value:
            child.schoolKind === "jhs" || child.schoolKind === "hs"
              ? t(`steps.children.${child.schoolKind}`)
              : undefined,
        },
        ...(child.schoolKind === "hs"
          ? [
              {
                field: `children.${index}.firstTimeHighSchool`,
                key: t("steps.children.firstTime"),
                value: yesNo(child.firstTimeHighSchool),
              },
            ]
          : []),
        {
          field: `children.${index}.schoolType`,
          key: t("steps.children.schoolType"),
          value: schoolType(child.schoolType),
        },
      ]),
    },
    {
      stepId: "situations",
      rows: [
        {
          field: "situations.lifeSituations",
          key: t("check.rows.situations"),
          value: letters.includes("none")
            ? t("steps.situations.none")
            : letters.map((letter) => `${letter}: ${tSituations.has(letter) ? tSituations(letter) : ""}`).join("\n") ||
              undefined,
        },
        ...(letters.includes("E")
          ? [
              {
                field: "situations.receivesDisabilityOrSurvivorPension",
                key: t("steps.situations.pension"),
                value: yesNo(situations.receivesDisabilityOrSurvivorPension),
              },
            ]
          : []),
      ],
    },
    {
      stepId: "income",
      rows: [
        ...Object.entries(record(income.byYear))
          .sort(([a], [b]) => b.localeCompare(a))
          .map(([year, amount]) => ({
            field: `income.byYear.y${year}`,
            key: t("steps.income.question", { year }),
            value: yen(amount),
          })),
        { field: "income.grossIncomeYen", key: t("check.rows.gross"), value: yen(income.grossIncomeYen) },
        { field: "income.suddenIncomeDrop", key: t("check.rows.suddenDrop"), value: yesNo(income.suddenIncomeDrop) },
      ],
    },
    {
      stepId: "costDifficulty",
      rows: [
        { field: "costDifficulty", key: t("steps.costDifficulty.question"), value: yesNo(answers.costDifficulty) },
      ],
    },
    {
      stepId: "documents",
      rows: itemIds.map((id) => {
        const count = files.filter((file) => file.checklistItem === id).length;
        return {
          field: `documents-${id}`,
          key: label(id),
          value: count > 0 ? t("check.files", { count }) : later.includes(id) ? t("check.sendLater") : undefined,
        };
      }),
    },
    {
      stepId: "bankAccount",
      rows:
        bank.yuchoEntry === "passbook"
          ? [
              bankRow,
              { field: "bankAccount.symbol", key: t("steps.bankAccount.yucho.symbol"), value: text(bank.symbol) },
              { field: "bankAccount.number", key: t("steps.bankAccount.yucho.number"), value: text(bank.number) },
              { field: "bankAccount.holderName", key: t("steps.bankAccount.holderName"), value: text(bank.holderName) },
            ]
          : [
              bankRow,
              {
                field: "bankAccount.branchCode",
                key: t("check.rows.branch"),
                value: branchEntry ? `${branchEntry.name}（${branchEntry.code}）` : text(bank.branchCode),
              },
              {
                field: "bankAccount.accountType",
                key: t("steps.bankAccount.accountType"),
                value:
                  text(bank.accountType) && t.has(`steps.bankAccount.accountTypes.${bank.accountType}`)
                    ? t(`steps.bankAccount.accountTypes.${bank.accountType}`)
                    : undefined,
              },
              {
                field: "bankAccount.accountNumber",
                key: t("steps.bankAccount.accountNumber"),
                value: text(bank.accountNumber),
              },
              { field: "bankAccount.holderName", key: t("steps.bankAccount.holderName"), value: text(bank.holderName) },
            ],
    },
    {
      stepId: "consent",
      rows: [
        {
          field: "consent.privacy",
          key: t("check.rows.privacy"),
          value: yesNo(consent.privacy === "yes" || consent.privacy === true ? "yes" : undefined),
        },
        {
          field: "consent.dataUse",
          key: t("check.rows.dataUse"),
          value: yesNo(consent.dataUse === "yes" || consent.dataUse === true ? "yes" : undefined),
        },
      ],
    },
    {
      stepId: "survey",
      rows: [
        { field: "survey.expectedCostYen", key: t("steps.survey.expectedCost"), value: yen(survey.expectedCostYen) },
        {
          field: "survey.hardestCosts",
          key: t("steps.survey.hardestCosts"),
          value:
            Array.isArray(survey.hardestCosts) && survey.hardestCosts.length > 0
              ? survey.hardestCosts
                  .map((item) =>
                    t.has(`steps.survey.costItems.${item}`) ? t(`steps.survey.costItems.${item}`) : String(item),
                  )
                  .join(locale === "ja" ? "、" : ", ")
              : undefined,
        },
        { field: "survey.comment", key: t("steps.survey.comment"), value: text(survey.comment) },
      ],
    },
  ];
}
