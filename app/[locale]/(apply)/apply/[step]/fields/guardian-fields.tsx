"use client";

import { useTranslations } from "next-intl";
import { DateInput } from "@/components/form/date-input";
import { TextInput } from "@/components/form/text-input";
import { PersonNameFields } from "./person-name-fields";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function GuardianFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.guardian");
  const { register, common, error, dateLabels } = useFieldKit(props);
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <PersonNameFields prefix="guardian" forSelf {...props} />
      <DateInput
        name="guardian.birthDate"
        legend={t("birthDate")}
        hint={t("birthDateHint")}
        error={error("guardian.birthDate")}
        labels={dateLabels}
        register={register}
        {...common}
      />
      <TextInput
        name="guardian.email"
        label={t("email")}
        hint={t("emailHint")}
        error={error("guardian.email")}
        type="email"
        autoComplete="email"
        spellCheck={false}
        registration={register("guardian.email")}
        {...common}
      />
      <TextInput
        name="guardian.mobile"
        label={t("mobile")}
        hint={t("mobileHint")}
        error={error("guardian.mobile")}
        type="tel"
        autoComplete="tel"
        className="w-64"
        registration={register("guardian.mobile")}
        {...common}
      />
    </>
  );
}
