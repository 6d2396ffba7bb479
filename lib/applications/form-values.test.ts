import { describe, expect, it } from "vitest";
import { formFieldPath, fromFormValues, toFormValues } from "./form-values";

describe("form values", () => {
  it("turns income by year into named boxes with an I-don't-know box and back", () => {
    const answers = { income: { byYear: { "2024": "1,000,000", "2023": "unknown" }, suddenIncomeDrop: "no" } };
    const form = toFormValues("income", answers);
    expect(form).toEqual({
      income: {
        byYear: { y2024: "1,000,000", y2023: "" },
        unknown: { y2024: false, y2023: true },
        suddenIncomeDrop: "no",
      },
    });
    expect(fromFormValues("income", form)).toEqual(answers);
  });

  it("points an income issue at its year's box and leaves other steps alone", () => {
    expect(formFieldPath("income.byYear.2024")).toBe("income.byYear.y2024");
    expect(formFieldPath("children.0.birthDate")).toBe("children.0.birthDate");
    const household = { household: { size: "3" } };
    expect(toFormValues("household", household)).toBe(household);
    expect(fromFormValues("household", household)).toBe(household);
  });
});
