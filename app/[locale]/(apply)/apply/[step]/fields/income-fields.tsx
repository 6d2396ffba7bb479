"use client";

import { useTranslations } from "next-intl";
import { IncomeField } from "@/components/form/income-field";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function IncomeFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.income");
  const { register, common, error, yesNo } = useFieldKit(props);
  const { incomeYears, edition, locale } = props.context;
  const [latestYear] = incomeYears;
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <details className="mb-6">
        <summary className="cursor-pointer text-blue-800 underline underline-offset-4">{t("helpSummary")}</summary>
        <div className="mt-2 border-l-4 border-gray-400 pl-4">
          <p className="mb-2">{t("help1")}</p>
          <p>{t("help2", { year: latestYear ?? edition - 2 })}</p>
        </div>
      </details>
      {incomeYears.map((year) => (
        <IncomeField
          key={year}
          amountField={`income.byYear.y${year}`}
          unknownField={`income.unknown.y${year}`}
          label={t("question", { year })}
          hint={t("hint")}
          unknownLabel={t("unknown")}
          error={error(`income.byYear.y${year}`)}
          locale={locale}
          register={register}
          {...common}
        />
      ))}
      <TextInput
        name="income.grossIncomeYen"
        label={t("gross", { year: latestYear ?? edition - 2 })}
        hint={t("grossHint")}
        error={error("income.grossIncomeYen")}
        inputMode="numeric"
        autoComplete="off"
        className="w-48"
        prefix={locale === "en" ? "¥" : undefined}
        suffix={locale === "ja" ? "円" : undefined}
        registration={register("income.grossIncomeYen")}
        {...common}
      />
      <Radios
        name="income.suddenIncomeDrop"
        legend={t("suddenDrop", { year: edition - 1 })}
        hint={t("suddenDropHint")}
        error={error("income.suddenIncomeDrop")}
        options={yesNo}
        registration={register("income.suddenIncomeDrop")}
        {...common}
      />
    </>
  );
}
