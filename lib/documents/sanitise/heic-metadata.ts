import { readBoxes, uint16, uint32, uintOfSize, fourCC, type IsoBox } from "./iso-boxes";

/**
 * Where a HEIF file keeps its metadata: items of type "Exif" (the same EXIF as a JPEG's, with the
 * GPS position) and "mime" items of XMP, listed in iinf and located by iloc (ISO/IEC 23008-12,
 * 6.5 and Annex A; ISO/IEC 14496-12, 8.11). The photo cannot be re-encoded here, so these items'
 * bytes are overwritten in place instead: same length, every offset unchanged, the image intact.
 */
interface Item {
  readonly type?: string;
  readonly contentType?: string;
}

interface Extent {
  readonly offset: number;
  readonly length: number;
}

interface Location {
  /** 0: offsets in the file; 1: offsets in the idat box; 2: another item's data. */
  readonly constructionMethod: number;
  readonly dataReferenceIndex: number;
  readonly extents: readonly Extent[];
}

function nullTerminated(bytes: Uint8Array, at: number, end: number): [string, number] {
  let stop = at;
  while (stop < end && bytes[stop] !== 0) stop += 1;
  return [String.fromCharCode(...bytes.subarray(at, stop)), Math.min(stop + 1, end)];
}

/** item_ID → type and content type, from the infe boxes of iinf. */
function readItems(bytes: Uint8Array, iinf: IsoBox): Map<number, Item> {
  const version = bytes[iinf.payload] ?? 0;
  const entries = readBoxes(bytes, iinf.payload + 4 + (version === 0 ? 2 : 4), iinf.end);
  // An entry we could not read might be the EXIF one.
  if (entries.stoppedAt !== undefined) throw new RangeError("iinf holds something other than entries");
  const items = new Map<number, Item>();
  for (const infe of entries.boxes.filter((box) => box.type === "infe")) {
    const infeVersion = bytes[infe.payload] ?? 0;
    let at = infe.payload + 4;
    const id = infeVersion === 3 ? uint32(bytes, at) : uint16(bytes, at);
    at += (infeVersion === 3 ? 4 : 2) + 2; // item_ID, item_protection_index
    if (infeVersion >= 2) {
      const type = fourCC(bytes, at);
      const [, afterName] = nullTerminated(bytes, at + 4, infe.end);
      const contentType = type === "mime" ? nullTerminated(bytes, afterName, infe.end)[0] : undefined;
      items.set(id, { type, contentType });
    } else {
      // Versions 0 and 1 have no item type: the name, then a content type.
      const [, afterName] = nullTerminated(bytes, at, infe.end);
      items.set(id, { contentType: nullTerminated(bytes, afterName, infe.end)[0] });
    }
  }
  return items;
}

/** item_ID → where its bytes are, from iloc. */
function readLocations(bytes: Uint8Array, iloc: IsoBox): Map<number, Location> {
  const version = bytes[iloc.payload] ?? 0;
  let at = iloc.payload + 4;
  const sizes = bytes[at] ?? 0;
  const more = bytes[at + 1] ?? 0;
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0x0f;
  const baseOffsetSize = more >> 4;
  const indexSize = version === 1 || version === 2 ? more & 0x0f : 0;
  at += 2;
  const itemCount = version < 2 ? uint16(bytes, at) : uint32(bytes, at);
  at += version < 2 ? 2 : 4;
  const locations = new Map<number, Location>();
  for (let index = 0; index < itemCount; index++) {
    if (at >= iloc.end) throw new RangeError("iloc lists more items than it holds");
    const id = version < 2 ? uint16(bytes, at) : uint32(bytes, at);
    at += version < 2 ? 2 : 4;
    let constructionMethod = 0;
    if (version === 1 || version === 2) {
      constructionMethod = uint16(bytes, at) & 0x0f;
      at += 2;
    }
    const dataReferenceIndex = uint16(bytes, at);
    at += 2;
    const baseOffset = uintOfSize(bytes, at, baseOffsetSize);
    at += baseOffsetSize;
    const extentCount = uint16(bytes, at);
    at += 2;
    const extents: Extent[] = [];
    for (let extent = 0; extent < extentCount; extent++) {
      at += indexSize; // extent_index: which item's data, for construction method 2
      const offset = uintOfSize(bytes, at, offsetSize);
      at += offsetSize;
      const length = uintOfSize(bytes, at, lengthSize);
      at += lengthSize;
      extents.push({ offset: baseOffset + offset, length });
    }
    if (at > iloc.end) throw new RangeError("iloc entry runs past its box");
    locations.set(id, { constructionMethod, dataReferenceIndex, extents });
  }
  return locations;
}

