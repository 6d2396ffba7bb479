"use client";

import { useTranslations } from "next-intl";
import { describedBy, FieldError, fieldIds, groupClass } from "@/components/form/field-parts";
import { TextInput } from "@/components/form/text-input";
import { PREFECTURES } from "@/lib/address/prefectures";
import { PostalCodeFinder } from "./postal-code-finder";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

export function AddressFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.address");
  const { register, common, error } = useFieldKit(props);
  const line = (name: "city" | "street" | "building", autoComplete: string) => (
    <TextInput
      name={`address.${name}`}
      label={t(name)}
      hint={t(`${name}Hint`)}
      error={error(`address.${name}`)}
      autoComplete={autoComplete}
      registration={register(`address.${name}`)}
      {...common}
    />
  );
  const prefecture = fieldIds("address.prefecture");
  const prefectureError = error("address.prefecture");
  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <PostalCodeFinder {...props} />
      <div className={groupClass(!!prefectureError)}>
        <label htmlFor={prefecture.input} className="mb-2 block text-xl font-bold">
          {t("prefecture")}
        </label>
        <FieldError id={prefecture.error} message={prefectureError} label={common.errorLabel} />
        <select
          id={prefecture.input}
          autoComplete="address-level1"
          aria-describedby={describedBy("address.prefecture", false, !!prefectureError)}
          aria-invalid={prefectureError ? true : undefined}
          className={`h-11 border-2 bg-white px-2 text-lg ${prefectureError ? "border-red-700" : "border-black"}`}
          {...register("address.prefecture")}
        >
          <option value="">{t("choosePrefecture")}</option>
          {PREFECTURES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {line("city", "address-level2")}
      {line("street", "address-line1")}
      {line("building", "address-line2")}
    </>
  );
}
