import { describe, expect, it } from "vitest";
import { NAME_MAX_LENGTH, normalizeNameText } from "./name-text";

describe("normalizeNameText", () => {
  it("keeps names in any script and trims spaces, including 全角 spaces", () => {
    expect(normalizeNameText("　山田　")).toEqual({ ok: true, value: "山田" });
    expect(normalizeNameText(" Nguyen ")).toEqual({ ok: true, value: "Nguyen" });
    expect(normalizeNameText("DELA CRUZ")).toEqual({ ok: true, value: "DELA CRUZ" });
  });

  it("collapses runs of spaces inside a name to one space", () => {
    expect(normalizeNameText("Maria  　Cristina")).toEqual({ ok: true, value: "Maria Cristina" });
  });

  it("stores decomposed input (as some phones send it) in composed form, so names compare equal", () => {
    const decomposed = "\u304B\u3099\u3082\u3046"; // か + combining dakuten + もう
    expect(normalizeNameText(decomposed)).toEqual({ ok: true, value: "がもう" });
    expect(normalizeNameText("Jose\u0301")).toEqual({ ok: true, value: "José" });
  });

  it("removes invisible characters that come with copied text", () => {
    expect(normalizeNameText("山\u200B田\uFEFF")).toEqual({ ok: true, value: "山田" });
    expect(normalizeNameText("\u202Eabc")).toEqual({ ok: true, value: "abc" });
  });

  it("turns away line breaks and tabs inside a name", () => {
    expect(normalizeNameText("山\n田")).toEqual({ ok: false, problem: "characters" });
    expect(normalizeNameText("山\t田")).toEqual({ ok: false, problem: "characters" });
    expect(normalizeNameText("山\uD842田")).toEqual({ ok: false, problem: "characters" });
  });

  it("reports an empty answer, spaces only included", () => {
    expect(normalizeNameText("")).toEqual({ ok: false, problem: "empty" });
    expect(normalizeNameText(" 　 ")).toEqual({ ok: false, problem: "empty" });
  });

  it("counts characters, not UTF-16 units, against the length limit", () => {
    expect(normalizeNameText("𠮷".repeat(NAME_MAX_LENGTH))).toEqual({ ok: true, value: "𠮷".repeat(NAME_MAX_LENGTH) });
    expect(normalizeNameText("a".repeat(NAME_MAX_LENGTH + 1))).toEqual({ ok: false, problem: "tooLong" });
  });
});
