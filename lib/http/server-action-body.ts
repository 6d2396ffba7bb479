import { isWellFormedForm, isWellFormedValue } from "./well-formed-text";

export type ServerActionBodyVerdict = { ok: true } | { ok: false; status: 400 | 413 };

/** Next.js refuses larger action bodies itself, but with a 500; ours says 413 first. */
export const MAX_SERVER_ACTION_BYTES = 1024 * 1024;

/**
 * Checks the body of a request that Next.js will treat as a server action, before Next.js sees
 * it. Next.js answers a body it cannot decode (truncated JSON, bytes that are not UTF-8, a
 * multipart body without its boundary, a part without headers, a body over its limit) with a 500
 * and a stack in the log; a browser running our pages never sends such a body, so it is refused
 * here with a 4xx. Text that no person can type (U+0000, lone surrogates) is refused for every
 * action at once, so no action has to remember it.
 * - `text/plain`: what React sends for plain arguments: UTF-8 JSON, an array of arguments;
 * - `multipart/form-data`: what React sends for FormData arguments, and what a form posts
 *   before the page's scripts run.
 */
export async function checkServerActionBody(
  contentType: string,
  body: Uint8Array<ArrayBuffer>,
): Promise<ServerActionBodyVerdict> {
  if (body.byteLength > MAX_SERVER_ACTION_BYTES) return { ok: false, status: 413 };
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "text/plain") {
    let args: unknown;
    try {
      args = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      return { ok: false, status: 400 };
    }
    return Array.isArray(args) && isWellFormedValue(args) ? { ok: true } : { ok: false, status: 400 };
  }
  if (type === "multipart/form-data") {
    try {
      const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
      return isWellFormedForm(form) ? { ok: true } : { ok: false, status: 400 };
    } catch {
      return { ok: false, status: 400 };
    }
  }
  return { ok: false, status: 400 };
}

/**
 * Whether Next.js will run a server action for this request: a POST to a page carrying the
 * `Next-Action` header (scripts loaded), or a multipart form post (a form posted before they
 * loaded names its action in a field of the body).
 */
export function mayRunServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  if (headers.has("next-action")) return true;
  return /^multipart\/form-data\b/i.test(headers.get("content-type") ?? "");
}
