import { describe, expect, it } from "vitest";
import { isDecodableRequestTarget } from "./request-target";

describe("isDecodableRequestTarget", () => {
  it.each(["/ja", "/ja/apply/guardian?return=check", "/en/status?q=%E6%9D%B1%E4%BA%AC+x", "/ja/%00"])(
    "accepts %s",
    (target) => expect(isDecodableRequestTarget(target)).toBe(true),
  );

  it.each(["/ja/%ZZ", "/ja/%E0%A4%A", "/ja/%C0%AE%C0%AE", "/ja/apply?token=%", "/ja?q=%E0%A4", `/${"a".repeat(9000)}`])(
    "refuses %s",
    (target) => expect(isDecodableRequestTarget(target)).toBe(false),
  );
});
