"use server";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { localeOrDefault } from "@/i18n/routing";
import { lookupPostalCode, type AddressCandidate } from "@/lib/address/lookup-postal-code";
import { formatPostalCode } from "@/lib/address/postal-code";
import { clientAddress } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/http/rate-limit";

export type AddressLookupResult =
  { ok: true; postalCode: string; candidates: AddressCandidate[] } | { ok: false; message: string };

// A family looks up one or two codes; this only stops a script from walking the postal data.
const perClient = createRateLimiter({ name: "address-lookup", points: 30, durationSeconds: 60 });
const MAX_TYPED_LENGTH = 20;

/**
 * "Find address": the addresses a postal code stands for, from the postal data on the server
 * (3 MB, never sent to the browser), or a translated message saying why there are none.
 */
export async function lookupAddress(localeInput: string, typed: unknown): Promise<AddressLookupResult> {
  const locale = localeOrDefault(localeInput);
  const t = await getTranslations({ locale });
  const decision = await perClient.consume(clientAddress(await headers()));
  if (!decision.allowed) return { ok: false, message: t("apply.steps.address.lookupLimited") };
  const raw = typeof typed === "string" ? typed.slice(0, MAX_TYPED_LENGTH + 1) : "";
  if (raw.trim() === "") return { ok: false, message: t("fields.address.postalCodeRequired") };
  const found = raw.length > MAX_TYPED_LENGTH ? undefined : lookupPostalCode(raw);
  if (!found?.ok)
    return { ok: false, message: t(`fields.${found?.issues[0]?.messageKey ?? "address.postalCodeFormat"}`) };
  return { ok: true, postalCode: formatPostalCode(found.data.postalCode), candidates: [...found.data.candidates] };
}
