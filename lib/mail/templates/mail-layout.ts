import { mailTranslator, createMailTranslator, type MailLocale, type TranslateMail } from "../mail-translator";

/** What a template hands back: the parts of one email in one language. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface TemplateOptions {
  /** Throw on a missing message or parameter instead of rendering a fallback (tests). */
  strict?: boolean;
}

/** The pieces an email is built from, so the plain-text and HTML bodies always say the same. */
export type MailBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "emphasis"; text: string }
  | { kind: "link"; url: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Only web links go into mail: a `javascript:` or `data:` URL in a family's inbox would be an
 * attack, and a relative one cannot work outside the site.
 */
export function webUrl(value: string | URL): string {
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError("mail links must be http(s) URLs");
  return url.toString();
}

export function templateTranslator(locale: MailLocale, options: TemplateOptions): TranslateMail {
  return options.strict ? createMailTranslator(locale, { strict: true }) : mailTranslator(locale);
}

// A header line may not break: the subject is built from messages and values the caller passed.
function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, " ").trim();
}

function textBlock(block: MailBlock): string {
  return block.kind === "link" ? block.url : block.text;
}

const HEADING_STYLE = "font-size:18px;margin:28px 0 8px;";
const EMPHASIS_STYLE = "font-size:20px;font-weight:bold;";

function htmlBlock(block: MailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "heading":
      return `<h2 style="${HEADING_STYLE}">${escapeHtml(block.text)}</h2>`;
    case "emphasis":
      return `<p style="${EMPHASIS_STYLE}">${escapeHtml(block.text)}</p>`;
    case "link":
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`;
  }
}

/**
 * Lays out an email in both bodies with the common footer. Messages are plain text, so the whole
 * rendered sentence is escaped for HTML: that covers the values interpolated into it as well as
 * any "&" or "<" in the wording itself.
 */
export function layoutMail(
  locale: MailLocale,
  subject: string,
  blocks: readonly MailBlock[],
  t: TranslateMail,
): MailContent {
  const cleanSubject = oneLine(subject);
  const footer = [t("common.programmeName"), t("common.automatic")];
  // "-- " on its own line is the signature separator: mail programs show what follows as a footer.
  const text = [...blocks.map(textBlock), `-- \n${footer.join("\n")}`].join("\n\n") + "\n";
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(cleanSubject)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:sans-serif;font-size:16px;line-height:1.7;color:#1a1a1a;">',
    ...blocks.map(htmlBlock),
    '<hr style="border:none;border-top:1px solid #ccc;margin:32px 0 16px;">',
    `<p style="font-size:14px;color:#555;">${footer.map(escapeHtml).join("<br>")}</p>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return { subject: cleanSubject, text, html };
}
