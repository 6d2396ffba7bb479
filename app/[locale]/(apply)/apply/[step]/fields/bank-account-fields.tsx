"use client";

import { useTranslations } from "next-intl";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import { ACCOUNT_TYPES } from "@/lib/banks/bank-account-schema";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function BankAccountFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.bankAccount");
  const { register, common, error } = useFieldKit(props);
  const code = (name: "bankCode" | "branchCode" | "accountNumber", width: string) => (
    <TextInput
      name={`bankAccount.${name}`}
      label={t(name)}
      hint={t(`${name}Hint`)}
      error={error(`bankAccount.${name}`)}
      inputMode="numeric"
      autoComplete="off"
      className={width}
      registration={register(`bankAccount.${name}`)}
      {...common}
    />
  );
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {code("bankCode", "w-28")}
      {code("branchCode", "w-24")}
      <Radios
        name="bankAccount.accountType"
        legend={t("accountType")}
        error={error("bankAccount.accountType")}
        options={ACCOUNT_TYPES.map((type) => ({ value: type, label: t(`accountTypes.${type}`) }))}
        registration={register("bankAccount.accountType")}
        {...common}
      />
      {code("accountNumber", "w-40")}
      <TextInput
        name="bankAccount.holderName"
        label={t("holderName")}
        hint={t("holderNameHint")}
        error={error("bankAccount.holderName")}
        autoComplete="off"
        spellCheck={false}
        registration={register("bankAccount.holderName")}
        {...common}
      />
    </>
  );
}
