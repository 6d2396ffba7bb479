import { describe, expect, it } from "vitest";
import { formArgument } from "./form-argument";

describe("formArgument", () => {
  it("keeps a real form", () => {
    const form = new FormData();
    form.append("locale", "en");
    expect(formArgument(form).get("locale")).toBe("en");
  });

  it.each([null, undefined, "locale=en", { locale: "en", get: () => "en" }, ["en"]])(
    "reads %j as an empty form",
    (value) => {
      expect([...formArgument(value).keys()]).toEqual([]);
    },
  );
});
