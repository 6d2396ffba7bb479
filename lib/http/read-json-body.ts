export type JsonBodyResult =
  { ok: true; value: unknown } | { ok: false; reason: "unsupported_media_type" | "too_large" | "invalid_json" };

/**
 * Reads a JSON request body without trusting Content-Length: stops reading as soon as the body
 * passes `maxBytes`, so a huge upload cannot exhaust memory.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) return { ok: false, reason: "unsupported_media_type" };
  if (!request.body) return { ok: false, reason: "invalid_json" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, reason: "invalid_json" };
  }
}
