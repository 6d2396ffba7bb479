import type { StatusLookupFormValues, StatusLookupIssue } from "@/lib/applications/status-lookup-schema";
import type { StatusView } from "./status-view";

/** Problems shown above the lookup form; keys of the "status.errors" messages. */
export type StatusNotice = "notFound" | "limited" | "unavailable" | "uploadNotReceived";

export type StatusLookupResponse =
  | { kind: "found"; view: StatusView }
  | { kind: "invalid"; issues: StatusLookupIssue[] }
  | { kind: "notice"; notice: StatusNotice };

/** The lookup form's state between the browser and its server action. */
export interface StatusLookupState {
  /** Counts answers, so the error summary takes focus again when the same problem repeats. */
  attempt: number;
  /** What the boxes hold: as typed after a problem, empty after a lookup that found something. */
  values: StatusLookupFormValues;
  response?: StatusLookupResponse;
}

export const EMPTY_LOOKUP: StatusLookupFormValues = {
  referenceNumber: "",
  birthDate: { year: "", month: "", day: "" },
};
