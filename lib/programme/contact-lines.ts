import type { ServerConfig } from "@/lib/config/server-config";

export interface ContactLine {
  kind: "phone" | "email" | "hours";
  text: string;
  /** tel: or mailto: when the line can be opened as a link. */
  href?: string;
}

/**
 * The charity's contact details as configured (CONTACT_PHONE, CONTACT_EMAIL, CONTACT_HOURS), in
 * that order, each only when set. The phone link keeps digits and a leading + only, so a number
 * written "03-1234-5678" or in full-width digits still dials.
 */
export function contactLines(
  config: Pick<ServerConfig, "CONTACT_PHONE" | "CONTACT_EMAIL" | "CONTACT_HOURS">,
): ContactLine[] {
  const lines: ContactLine[] = [];
  const phone = config.CONTACT_PHONE?.trim();
  if (phone) {
    const ascii = phone.normalize("NFKC");
    const digits = ascii.replace(/\D/g, "");
    const dial = `${ascii.startsWith("+") ? "+" : ""}${digits}`;
    lines.push(digits === "" ? { kind: "phone", text: phone } : { kind: "phone", text: phone, href: `tel:${dial}` });
  }
  const email = config.CONTACT_EMAIL?.trim();
  if (email) lines.push({ kind: "email", text: email, href: `mailto:${email}` });
  const hours = config.CONTACT_HOURS?.trim();
  if (hours) lines.push({ kind: "hours", text: hours });
  return lines;
}
