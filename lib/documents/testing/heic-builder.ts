import { ascii, bigEndian16, bigEndian32, join } from "./bytes";
import { exifTiff } from "./exif";

function box(type: string, ...payload: readonly (Uint8Array | string)[]): Uint8Array {
  const body = join(...payload);
  return join(bigEndian32(body.byteLength + 8), ascii(type), body);
}

function fullBox(type: string, version: number, ...payload: readonly (Uint8Array | string)[]): Uint8Array {
  return box(type, Uint8Array.of(version, 0, 0, 0), ...payload);
}

export function ftypBox(majorBrand: string, compatibleBrands: readonly string[]): Uint8Array {
  return box("ftyp", majorBrand, bigEndian32(0), ...compatibleBrands);
}

/** Text put in the XMP of test photos, to find out whether any of it survived. */
export const XMP_MARKER = "XMP-MARKER-35.6895N";

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="${XMP_MARKER}"/></rdf:RDF></x:xmpmeta>`;

// Stands for the compressed picture: HEVC data is opaque to the checks.
const PICTURE = Uint8Array.from({ length: 64 }, (_, index) => (index * 37 + 11) & 0xff);

export interface HeicParts {
  readonly majorBrand?: string;
  readonly compatibleBrands?: readonly string[];
  /** Include an EXIF item (with GPS) and an XMP item; true unless false. */
  readonly metadata?: boolean;
  /** Where the metadata items are: in mdat (construction method 0) or in meta's idat (1). */
  readonly metadataIn?: "mdat" | "idat";
}

/**
 * A HEIF still image as phones write them: ftyp; meta with hdlr "pict", pitm, iinf (an hvc1
 * picture, an Exif item, an XMP item), iloc (version 1, 4-byte offsets and lengths); then mdat.
 */
export function buildHeic(parts: HeicParts = {}): Uint8Array {
  const metadata = parts.metadata ?? true;
  const exifItem = join(bigEndian32(6), "Exif\0\0", exifTiff(1));
  const xmpItem = ascii(XMP);
  const ftyp = ftypBox(parts.majorBrand ?? "heic", parts.compatibleBrands ?? ["mif1", "heic"]);
  const inIdat = parts.metadataIn === "idat";

  const infe = (id: number, type: string, contentType?: string) =>
    fullBox(
      "infe",
      2,
      bigEndian16(id),
      bigEndian16(0),
      type,
      "\0",
      contentType === undefined ? "" : `${contentType}\0`,
    );
  const items = metadata
    ? [infe(1, "hvc1"), infe(2, "Exif"), infe(3, "mime", "application/rdf+xml")]
    : [infe(1, "hvc1")];

  function meta(mdatPayload: number): Uint8Array {
    const location = (id: number, method: number, offset: number, length: number) =>
      join(
        bigEndian16(id),
        bigEndian16(method),
        bigEndian16(0),
        bigEndian16(1),
        bigEndian32(offset),
        bigEndian32(length),
      );
    const metadataMethod = inIdat ? 1 : 0;
    const metadataBase = inIdat ? 0 : mdatPayload + PICTURE.byteLength;
    const locations = [location(1, 0, mdatPayload, PICTURE.byteLength)];
    if (metadata) {
      locations.push(
        location(2, metadataMethod, metadataBase, exifItem.byteLength),
        location(3, metadataMethod, metadataBase + exifItem.byteLength, xmpItem.byteLength),
      );
    }
    return fullBox(
      "meta",
      0,
      fullBox("hdlr", 0, bigEndian32(0), "pict", bigEndian32(0), bigEndian32(0), bigEndian32(0), "\0"),
      fullBox("pitm", 0, bigEndian16(1)),
      fullBox("iinf", 0, bigEndian16(items.length), ...items),
      fullBox("iloc", 1, Uint8Array.of(0x44, 0x00), bigEndian16(locations.length), ...locations),
      ...(metadata && inIdat ? [box("idat", exifItem, xmpItem)] : []),
    );
  }

  // The meta box has the same size whatever offsets it holds: measure it, then fill them in.
  const mdatPayload = ftyp.byteLength + meta(0).byteLength + 8;
  const mdat = box("mdat", PICTURE, ...(metadata && !inIdat ? [exifItem, xmpItem] : []));
  return join(ftyp, meta(mdatPayload), mdat);
}
