import { afterEach, describe, expect, it, vi } from "vitest";
import { checkBankAndBranch, findBank, findBranch, searchBanks, searchBranches } from "./search-banks";

const codes = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("searchBanks", () => {
  it("puts the bank with the exact code first", async () => {
    expect((await searchBanks("0001"))[0]).toEqual({ code: "0001", name: "みずほ", kana: "ミズホ" });
    expect(codes(await searchBanks("０００５"))).toEqual(["0005"]);
  });

  it("lists banks whose code starts with the digits typed, in code order", async () => {
    const found = await searchBanks("00", { limit: 5 });
    expect(codes(found)).toEqual(["0001", "0005", "0009", "0010", "0017"]);
  });

  it("finds a bank by its name in kanji, hiragana, katakana or romaji", async () => {
    for (const query of ["みずほ", "ミズホ", "ﾐｽﾞﾎ", "mizuho", "Mizuho"]) {
      expect(codes(await searchBanks(query))[0]).toBe("0001");
    }
    expect(codes(await searchBanks("楽天"))[0]).toBe("0036");
    expect(codes(await searchBanks("らくてん"))[0]).toBe("0036");
  });

  it("ignores the 銀行 people add, and reads 信用金庫 as the directory's 信金", async () => {
    expect(codes(await searchBanks("ゆうちょ銀行"))).toEqual(["9900"]);
    expect(codes(await searchBanks("三菱UFJ銀行"))).toEqual(["0005", "0288"]);
    expect(codes(await searchBanks("北海道信用金庫"))[0]).toBe("1001");
  });

  it("matches a long vowel typed as ー, and full-width letters", async () => {
    expect(codes(await searchBanks("そにー"))).toEqual(["0035"]);
    expect(codes(await searchBanks("ＰａｙＰａｙ"))).toEqual(["0033"]);
  });

  it("ranks the exact name before names that start with it or contain it", async () => {
    expect(codes(await searchBanks("あおぞら"))).toEqual(["0398", "9338", "0310"]);
  });

  it("limits the number of results", async () => {
    expect(await searchBanks("しんきん")).toHaveLength(20);
    expect(await searchBanks("しんきん", { limit: 3 })).toHaveLength(3);
    expect(await searchBanks("しんきん", { limit: 10_000 })).toHaveLength(100);
  });

  it("finds nothing for an empty query or an unknown name", async () => {
    expect(await searchBanks(" ")).toEqual([]);
    expect(await searchBanks("存在しない銀行")).toEqual([]);
  });

  it("reads its data from the installed package, never from the network", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("no network")));
    vi.stubGlobal("fetch", fetch);
    expect(await findBank("9900")).toEqual({ code: "9900", name: "ゆうちょ", kana: "ユウチヨ" });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("searchBranches", () => {
  it("finds a branch by code, or by name in kanji, kana or romaji", async () => {
    expect(codes(await searchBranches("0001", "001"))).toEqual(["001"]);
    expect(codes(await searchBranches("0005", "しんじゅく"))[0]).toBe("341");
    expect(codes(await searchBranches("0005", "新宿支店"))[0]).toBe("341");
    expect(codes(await searchBranches("0001", "shinjuku"))[0]).toBe("240");
  });

  it("finds ゆうちょ銀行's numbered branches by their 店番", async () => {
    expect(await searchBranches("9900", "238")).toEqual([{ code: "238", name: "二三八", kana: "ニサンハチ" }]);
  });

  it("finds nothing for an unknown bank", async () => {
    expect(await searchBranches("9999", "001")).toEqual([]);
  });
});

describe("checkBankAndBranch", () => {
  it("accepts a bank and branch that exist", async () => {
    expect(await findBranch("0001", "001")).toMatchObject({ name: "東京営業部" });
    expect(await checkBankAndBranch("0001", "001")).toEqual([]);
  });

  it("says which of the two is unknown", async () => {
    expect(await checkBankAndBranch("9999", "001")).toEqual([{ path: "bankCode", messageKey: "bank.bankNotFound" }]);
    expect(await checkBankAndBranch("0001", "999")).toEqual([
      { path: "branchCode", messageKey: "bank.branchNotFound" },
    ]);
  });
});
