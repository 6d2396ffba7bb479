import { fourCC, readBoxes, type IsoBox } from "./iso-boxes";
import type { SanitiseProblem } from "./sanitise-problem";

/** Boxes a HEIC or HEIF still image has at its top level (ISO/IEC 23008-12): nothing else is kept. */
const TOP_LEVEL_BOXES = new Set(["ftyp", "meta", "mdat", "free", "skip"]);

/** Brands of HEIF images (ISO/IEC 23008-12, Annex B): one of them must be in the ftyp box. */
const HEIF_BRANDS = new Set(["mif1", "mif2", "msf1", "heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);

export type HeicStructure =
  | {
      readonly ok: true;
      /** The boxes inside the meta box: hdlr, pitm, iinf, iloc, iprp, idat… */
      readonly metaBoxes: readonly IsoBox[];
    }
  | { readonly ok: false; readonly problem: SanitiseProblem };

function brands(bytes: Uint8Array, ftyp: IsoBox): string[] {
  const found: string[] = [];
  // major_brand, minor_version (skipped), then compatible_brands to the end of the box.
  for (let at = ftyp.payload; at + 4 <= ftyp.end; at += at === ftyp.payload ? 8 : 4) {
    const brand = fourCC(bytes, at);
    if (brand) found.push(brand);
  }
  return found;
}

/**
 * Whether a HEIC/HEIF file is exactly one image's boxes. sharp's prebuilt libvips cannot decode
 * HEVC, so the photo cannot be re-encoded; instead its top-level boxes must tile the file exactly
 * (data after the last box, or a box of a kind a photo never has, is how another file gets
 * appended), with one ftyp of a HEIF brand first and one meta box describing a picture.
 */
export function checkHeicStructure(bytes: Uint8Array): HeicStructure {
  const top = readBoxes(bytes, 0, bytes.byteLength);
  const [ftyp] = top.boxes;
  if (ftyp?.type !== "ftyp" || !brands(bytes, ftyp).some((brand) => HEIF_BRANDS.has(brand))) {
    return { ok: false, problem: "imageUnreadable" };
  }
  if (top.stoppedAt !== undefined) {
    // A box we know that runs past the end is a file cut short; anything else is data after the image.
    const truncated = top.stoppedHeader !== undefined && TOP_LEVEL_BOXES.has(top.stoppedHeader.type);
    return { ok: false, problem: truncated ? "imageUnreadable" : "extraContent" };
  }
  if (top.boxes.some((box) => !TOP_LEVEL_BOXES.has(box.type))) return { ok: false, problem: "extraContent" };
  const metas = top.boxes.filter((box) => box.type === "meta");
  const ftyps = top.boxes.filter((box) => box.type === "ftyp");
  const [meta] = metas;
  if (!meta || metas.length !== 1 || ftyps.length !== 1) return { ok: false, problem: "imageUnreadable" };
  // meta is a full box: version and flags (4 bytes) come before its boxes.
  const inside = readBoxes(bytes, meta.payload + 4, meta.end);
  const hdlr = inside.boxes.find((box) => box.type === "hdlr");
  // hdlr: version and flags, pre_defined, then handler_type, "pict" for an image.
  if (
    inside.stoppedAt !== undefined ||
    !hdlr ||
    hdlr.end - hdlr.payload < 12 ||
    fourCC(bytes, hdlr.payload + 8) !== "pict"
  ) {
    return { ok: false, problem: "imageUnreadable" };
  }
  return { ok: true, metaBoxes: inside.boxes };
}
