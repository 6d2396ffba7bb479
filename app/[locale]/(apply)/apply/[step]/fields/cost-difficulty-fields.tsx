"use client";

import { useTranslations } from "next-intl";
import { Radios } from "@/components/form/radios";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function CostDifficultyFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.costDifficulty");
  const { register, common, error, yesNo } = useFieldKit(props);
  return (
    <Radios
      name="costDifficulty"
      legend={t("question")}
      hint={t("hint")}
      isPageHeading
      error={error("costDifficulty")}
      options={yesNo}
      registration={register("costDifficulty")}
      {...common}
    />
  );
}
