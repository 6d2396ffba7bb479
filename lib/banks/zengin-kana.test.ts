import { describe, expect, it } from "vitest";
import { HOLDER_NAME_MAX_LENGTH, toZenginKana } from "./zengin-kana";

const ok = (value: string) => ({ ok: true, value });

describe("toZenginKana", () => {
  it("turns hiragana and full-width katakana into the half-width kana banks use", () => {
    expect(toZenginKana("やまだ たろう")).toEqual(ok("ﾔﾏﾀﾞ ﾀﾛｳ"));
    expect(toZenginKana("ヤマダ　タロウ")).toEqual(ok("ﾔﾏﾀﾞ ﾀﾛｳ"));
    expect(toZenginKana("ﾔﾏﾀﾞ ﾀﾛｳ")).toEqual(ok("ﾔﾏﾀﾞ ﾀﾛｳ"));
  });

  it("writes small kana large, as banks register them", () => {
    expect(toZenginKana("きゅうよ いちろう")).toEqual(ok("ｷﾕｳﾖ ｲﾁﾛｳ"));
    expect(toZenginKana("ハットリ ショウ")).toEqual(ok("ﾊﾂﾄﾘ ｼﾖｳ"));
    expect(toZenginKana("ｷｮｳｺ")).toEqual(ok("ｷﾖｳｺ"));
    expect(toZenginKana("ヴァン")).toEqual(ok("ｳﾞｱﾝ"));
  });

  it("keeps voiced and semi-voiced kana as a letter plus its mark", () => {
    expect(toZenginKana("がぎぐげご ぱぴぷぺぽ")).toEqual(ok("ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ"));
  });

  it("writes the long vowel mark as a hyphen", () => {
    expect(toZenginKana("ゆーき")).toEqual(ok("ﾕ-ｷ"));
    expect(toZenginKana("ﾕｰｷ")).toEqual(ok("ﾕ-ｷ"));
  });

  it("capitalises latin letters and narrows full-width letters, digits and symbols", () => {
    expect(toZenginKana("john smith")).toEqual(ok("JOHN SMITH"));
    expect(toZenginKana("ＡＢＣ　１２３")).toEqual(ok("ABC 123"));
    expect(toZenginKana("ヤマダ（カ）")).toEqual(ok("ﾔﾏﾀﾞ(ｶ)"));
    expect(toZenginKana("ﾔﾏﾀﾞ.ｼﾖｳﾃﾝ/ｻｲﾄｳ")).toEqual(ok("ﾔﾏﾀﾞ.ｼﾖｳﾃﾝ/ｻｲﾄｳ"));
  });

  it("asks for kana instead of kanji", () => {
    expect(toZenginKana("山田 太郎")).toEqual({ ok: false, problem: "kanji" });
  });

  it("refuses characters outside the 全銀 set rather than guessing", () => {
    for (const name of ["マリア・サントス", "ヲノ", "ヤマダ&カンパニー", "ヤマダ,タロウ", "😀"]) {
      expect(toZenginKana(name)).toEqual({ ok: false, problem: "characters" });
    }
  });

  it("reports an empty name and one longer than banks accept", () => {
    expect(toZenginKana(" 　")).toEqual({ ok: false, problem: "empty" });
    expect(toZenginKana("ア".repeat(HOLDER_NAME_MAX_LENGTH))).toEqual(ok("ｱ".repeat(HOLDER_NAME_MAX_LENGTH)));
    // ガ is two half-width characters, so 25 of them are 50.
    expect(toZenginKana("ガ".repeat(25))).toEqual({ ok: false, problem: "tooLong" });
  });

  it("gives only characters of the 全銀 set, and accepts its own output unchanged", () => {
    const typed = ["きゃりー ぱみゅぱみゅ", "ジョン スミス", "ﾄﾞｳｿﾞ", "(ｶ)ﾔﾏﾀﾞ", "ヴォーカル"];
    for (const name of typed) {
      const result = toZenginKana(name);
      if (!result.ok) throw new Error(name);
      expect(result.value).toMatch(/^[ｱ-ﾝﾞﾟ0-9A-Z ().\-/]+$/u);
      expect(toZenginKana(result.value)).toEqual(result);
    }
  });
});
