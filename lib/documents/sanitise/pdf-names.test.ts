import { describe, expect, it } from "vitest";
import { decodeNameEscapes, rawNames } from "./pdf-names";

describe("rawNames", () => {
  it("reads each name up to the next white space or delimiter, with its offsets", () => {
    const text = "<< /Type/Catalog /OpenAction [3 0 R /Fit] >>";
    const names = [...rawNames(text)];
    expect(names.map((name) => name.value)).toEqual(["Type", "Catalog", "OpenAction", "Fit"]);
    for (const name of names) expect(text.slice(name.start, name.end)).toBe(name.value);
  });

  it("decodes #-escapes in either case, as viewers do", () => {
    expect([...rawNames("/J#61vaScript /J#53 /Obj#53tm /J#6fS")].map((name) => name.value)).toEqual([
      "JavaScript",
      "JS",
      "ObjStm",
      "JoS",
    ]);
  });
});

describe("decodeNameEscapes", () => {
  it("leaves a # that is not followed by two hex digits", () => {
    expect(decodeNameEscapes("A#2")).toBe("A#2");
    expect(decodeNameEscapes("A#zz")).toBe("A#zz");
    expect(decodeNameEscapes("Lime#20Green")).toBe("Lime Green");
  });
});
