import { describe, expect, it } from "vitest";
import { fillAddress, formatCandidate, sharedAddress } from "./fill-address";
import type { AddressCandidate } from "./lookup-postal-code";

const chiyoda: AddressCandidate = { prefecture: "東京都", city: "千代田区", town: "千代田" };
const empty = { prefecture: "", city: "", street: "" };

describe("sharedAddress", () => {
  it("gives the whole address for a code with one candidate", () => {
    expect(sharedAddress([chiyoda])).toEqual(chiyoda);
    expect(sharedAddress([{ prefecture: "北海道", city: "札幌市中央区", town: "" }])).toEqual({
      prefecture: "北海道",
      city: "札幌市中央区",
    });
  });

  it("gives only what several candidates share", () => {
    const towns: AddressCandidate[] = [
      { prefecture: "愛知県", city: "清須市", town: "春日夢の森" },
      { prefecture: "愛知県", city: "清須市", town: "春日八幡" },
    ];
    expect(sharedAddress(towns)).toEqual({ prefecture: "愛知県", city: "清須市" });
    const cities: AddressCandidate[] = [
      { prefecture: "東京都", city: "あきる野市", town: "" },
      { prefecture: "東京都", city: "西多摩郡日の出町", town: "" },
    ];
    expect(sharedAddress(cities)).toEqual({ prefecture: "東京都" });
    expect(sharedAddress([])).toEqual({});
  });
});

describe("fillAddress", () => {
  it("fills every line of an empty address", () => {
    expect(fillAddress(empty, chiyoda)).toEqual({ prefecture: "東京都", city: "千代田区", street: "千代田" });
  });

  it("never overwrites a street the parent typed", () => {
    const typed = { prefecture: "", city: "", street: "丸の内1-1-1" };
    expect(fillAddress(typed, chiyoda)).toEqual({ prefecture: "東京都", city: "千代田区", street: "丸の内1-1-1" });
  });

  it("replaces the town an earlier lookup filled in, and keeps lines the lookup does not know", () => {
    const earlier = { prefecture: "東京都", city: "中央区", street: "銀座" };
    expect(fillAddress(earlier, chiyoda, "銀座").street).toBe("千代田");
    expect(fillAddress(earlier, { prefecture: "東京都" }, "銀座")).toEqual(earlier);
  });
});

describe("formatCandidate", () => {
  it("writes the address as one line, Japanese order", () => {
    expect(formatCandidate(chiyoda)).toBe("東京都千代田区千代田");
  });
});
