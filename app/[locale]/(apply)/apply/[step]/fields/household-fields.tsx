"use client";

import { useTranslations } from "next-intl";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function HouseholdFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.household");
  const { register, common, error, yesNo } = useFieldKit(props);
  const count = (name: "size" | "dependants") => (
    <TextInput
      name={`household.${name}`}
      label={t(name)}
      hint={t(`${name}Hint`)}
      error={error(`household.${name}`)}
      inputMode="numeric"
      autoComplete="off"
      className="w-20"
      suffix={t("people")}
      registration={register(`household.${name}`)}
      {...common}
    />
  );
  const question = (name: "publicAssistance" | "pensionOnlyIncome") => (
    <Radios
      name={`household.${name}`}
      legend={t(name)}
      hint={t(`${name}Hint`)}
      error={error(`household.${name}`)}
      options={yesNo}
      registration={register(`household.${name}`)}
      {...common}
    />
  );
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {count("size")}
      {count("dependants")}
      {question("publicAssistance")}
      {question("pensionOnlyIncome")}
    </>
  );
}
