import type { FieldValues, UseFormReturn } from "react-hook-form";

/** What the server page knows and a step's fields need (plain data: it crosses to the browser). */
export interface StepContext {
  locale: "ja" | "en";
  edition: number;
  /** The 所得 years asked, newest first (situation E adds an earlier one). */
  incomeYears: number[];
  /** Life situations the edition offers, in order. */
  situations: string[];
  schoolTypes: string[];
}

export interface StepFieldsProps {
  form: UseFormReturn<FieldValues>;
  /** The translated problem with the field at this path, if any. */
  error: (path: string) => string | undefined;
  /** Read by screen readers before each error ("Error: …"). */
  errorLabel: string;
  context: StepContext;
}
