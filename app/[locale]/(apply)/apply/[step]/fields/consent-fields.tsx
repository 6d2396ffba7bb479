"use client";

import { useTranslations } from "next-intl";
import { FieldError, fieldIds, groupClass } from "@/components/form/field-parts";
import { Link } from "@/i18n/navigation";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function ConsentFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.consent");
  const { register, common, error } = useFieldKit(props);
  const agreement = (name: "privacy" | "dataUse") => {
    const path = `consent.${name}`;
    const ids = fieldIds(path);
    const problem = error(path);
    return (
      <div className={groupClass(!!problem)}>
        <FieldError id={ids.error} message={problem} label={common.errorLabel} />
        <div className="flex items-start gap-3">
          <input
            id={ids.input}
            type="checkbox"
            value="yes"
            aria-describedby={problem ? ids.error : undefined}
            aria-invalid={problem ? true : undefined}
            className="mt-0.5 size-8 shrink-0 accent-black"
            {...register(path)}
          />
          <label htmlFor={ids.input} className="pt-1">
            {t(name)}
          </label>
        </div>
      </div>
    );
  };
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-3">{t("intro")}</p>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>{t("use1")}</li>
        <li>{t("use2")}</li>
        <li>{t("use3")}</li>
      </ul>
      <p className="mb-6">
        <Link href="/privacy" target="_blank" className="text-blue-800 underline underline-offset-4">
          {t("privacyLink")}
        </Link>
      </p>
      {error("consent") && <p className="mb-4 font-bold text-red-700">{error("consent")}</p>}
      {agreement("privacy")}
      {agreement("dataUse")}
    </>
  );
}
