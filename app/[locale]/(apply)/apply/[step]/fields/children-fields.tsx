"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { DateInput } from "@/components/form/date-input";
import { Radios } from "@/components/form/radios";
import { ChildGradeNote } from "./child-grade-note";
import { PersonNameFields } from "./person-name-fields";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

const MAX_CHILDREN = 10;

export const EMPTY_CHILD = {
  familyName: "",
  givenName: "",
  familyNameKana: "",
  givenNameKana: "",
  birthDate: { year: "", month: "", day: "" },
};

export function ChildrenFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.children");
  const tSchoolTypes = useTranslations("eligibility.schoolTypes");
  const { register, control, common, error, yesNo, dateLabels } = useFieldKit(props);
  const { fields, append, remove } = useFieldArray({ control, name: "children" });
  const kinds = useWatch({ control, name: "children" }) as { schoolKind?: string }[] | undefined;
  const { edition, schoolTypes } = props.context;
  // A child just added: move focus to its first box, so keyboard and screen-reader users land there.
  const count = useRef(fields.length);
  useEffect(() => {
    if (fields.length > count.current)
      document.getElementById(`field-children.${fields.length - 1}.familyName`)?.focus();
    count.current = fields.length;
  }, [fields.length]);

  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro", { year: edition })}</p>
      {error("children") && (
        <p id="field-children" tabIndex={-1} className="mb-6 font-bold text-red-700">
          <span className="sr-only">{props.errorLabel}: </span>
          {error("children")}
        </p>
      )}
      {fields.map((field, index) => {
        const path = `children.${index}`;
        return (
          <section
            key={field.id}
            aria-labelledby={`child-${index}-heading`}
            className="mb-10 border-t-4 border-gray-300 pt-6"
          >
            <h2 id={`child-${index}-heading`} className="mb-4 text-2xl font-bold">
              {t("childHeading", { number: index + 1 })}
            </h2>
            <PersonNameFields prefix={path} forSelf={false} {...props} />
            <DateInput
              name={`${path}.birthDate`}
              legend={t("birthDate")}
              hint={t("birthDateHint")}
              error={error(`${path}.birthDate`)}
              labels={dateLabels}
              register={register}
              {...common}
            />
            <ChildGradeNote control={control} index={index} edition={edition} />
            <Radios
              name={`${path}.schoolKind`}
              legend={t("schoolKind", { year: edition })}
              error={error(`${path}.schoolKind`)}
              selected={kinds?.[index]?.schoolKind}
              registration={register(`${path}.schoolKind`)}
              options={[
                { value: "jhs", label: t("jhs") },
                {
                  value: "hs",
                  label: t("hs"),
                  reveal: (
                    <Radios
                      name={`${path}.firstTimeHighSchool`}
                      legend={t("firstTime")}
                      hint={t("firstTimeHint")}
                      error={error(`${path}.firstTimeHighSchool`)}
                      options={yesNo}
                      registration={register(`${path}.firstTimeHighSchool`)}
                      {...common}
                    />
                  ),
                },
              ]}
              {...common}
            />
            <Radios
              name={`${path}.schoolType`}
              legend={t("schoolType")}
              error={error(`${path}.schoolType`)}
              options={schoolTypes.map((type) => ({ value: type, label: tSchoolTypes(type) }))}
              registration={register(`${path}.schoolType`)}
              {...common}
            />
            {fields.length > 1 && (
              <button
                type="button"
                onClick={() => remove(index)}
                className="mb-4 text-red-800 underline underline-offset-4"
              >
                {t("remove", { number: index + 1 })}
              </button>
            )}
          </section>
        );
      })}
      {fields.length < MAX_CHILDREN && (
        <button
          type="button"
          onClick={() => append(EMPTY_CHILD, { shouldFocus: false })}
          className="mb-8 block rounded-sm border-2 border-gray-800 bg-gray-100 px-4 py-2 font-bold"
        >
          {t("add")}
        </button>
      )}
    </>
  );
}
