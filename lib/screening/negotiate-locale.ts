import Negotiator from "negotiator";
import { ELIGIBILITY_LOCALES, type EligibilityLocale } from "@/lib/eligibility/eligibility-translator";

function isLocale(value: string | null | undefined): value is EligibilityLocale {
  return (ELIGIBILITY_LOCALES as readonly string[]).includes(value ?? "");
}

/** The response language: `?lang=` when given, else the best match of Accept-Language, else Japanese. */
export function negotiateLocale(url: URL, headers: Headers): EligibilityLocale {
  const explicit = url.searchParams.get("lang");
  if (isLocale(explicit)) return explicit;
  const accepted = new Negotiator({ headers: { "accept-language": headers.get("accept-language") ?? "" } }).language([
    ...ELIGIBILITY_LOCALES,
  ]);
  return isLocale(accepted) ? accepted : "ja";
}
