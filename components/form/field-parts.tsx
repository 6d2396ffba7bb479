import type { ReactNode } from "react";

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="mb-3 text-gray-700">
      {children}
    </div>
  );
}

export function FieldError({ id, message, label }: { id: string; message: string | undefined; label: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mb-3 font-bold text-red-700">
      <span className="sr-only">{label}: </span>
      {message}
    </p>
  );
}

/** ids for a field's parts, so labels, hints and errors are wired to the input for screen readers. */
export function fieldIds(name: string) {
  return { input: `field-${name}`, hint: `${name}-hint`, error: `${name}-error` };
}

export function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  const ids = fieldIds(name);
  return [hint && ids.hint, error && ids.error].filter(Boolean).join(" ") || undefined;
}

export function groupClass(error: boolean) {
  return `mb-8 ${error ? "border-l-4 border-red-700 pl-4" : ""}`;
}

/** The top of a group of options: the legend (the page heading when it is the only question), hint and error. */
export interface GroupHeaderProps {
  name: string;
  legend: string;
  /** The page's only question: the legend is the page heading. */
  isPageHeading?: boolean;
  hint?: string;
  error?: string;
  /** Read before the error by screen readers ("Error: …"). */
  errorLabel: string;
}

export function GroupHeader({ name, legend, isPageHeading, hint, error, errorLabel }: GroupHeaderProps) {
  const ids = fieldIds(name);
  return (
    <>
      <legend className={isPageHeading ? "mb-4 text-3xl font-bold" : "mb-2 text-xl font-bold"}>
        {isPageHeading ? <h1>{legend}</h1> : legend}
      </legend>
      {hint && <Hint id={ids.hint}>{hint}</Hint>}
      <FieldError id={ids.error} message={error} label={errorLabel} />
    </>
  );
}

/** A fieldset of radios or checkboxes with its header, wired for screen readers. */
export function OptionGroup({ children, ...header }: GroupHeaderProps & { children: ReactNode }) {
  return (
    <div className={groupClass(!!header.error)}>
      <fieldset aria-describedby={describedBy(header.name, !!header.hint, !!header.error)}>
        <GroupHeader {...header} />
        <div className="space-y-3">{children}</div>
      </fieldset>
    </div>
  );
}
