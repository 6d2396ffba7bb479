import { describe, expect, it } from "vitest";
import { parseWithIssues } from "@/lib/eligibility/validation-issues";
import { ADDRESS_LINE_MAX_LENGTH, addressSchema } from "./address-schema";

const typed = {
  postalCode: "〒100-0005",
  prefecture: "東京都",
  city: " 千代田区 ",
  street: "丸の内１－１－１",
  building: "  ",
};

describe("addressSchema", () => {
  it("stores the postal code as 7 digits and leaves an empty building out", () => {
    expect(addressSchema.parse(typed)).toEqual({
      postalCode: "1000005",
      prefecture: "東京都",
      city: "千代田区",
      street: "丸の内１－１－１",
      building: undefined,
    });
    expect(addressSchema.parse({ ...typed, building: "丸の内ビル　101号室" }).building).toBe("丸の内ビル 101号室");
  });

  it("names each missing field with its own message", () => {
    expect(parseWithIssues(addressSchema, { postalCode: " ", city: "", street: "　" })).toEqual({
      ok: false,
      issues: [
        { path: "postalCode", messageKey: "address.postalCodeRequired" },
        { path: "prefecture", messageKey: "address.prefectureRequired" },
        { path: "city", messageKey: "address.cityRequired" },
        { path: "street", messageKey: "address.streetRequired" },
      ],
    });
  });

  it("accepts only one of the 47 prefectures, written in Japanese", () => {
    for (const prefecture of ["東京", "Tokyo", "13"]) {
      expect(parseWithIssues(addressSchema, { ...typed, prefecture })).toEqual({
        ok: false,
        issues: [{ path: "prefecture", messageKey: "address.prefectureRequired" }],
      });
    }
  });

  it("explains a malformed postal code, long lines and line breaks", () => {
    expect(
      parseWithIssues(addressSchema, {
        ...typed,
        postalCode: "100-05",
        street: "あ".repeat(ADDRESS_LINE_MAX_LENGTH + 1),
        building: "ビル\n2階",
      }),
    ).toEqual({
      ok: false,
      issues: [
        { path: "postalCode", messageKey: "address.postalCodeFormat" },
        { path: "street", messageKey: "address.tooLong" },
        { path: "building", messageKey: "address.characters" },
      ],
    });
  });

  it("does not insist that the postal code matches the prefecture", () => {
    expect(addressSchema.safeParse({ ...typed, prefecture: "沖縄県" }).success).toBe(true);
  });
});
