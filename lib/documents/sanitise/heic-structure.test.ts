import { describe, expect, it } from "vitest";
import { ascii, bigEndian32, join } from "../testing/bytes";
import { buildHeic, ftypBox } from "../testing/heic-builder";
import * as hostile from "../testing/hostile-files";
import { HEIC, HEIF } from "../testing/sample-files";
import { checkHeicStructure } from "./heic-structure";

function box(type: string, payload: Uint8Array = new Uint8Array()): Uint8Array {
  return join(bigEndian32(payload.byteLength + 8), ascii(type), payload);
}

describe("checkHeicStructure", () => {
  it("accepts HEIC and HEIF photos whose boxes fill the file", () => {
    expect(checkHeicStructure(HEIC)).toMatchObject({ ok: true });
    expect(checkHeicStructure(HEIF)).toMatchObject({ ok: true });
    expect(checkHeicStructure(join(HEIC, box("free", new Uint8Array(16))))).toMatchObject({ ok: true });
  });

  it("lists the boxes inside meta", () => {
    const structure = checkHeicStructure(HEIC);
    expect(structure.ok && structure.metaBoxes.map((inside) => inside.type)).toEqual(["hdlr", "pitm", "iinf", "iloc"]);
  });

  it("refuses data after the last box", () => {
    expect(checkHeicStructure(hostile.HEIC_THEN_HTML)).toEqual({ ok: false, problem: "extraContent" });
    expect(checkHeicStructure(hostile.HEIC_THEN_BYTES)).toEqual({ ok: false, problem: "extraContent" });
  });

  it("refuses boxes a photo never has at its top level", () => {
    expect(checkHeicStructure(hostile.HEIC_WITH_FOREIGN_BOX)).toEqual({ ok: false, problem: "extraContent" });
    expect(checkHeicStructure(join(HEIC, box("moov")))).toEqual({ ok: false, problem: "extraContent" });
  });

  it("refuses a box that says it runs to the end of the file (size 0)", () => {
    expect(checkHeicStructure(join(HEIC, bigEndian32(0), ascii("free"), ascii("<html>")))).toEqual({
      ok: false,
      problem: "imageUnreadable",
    });
  });

  it("refuses a photo cut short, one without its meta box, and one of another brand", () => {
    expect(checkHeicStructure(hostile.HEIC_TRUNCATED)).toEqual({ ok: false, problem: "imageUnreadable" });
    expect(checkHeicStructure(ftypBox("heic", ["mif1"]))).toEqual({ ok: false, problem: "imageUnreadable" });
    expect(checkHeicStructure(buildHeic({ majorBrand: "avif", compatibleBrands: ["avif", "miaf"] }))).toEqual({
      ok: false,
      problem: "imageUnreadable",
    });
  });
});