function isMetadata(item: Item): "exif" | "xmp" | undefined {
  if (item.type === "Exif") return "exif";
  const contentType = item.contentType?.toLowerCase() ?? "";
  return contentType.includes("rdf+xml") || contentType.includes("xmp") ? "xmp" : undefined;
}

// An EXIF item with nothing in it: no offset to skip (4 bytes), then a big-endian TIFF header
// whose first directory has no entries and no next directory.
const EMPTY_EXIF = Uint8Array.of(0, 0, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0);
// An XMP packet with no properties; the rest of the item is padded with spaces, as XMP allows.
const EMPTY_XMP = new TextEncoder().encode(
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>',
);

/** Writes `replacement` across the item's extents, as if they were one run of bytes, then `fill`. */
function overwrite(target: Uint8Array, ranges: readonly Extent[], replacement: Uint8Array, fill: number): void {
  const total = ranges.reduce((sum, range) => sum + range.length, 0);
  const fits = replacement.byteLength <= total;
  let written = 0;
  for (const range of ranges) {
    for (let at = range.offset; at < range.offset + range.length; at++, written++) {
      target[at] = fits && written < replacement.byteLength ? replacement[written]! : fill;
    }
  }
}

export type WipedHeic = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false };

/**
 * A copy of a HEIC/HEIF file with every EXIF and XMP item emptied, or ok: false when an item
 * cannot be located for sure (then the file is refused rather than stored with its location data).
 */
export function wipeHeicMetadata(bytes: Uint8Array, metaBoxes: readonly IsoBox[]): WipedHeic {
  const [iinf, ...otherIinf] = metaBoxes.filter((box) => box.type === "iinf");
  const [iloc, ...otherIloc] = metaBoxes.filter((box) => box.type === "iloc");
  const [idat, ...otherIdat] = metaBoxes.filter((box) => box.type === "idat");
  // Each may appear once (ISO/IEC 14496-12, 8.11): a second one would be a second answer to "where".
  if (!iinf || !iloc || otherIinf.length + otherIloc.length + otherIdat.length > 0) return { ok: false };
  try {
    const items = readItems(bytes, iinf);
    const locations = readLocations(bytes, iloc);
    const copy = bytes.slice();
    for (const [id, item] of items) {
      const kind = isMetadata(item);
      if (!kind) continue;
      const location = locations.get(id);
      if (!location) return { ok: false };
      // Data in another file (a data reference) is not in what we store.
      if (location.dataReferenceIndex !== 0) continue;
      if (location.constructionMethod > 1) return { ok: false };
      const base = location.constructionMethod === 1 ? idat?.payload : 0;
      const limit = location.constructionMethod === 1 ? idat?.end : bytes.byteLength;
      if (base === undefined || limit === undefined) return { ok: false };
      const ranges = location.extents.map((extent) => ({ offset: base + extent.offset, length: extent.length }));
      // A length of 0 means "to the end of the data": never the case for metadata a phone writes.
      if (ranges.some((range) => range.length === 0 || range.offset + range.length > limit)) return { ok: false };
      if (kind === "exif") overwrite(copy, ranges, EMPTY_EXIF, 0);
      else overwrite(copy, ranges, EMPTY_XMP, 0x20);
    }
    return { ok: true, bytes: copy };
  } catch {
    return { ok: false };
  }
}
