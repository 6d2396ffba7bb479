"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Checkboxes } from "@/components/form/checkboxes";
import { describedBy, FieldError, fieldIds, groupClass, Hint } from "@/components/form/field-parts";
import { TextInput } from "@/components/form/text-input";
import { COST_ITEMS } from "@/lib/applications/steps/cost-items";
import type { StepFieldsProps } from "./step-fields-props";
import { asList, useFieldKit } from "./use-field-kit";

export function SurveyFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.survey");
  const { register, control, common, error } = useFieldKit(props);
  const chosen = asList(useWatch({ control, name: "survey.hardestCosts" }));
  const comment = fieldIds("survey.comment");
  const commentError = error("survey.comment");
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 border-l-4 border-gray-400 pl-4">{t("optional")}</p>
      <TextInput
        name="survey.expectedCostYen"
        label={t("expectedCost")}
        hint={t("expectedCostHint")}
        error={error("survey.expectedCostYen")}
        inputMode="numeric"
        autoComplete="off"
        className="w-48"
        prefix={props.context.locale === "en" ? "¥" : undefined}
        suffix={props.context.locale === "ja" ? "円" : undefined}
        registration={register("survey.expectedCostYen")}
        {...common}
      />
      <Checkboxes
        name="survey.hardestCosts"
        legend={t("hardestCosts")}
        hint={t("hardestCostsHint")}
        error={error("survey.hardestCosts")}
        orLabel=""
        checked={chosen}
        registration={register("survey.hardestCosts")}
        options={COST_ITEMS.map((item) => ({ value: item, label: t(`costItems.${item}`) }))}
        {...common}
      />
      <div className={groupClass(!!commentError)}>
        <label htmlFor={comment.input} className="mb-2 block text-xl font-bold">
          {t("comment")}
        </label>
        <Hint id={comment.hint}>{t("commentHint")}</Hint>
        <FieldError id={comment.error} message={commentError} label={common.errorLabel} />
        <textarea
          id={comment.input}
          rows={4}
          maxLength={500}
          aria-describedby={describedBy("survey.comment", true, !!commentError)}
          aria-invalid={commentError ? true : undefined}
          className={`w-full border-2 p-2 text-lg ${commentError ? "border-red-700" : "border-black"}`}
          {...register("survey.comment")}
        />
      </div>
    </>
  );
}
