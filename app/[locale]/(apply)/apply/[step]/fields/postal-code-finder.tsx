"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type KeyboardEvent } from "react";
import { describedBy, FieldError, fieldIds, Hint } from "@/components/form/field-parts";
import { fillAddress, formatCandidate, sharedAddress } from "@/lib/address/fill-address";
import type { AddressCandidate } from "@/lib/address/lookup-postal-code";
import { lookupAddress } from "../lookup-address-action";
import { AddressCandidates } from "./address-candidates";
import { SecondaryButton } from "./secondary-button";
import type { StepFieldsProps } from "./step-fields-props";

const POSTAL_CODE = "address.postalCode";

type Outcome =
  | { kind: "idle" }
  | { kind: "message"; text: string; problem: boolean }
  | { kind: "choose"; text: string; candidates: AddressCandidate[]; chosen?: number };

/**
 * The postal code with a "Find address" button (GOV.UK "find an address"): the server looks the
 * code up and fills in the prefecture, city and, when the code names one area, the start of the
 * street; when it stands for several, the parent picks one. Everything stays editable, and a code
 * we do not know just means typing the address. Results are announced to screen readers.
 */
export function PostalCodeFinder({ form, error, errorLabel, context }: StepFieldsProps) {
  const t = useTranslations("apply.steps.address");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  // The town a lookup put into the street line, which a later lookup may replace.
  const filledStreet = useRef("");
  const ids = fieldIds(POSTAL_CODE);
  const fieldError = error(POSTAL_CODE);

  const fill = (found: Partial<AddressCandidate>) => {
    const text = (path: string) => String(form.getValues(path) ?? "");
    const current = {
      prefecture: text("address.prefecture"),
      city: text("address.city"),
      street: text("address.street"),
    };
    const next = fillAddress(current, found, filledStreet.current);
    for (const part of ["prefecture", "city", "street"] as const) {
      if (next[part] !== current[part]) form.setValue(`address.${part}`, next[part], { shouldDirty: true });
    }
    if (found.town !== undefined && next.street === found.town) filledStreet.current = found.town;
  };

  const find = () =>
    startTransition(async () => {
      const result = await lookupAddress(context.locale, String(form.getValues(POSTAL_CODE) ?? "")).catch(() => ({
        ok: false as const,
        message: t("lookupFailed"),
      }));
      if (!result.ok) {
        setOutcome({ kind: "message", text: result.message, problem: true });
        return;
      }
      form.setValue(POSTAL_CODE, result.postalCode, { shouldDirty: true });
      fill(sharedAddress(result.candidates));
      const [only] = result.candidates;
      if (result.candidates.length === 1 && only) {
        setOutcome({ kind: "message", text: t("foundOne", { address: formatCandidate(only) }), problem: false });
      } else {
        const text = t("foundMany", { count: result.candidates.length });
        setOutcome({ kind: "choose", text, candidates: result.candidates });
      }
    });

  const choose = (index: number) => {
    if (outcome.kind !== "choose") return;
    const candidate = outcome.candidates[index];
    if (!candidate) return;
    fill(candidate.town === "" ? { prefecture: candidate.prefecture, city: candidate.city } : candidate);
    setOutcome({ ...outcome, chosen: index, text: t("filled", { address: formatCandidate(candidate) }) });
  };

  // Enter in the postal code finds the address instead of sending the page (not while an IME is
  // still composing, where Enter confirms the characters).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!pending) find();
  };

  const problem = outcome.kind === "message" && outcome.problem;
  return (
    <>
      <div className={`mb-4 ${fieldError ? "border-l-4 border-red-700 pl-4" : ""}`}>
        <label htmlFor={ids.input} className="mb-2 block text-xl font-bold">
          {t("postalCode")}
        </label>
        <Hint id={ids.hint}>{t("postalCodeFindHint")}</Hint>
        <FieldError id={ids.error} message={fieldError} label={errorLabel} />
        <div className="flex flex-wrap items-center gap-3">
          <input
            id={ids.input}
            inputMode="numeric"
            autoComplete="postal-code"
            enterKeyHint="search"
            aria-describedby={describedBy(POSTAL_CODE, true, !!fieldError)}
            aria-invalid={fieldError ? true : undefined}
            className={`h-11 w-40 border-2 px-2 text-lg ${fieldError ? "border-red-700" : "border-black"}`}
            onKeyDown={onKeyDown}
            {...form.register(POSTAL_CODE)}
          />
          <SecondaryButton onClick={() => !pending && find()} aria-disabled={pending || undefined}>
            {t("findAddress")}
          </SecondaryButton>
        </div>
      </div>
      <p
        role="status"
        data-testid="address-lookup-status"
        className={`mb-6 ${problem ? "border-l-4 border-yellow-500 bg-yellow-50 p-3 font-bold" : ""}`}
      >
        {pending ? t("finding") : outcome.kind === "idle" ? "" : outcome.text}
      </p>
      {outcome.kind === "choose" && (
        <AddressCandidates
          candidates={outcome.candidates}
          chosen={outcome.chosen}
          onChoose={choose}
          legend={t("chooseAddress")}
          placeholder={t("chooseAddressPlaceholder", { count: outcome.candidates.length })}
        />
      )}
    </>
  );
}
