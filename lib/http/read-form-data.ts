export type FormDataResult = { ok: true; form: FormData } | { ok: false; reason: "too_large" | "unreadable" };

/**
 * Reads a form post (multipart or URL-encoded) of at most `maxBytes`. A declared Content-Length
 * over the limit is refused before a single byte is read, and a body without one is cut off as
 * soon as it passes the limit, so an oversized upload is never held in memory.
 */
export async function readFormData(request: Request, maxBytes: number): Promise<FormDataResult> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType)) {
    return { ok: false, reason: "unreadable" };
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: false, reason: "unreadable" };

  let size = 0;
  let tooLarge = false;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          tooLarge = true;
          controller.error(new RangeError("body too large"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    const form = await new Response(limited, { headers: { "content-type": contentType } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: tooLarge ? "too_large" : "unreadable" };
  }
}
