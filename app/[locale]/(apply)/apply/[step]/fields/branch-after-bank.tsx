"use client";

import { FieldError, fieldIds, groupClass } from "@/components/form/field-parts";

const BRANCH = "bankAccount.branchCode";

/**
 * Where the branch search appears once a bank is chosen. It carries the branch field's id, so
 * the error summary's "choose your branch" link lands on a sentence saying what to do first.
 */
export function BranchAfterBank({
  label,
  text,
  error,
  errorLabel,
}: {
  label: string;
  text: string;
  error?: string;
  errorLabel: string;
}) {
  const ids = fieldIds(BRANCH);
  return (
    <div className={groupClass(!!error)}>
      <p className="mb-2 text-xl font-bold">{label}</p>
      <FieldError id={ids.error} message={error} label={errorLabel} />
      <p id={ids.input} tabIndex={-1} className="text-gray-700">
        {text}
      </p>
    </div>
  );
}
