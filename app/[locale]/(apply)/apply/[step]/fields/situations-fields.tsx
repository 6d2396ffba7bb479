"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { afterTicking } from "@/components/form/exclusive-choice";
import { LifeSituationCheckboxes } from "@/components/form/life-situation-checkboxes";
import { Radios } from "@/components/form/radios";
import type { StepFieldsProps } from "./step-fields-props";
import { asList, useFieldKit } from "./use-field-kit";

export function SituationsFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.situations");
  const { register, control, common, error, yesNo } = useFieldKit(props);
  const chosen = asList(useWatch({ control, name: "situations.lifeSituations" }));
  const registration = register("situations.lifeSituations");
  const onChange: typeof registration.onChange = async (event) => {
    await registration.onChange(event);
    const target = event.target as HTMLInputElement;
    if (!target.checked) return;
    // "None of these" and a situation cannot both be true: choosing one clears the other.
    const current = asList(props.form.getValues("situations.lifeSituations"));
    props.form.setValue("situations.lifeSituations", afterTicking(current, target.value, "none"));
  };
  return (
    <LifeSituationCheckboxes
      name="situations.lifeSituations"
      legend={t("question")}
      hint={t("hint")}
      isPageHeading
      error={error("situations.lifeSituations") ?? error("situations")}
      orLabel={t("or")}
      noneLabel={t("none")}
      checked={chosen}
      registration={{ ...registration, onChange }}
      situations={props.context.situations}
      revealForE={
        <Radios
          name="situations.receivesDisabilityOrSurvivorPension"
          legend={t("pension")}
          error={error("situations.receivesDisabilityOrSurvivorPension")}
          options={yesNo}
          registration={register("situations.receivesDisabilityOrSurvivorPension")}
          {...common}
        />
      }
      {...common}
    />
  );
}
