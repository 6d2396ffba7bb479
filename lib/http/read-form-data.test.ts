import { describe, expect, it } from "vitest";
import { readFormData } from "./read-form-data";

function multipart(fileBytes: number, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("checklistItem", "income_proof");
  form.append("files", new Blob([new Uint8Array(fileBytes)], { type: "application/pdf" }), "scan.pdf");
  return new Request("http://localhost/upload", { method: "POST", body: form, headers });
}

/** A body sent in chunks without Content-Length, counting how much of it was pulled. */
function streamed(totalBytes: number, contentType: string) {
  let pulled = 0;
  const chunk = 64 * 1024;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += chunk;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  const request = new Request("http://localhost/upload", {
    method: "POST",
    body,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readFormData", () => {
  it("reads the fields and files of a multipart post within the limit", async () => {
    const result = await readFormData(multipart(1000), 10_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.form.get("checklistItem")).toBe("income_proof");
    const file = result.form.get("files");
    expect(file).toBeInstanceOf(File);
    expect((file as File).size).toBe(1000);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    let read = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    expect(await readFormData(request, 1024 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(read).toBe(false);
  });

  it("stops reading a body without Content-Length as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(50 * 1024 * 1024, "multipart/form-data; boundary=x");
    expect(await readFormData(request, 1024 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it("refuses what is not a form, and a broken multipart body", async () => {
    const json = new Request("http://localhost/upload", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await readFormData(json, 1000)).toEqual({ ok: false, reason: "unreadable" });
    const broken = new Request("http://localhost/upload", {
      method: "POST",
      body: "--x\r\nnot a part",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await readFormData(broken, 1000)).toEqual({ ok: false, reason: "unreadable" });
  });
});
