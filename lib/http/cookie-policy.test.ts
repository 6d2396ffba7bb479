import { describe, expect, it } from "vitest";
import { cookiePolicy, isProductionRuntime } from "./cookie-policy";

describe("cookiePolicy", () => {
  it("prefixes and secures cookies in production", () => {
    expect(cookiePolicy("apply-draft", { secure: true })).toEqual({
      name: "__Host-apply-draft",
      secure: true,
      httpOnly: true,
      sameSite: "lax",
      path: "/",
    });
  });

  it("leaves the plain name when not secure (development on http)", () => {
    expect(cookiePolicy("apply-draft", { secure: false }).name).toBe("apply-draft");
  });

  it("treats only NODE_ENV=production as production", () => {
    expect(isProductionRuntime({ NODE_ENV: "production" })).toBe(true);
    expect(isProductionRuntime({ NODE_ENV: "development" })).toBe(false);
    expect(isProductionRuntime({})).toBe(false);
  });
});
