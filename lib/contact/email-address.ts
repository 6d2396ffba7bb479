import type { ContactMessageKey } from "./message-keys";

export type EmailAddressResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly messageKey: ContactMessageKey };

// RFC 5321 limits: the whole address as it can be used in SMTP, and the part before @.
const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

// Dots are allowed anywhere before the @ on purpose: docomo and au gave out addresses such as
// taro..yamada@docomo.ne.jp and taro.@ezweb.ne.jp until 2009, and families still use them. They
// break RFC 5322, so stricter checks (zod's email format included) would turn those parents away.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/;
// Letters and digits of any script, for internationalised domains; hyphens only inside a label.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL_DOMAIN = /^[\p{L}]{2,}$|^xn--[a-z0-9-]+$/u;

/**
 * An email address as typed, tidied and checked for the mistakes people make on phones:
 * NFKC turns a Japanese IME's full-width letters and ＠ into ASCII; surrounding spaces go; the
 * domain is lower-cased (it is case-insensitive) but the part before @ is kept as typed, since a
 * mail server may treat its case as meaningful.
 */
export function normalizeEmailAddress(raw: string): EmailAddressResult {
  const text = raw.normalize("NFKC").trim();
  if (text === "") return { ok: false, messageKey: "email.required" };
  if (/\s/u.test(text)) return { ok: false, messageKey: "email.spaces" };
  const at = text.lastIndexOf("@");
  if (at === -1) return { ok: false, messageKey: "email.missingAt" };
  if (text.length > MAX_LENGTH) return { ok: false, messageKey: "email.tooLong" };
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  const labels = domain.split(".");
  const topLevel = labels[labels.length - 1] ?? "";
  const valid =
    local.length > 0 &&
    local.length <= MAX_LOCAL_LENGTH &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(topLevel);
  return valid ? { ok: true, value: `${local}@${domain}` } : { ok: false, messageKey: "email.format" };
}
