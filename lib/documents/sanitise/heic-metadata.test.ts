import { describe, expect, it } from "vitest";
import { containsBytes } from "../testing/bytes";
import { EXIF_MARKER } from "../testing/exif";
import { XMP_MARKER, buildHeic } from "../testing/heic-builder";
import { checkHeicStructure } from "./heic-structure";
import { wipeHeicMetadata } from "./heic-metadata";

function wiped(bytes: Uint8Array): Uint8Array {
  const structure = checkHeicStructure(bytes);
  if (!structure.ok) throw new Error(structure.problem);
  const result = wipeHeicMetadata(bytes, structure.metaBoxes);
  if (!result.ok) throw new Error("not wiped");
  return result.bytes;
}

describe("wipeHeicMetadata", () => {
  for (const metadataIn of ["mdat", "idat"] as const) {
    it(`empties the EXIF (GPS) and XMP items kept in ${metadataIn}, keeping every other byte`, () => {
      const original = buildHeic({ metadataIn });
      expect(containsBytes(original, EXIF_MARKER) && containsBytes(original, XMP_MARKER)).toBe(true);
      const bytes = wiped(original);
      expect(bytes.byteLength).toBe(original.byteLength);
      expect(containsBytes(bytes, EXIF_MARKER)).toBe(false);
      expect(containsBytes(bytes, XMP_MARKER)).toBe(false);
      // What is left in their place is a valid empty EXIF (TIFF header "MM", no entries) and XMP packet.
      expect(containsBytes(bytes, Uint8Array.of(0, 0, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0))).toBe(
        true,
      );
      expect(containsBytes(bytes, '<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')).toBe(true);
      expect(checkHeicStructure(bytes)).toMatchObject({ ok: true });
      const changed = [...bytes].filter((byte, index) => byte !== original[index]).length;
      expect(changed).toBeGreaterThan(0);
      expect(wiped(bytes)).toEqual(bytes);
    });
  }

  it("leaves a photo without metadata as it is", () => {
    const original = buildHeic({ metadata: false });
    expect(wiped(original)).toEqual(original);
  });

  it("refuses to guess when the item table is missing", () => {
    const structure = checkHeicStructure(buildHeic());
    if (!structure.ok) throw new Error(structure.problem);
    const withoutIloc = structure.metaBoxes.filter((box) => box.type !== "iloc");
    expect(wipeHeicMetadata(buildHeic(), withoutIloc)).toEqual({ ok: false });
  });
});
