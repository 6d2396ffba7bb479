import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKatakana } from "wanakana";
import { FURIGANA_MAX_LENGTH, normalizeFurigana } from "./furigana";

describe("normalizeFurigana", () => {
  it("accepts hiragana and stores katakana", () => {
    expect(normalizeFurigana("やまだ")).toEqual({ ok: true, value: "ヤマダ" });
    expect(normalizeFurigana("しょうたろう")).toEqual({ ok: true, value: "ショウタロウ" });
    expect(normalizeFurigana("ゔぃくとる")).toEqual({ ok: true, value: "ヴィクトル" });
  });

  it("keeps katakana as it is, and widens half-width katakana", () => {
    expect(normalizeFurigana("ヤマダ")).toEqual({ ok: true, value: "ヤマダ" });
    expect(normalizeFurigana("ﾔﾏﾀﾞ ﾀﾛｳ")).toEqual({ ok: true, value: "ヤマダ タロウ" });
  });

  it("allows the long vowel mark, and reads a typed dash as one", () => {
    expect(normalizeFurigana("ゆーき")).toEqual({ ok: true, value: "ユーキ" });
    expect(normalizeFurigana("ゆ-き")).toEqual({ ok: true, value: "ユーキ" });
    expect(normalizeFurigana("ﾕｰｷ")).toEqual({ ok: true, value: "ユーキ" });
  });

  it("allows the middle dot and spaces used in foreign names, with spaces tidied", () => {
    expect(normalizeFurigana("マリア・サントス")).toEqual({ ok: true, value: "マリア・サントス" });
    expect(normalizeFurigana("  すずき　　いちろう ")).toEqual({ ok: true, value: "スズキ イチロウ" });
  });

  it("asks for kana rather than kanji", () => {
    expect(normalizeFurigana("山田")).toEqual({ ok: false, problem: "kanji" });
    expect(normalizeFurigana("山だ")).toEqual({ ok: false, problem: "kanji" });
  });

  it("turns away latin letters, digits and symbols", () => {
    expect(normalizeFurigana("yamada")).toEqual({ ok: false, problem: "notKana" });
    expect(normalizeFurigana("ＹＡＭＡＤＡ")).toEqual({ ok: false, problem: "notKana" });
    expect(normalizeFurigana("ヤマダ1")).toEqual({ ok: false, problem: "notKana" });
    expect(normalizeFurigana("ヤマダ!")).toEqual({ ok: false, problem: "notKana" });
  });

  it("turns away marks that spell no sound", () => {
    expect(normalizeFurigana("ーー")).toEqual({ ok: false, problem: "notKana" });
    expect(normalizeFurigana("・")).toEqual({ ok: false, problem: "notKana" });
  });

  it("reports an empty answer and an over-long one", () => {
    expect(normalizeFurigana("　")).toEqual({ ok: false, problem: "empty" });
    expect(normalizeFurigana("あ".repeat(FURIGANA_MAX_LENGTH))).toEqual({
      ok: true,
      value: "ア".repeat(FURIGANA_MAX_LENGTH),
    });
    expect(normalizeFurigana("あ".repeat(FURIGANA_MAX_LENGTH + 1))).toEqual({ ok: false, problem: "tooLong" });
  });

  it("always returns katakana, and accepts its own output unchanged", () => {
    const kana = fc.constantFrom(..."あいうえおがぎぱぴゃゅょっゔアイウエオガパャッヴヶーｱｶﾞﾊﾟｯ");
    fc.assert(
      fc.property(fc.array(kana, { minLength: 1, maxLength: 20 }), (characters) => {
        const result = normalizeFurigana(characters.join(""));
        if (!result.ok) return result.problem === "notKana"; // only ー on its own
        expect([...result.value].every((character) => isKatakana(character))).toBe(true);
        expect(normalizeFurigana(result.value)).toEqual(result);
        return true;
      }),
    );
  });
});
