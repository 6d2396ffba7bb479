import { describe, expect, it } from "vitest";
import { checkServerActionBody, MAX_SERVER_ACTION_BYTES, mayRunServerAction } from "./server-action-body";

const bytes = (text: string) => new TextEncoder().encode(text);
const TEXT = "text/plain;charset=UTF-8";

async function multipart(form: FormData) {
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return { contentType: request.headers.get("content-type")!, body: new Uint8Array(await request.arrayBuffer()) };
}

describe("checkServerActionBody", () => {
  it("lets through the argument lists React sends", async () => {
    expect(await checkServerActionBody(TEXT, bytes('["ja","guardian",{"name":"見本 太郎"},false]'))).toEqual({
      ok: true,
    });
    expect(await checkServerActionBody(TEXT, bytes("[]"))).toEqual({ ok: true });
  });

  it("lets through a well-formed form post", async () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("locale", "ja");
    form.append("file", new Blob(["%PDF-1.7"], { type: "application/pdf" }), "書類.pdf");
    const { contentType, body } = await multipart(form);
    expect(await checkServerActionBody(contentType, body)).toEqual({ ok: true });
  });

  it.each([
    ["truncated JSON", '{"a": [1'],
    ["JSON that is not an argument list", '{"a": 1}'],
    ["a lone surrogate", '["\\ud800"]'],
    ["U+0000", '["a\\u0000b"]'],
    ["U+0000 in a key", '[{"a\\u0000": 1}]'],
    ["nesting beyond any form", `${"[".repeat(100)}${"]".repeat(100)}`],
  ])("refuses %s with 400", async (_name, text) => {
    expect(await checkServerActionBody(TEXT, bytes(text))).toEqual({ ok: false, status: 400 });
  });

  it("refuses bytes that are not UTF-8", async () => {
    expect(await checkServerActionBody(TEXT, new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toEqual({
      ok: false,
      status: 400,
    });
  });

  it("refuses a multipart body that does not parse, or carries U+0000", async () => {
    expect(await checkServerActionBody("multipart/form-data", bytes("--x\r\n\r\n"))).toEqual({
      ok: false,
      status: 400,
    });
    const broken = '--abc\r\nContent-Disposition: form-data; name="a"\r\n\r\nb';
    expect(await checkServerActionBody("multipart/form-data; boundary=abc", bytes(broken))).toEqual({
      ok: false,
      status: 400,
    });
    const form = new FormData();
    form.append("name", "a\u0000b");
    const { contentType, body } = await multipart(form);
    expect(await checkServerActionBody(contentType, body)).toEqual({ ok: false, status: 400 });
  });

  it("refuses other content types and bodies over the limit", async () => {
    expect(await checkServerActionBody("image/png", bytes("[]"))).toEqual({ ok: false, status: 400 });
    const huge = new Uint8Array(MAX_SERVER_ACTION_BYTES + 1).fill(0x20);
    expect(await checkServerActionBody(TEXT, huge)).toEqual({ ok: false, status: 413 });
  });
});

describe("mayRunServerAction", () => {
  it("knows the two ways an action is posted", () => {
    expect(mayRunServerAction("POST", new Headers({ "next-action": "abc" }))).toBe(true);
    expect(mayRunServerAction("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(mayRunServerAction("POST", new Headers({ "content-type": "application/json" }))).toBe(false);
    expect(mayRunServerAction("GET", new Headers({ "next-action": "abc" }))).toBe(false);
  });
});
