"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function ApplicantFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.applicant");
  const { register, control, common, error } = useFieldKit(props);
  const role = useWatch({ control, name: "applicant.role" });
  return (
    <Radios
      name="applicant.role"
      legend={t("question")}
      hint={t("hint")}
      isPageHeading
      error={error("applicant.role") ?? error("applicant")}
      selected={role}
      registration={register("applicant.role")}
      options={[
        { value: "guardian", label: t("guardian"), hint: t("guardianHint") },
        {
          value: "supporter",
          label: t("supporter"),
          hint: t("supporterHint"),
          reveal: (
            <>
              <TextInput
                name="applicant.organisation"
                label={t("organisation")}
                hint={t("organisationHint")}
                error={error("applicant.organisation")}
                autoComplete="organization"
                registration={register("applicant.organisation")}
                {...common}
              />
              <TextInput
                name="applicant.relationship"
                label={t("relationship")}
                hint={t("relationshipHint")}
                error={error("applicant.relationship")}
                autoComplete="off"
                registration={register("applicant.relationship")}
                {...common}
              />
            </>
          ),
        },
      ]}
      {...common}
    />
  );
}
