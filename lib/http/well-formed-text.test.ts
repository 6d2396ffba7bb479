import { describe, expect, it } from "vitest";
import { isWellFormedForm, isWellFormedText, isWellFormedValue } from "./well-formed-text";

describe("well-formed text", () => {
  it("accepts what people type, in any script", () => {
    expect(isWellFormedText("見本 太郎 ﾐﾎﾝ 😀 e\u0301 \u202e")).toBe(true);
  });

  it("refuses U+0000 and lone surrogates, also deep inside values and in keys", () => {
    expect(isWellFormedText("a\u0000")).toBe(false);
    expect(isWellFormedText("\ud800")).toBe(false);
    expect(isWellFormedText("\udc00x")).toBe(false);
    expect(isWellFormedValue({ a: [{ b: "\ud83d" }] })).toBe(false);
    expect(isWellFormedValue({ "k\u0000": 1 })).toBe(false);
    expect(isWellFormedValue({ a: [1, true, null, "ok"] })).toBe(true);
  });

  it("checks a form's names, values and file names", () => {
    const form = new FormData();
    form.append("ok", "yes");
    expect(isWellFormedForm(form)).toBe(true);
    form.append("file", new Blob(["x"]), "a\u0000.pdf");
    expect(isWellFormedForm(form)).toBe(false);
  });
});
