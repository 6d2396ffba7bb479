"use server";

import { formArgument } from "@/lib/http/form-argument";
import { headers } from "next/headers";
import { localeOrDefault } from "@/i18n/routing";
import { findApplicationStatus } from "@/lib/applications/find-application-status";
import { guardStatusLookup } from "@/lib/applications/status-lookup-guard";
import { parseStatusLookup, type StatusLookupFormValues } from "@/lib/applications/status-lookup-schema";
import { getPrisma } from "@/lib/db/prisma";
import { clientAddress } from "@/lib/http/client-address";
import { EMPTY_LOOKUP, type StatusLookupResponse, type StatusLookupState } from "./status-lookup-state";
import { statusServices } from "./status-services";
import { buildStatusView } from "./status-view";

function typedValues(form: FormData): StatusLookupFormValues {
  // Longer than anything a box holds: whatever was pasted goes back shortened, never echoed at length.
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 64) : "";
  };
  return {
    referenceNumber: text("referenceNumber"),
    birthDate: { year: text("birthDate.year"), month: text("birthDate.month"), day: text("birthDate.day") },
  };
}

async function respond(localeInput: string, values: StatusLookupFormValues): Promise<StatusLookupResponse> {
  const locale = localeOrDefault(localeInput);
  const parsed = parseStatusLookup(values);
  if (!parsed.ok) return { kind: "invalid", issues: parsed.issues };

  const prisma = getPrisma();
  const keys = { client: clientAddress(await headers()), reference: parsed.data.referenceNumber };
  const result = await guardStatusLookup(statusServices().guard, keys, () =>
    findApplicationStatus(prisma, parsed.data),
  );
  if (result.found) return { kind: "found", view: await buildStatusView(prisma, result, parsed.data, locale) };
  return { kind: "notice", notice: "limited" in result ? "limited" : "notFound" };
}

/**
 * Looks up an application's status: the lookup form's action, so it works before (or without)
 * the page's scripts too. Anyone can call a server action, so the values are parsed again with
 * the form's schema, and wrong guesses count against the caller's address, the reference number
 * and all callers together (lib/applications/status-lookup-guard.ts); an unknown reference and a
 * wrong birth date get the same answer. Nothing typed is
 * logged; what was typed comes back so the boxes keep it.
 */
export async function lookUpStatus(previous: StatusLookupState, input: FormData): Promise<StatusLookupState> {
  const form = formArgument(input);
  const values = typedValues(form);
  let response: StatusLookupResponse;
  try {
    response = await respond(String(form.get("locale") ?? ""), values);
  } catch {
    response = { kind: "notice", notice: "unavailable" };
  }
  // The previous state comes from the caller too: only its counter is used, and only if it is one.
  const attempt = typeof previous?.attempt === "number" ? previous.attempt + 1 : 1;
  return { attempt, values: response.kind === "found" ? EMPTY_LOOKUP : values, response };
}
