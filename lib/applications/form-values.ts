import type { ApplicationStepId } from "./steps/application-steps";
import { answerRecord as record } from "./answer-record";

/**
 * The form's shape of a step's answers, where it differs from the stored shape. Income is kept
 * by year ({ "2024": "1380000" }), but a form library reads "income.byYear.2024" as an array
 * index, so the form names each year "y2024" and holds "I don't know" as its own box.
 */
type Values = Record<string, unknown>;

const YEAR_KEY = /^y(\d{4})$/;

/** Stored answers → the form's default values for one step. */
export function toFormValues(stepId: ApplicationStepId, answers: Values): Values {
  if (stepId !== "income") return answers;
  const income = record(answers.income);
  const amounts: Values = {};
  const unknown: Values = {};
  for (const [year, amount] of Object.entries(record(income.byYear))) {
    amounts[`y${year}`] = amount === "unknown" ? "" : amount;
    unknown[`y${year}`] = amount === "unknown";
  }
  return { ...answers, income: { ...income, byYear: amounts, unknown } };
}

/** The form's values → the step's answers as the schema reads them. */
export function fromFormValues(stepId: ApplicationStepId, values: Values): Values {
  if (stepId !== "income") return values;
  const income = record(values.income);
  const unknown = record(income.unknown);
  const byYear: Values = {};
  for (const [key, amount] of Object.entries(record(income.byYear))) {
    const year = YEAR_KEY.exec(key)?.[1];
    if (year) byYear[year] = unknown[key] === true ? "unknown" : amount;
  }
  const rest = { ...income };
  delete rest.unknown;
  return { ...values, income: { ...rest, byYear } };
}

/** The form field an issue's path points at ("income.byYear.2024" → "income.byYear.y2024"). */
export function formFieldPath(issuePath: string): string {
  return issuePath.replace(/^income\.byYear\.(\d{4})$/, "income.byYear.y$1");
}
