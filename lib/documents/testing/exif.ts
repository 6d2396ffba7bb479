import { ascii, bigEndian16, bigEndian32, join } from "./bytes";

/** Text put in the EXIF of test photos, to find out whether any of it survived. */
export const EXIF_MARKER = "EXIF-MARKER-HOME-ADDRESS";

interface IfdEntry {
  readonly tag: number;
  readonly type: number;
  readonly count: number;
  /** Four bytes: the value itself, or the offset of the value. */
  readonly value: Uint8Array;
}

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

function ifd(entries: readonly IfdEntry[]): Uint8Array {
  return join(
    bigEndian16(entries.length),
    ...entries.flatMap((entry) => [
      bigEndian16(entry.tag),
      bigEndian16(entry.type),
      bigEndian32(entry.count),
      entry.value,
    ]),
    bigEndian32(0),
  );
}

/**
 * A big-endian TIFF block as EXIF holds it: IFD0 with a description (EXIF_MARKER), the
 * orientation and a pointer to a GPS directory giving latitude 35°41'22" N. The layout is fixed:
 * header (8), IFD0 at 8 (3 entries: 42 bytes), the description, the GPS IFD (2 entries: 30
 * bytes), then the latitude (3 rationals).
 */
export function exifTiff(orientation = 1): Uint8Array {
  const description = join(EXIF_MARKER, "\0");
  const descriptionAt = 8 + 42;
  const gpsAt = descriptionAt + description.byteLength;
  const latitudeAt = gpsAt + 30;
  const ifd0 = ifd([
    { tag: 0x010e, type: ASCII, count: description.byteLength, value: bigEndian32(descriptionAt) },
    { tag: 0x0112, type: SHORT, count: 1, value: join(bigEndian16(orientation), bigEndian16(0)) },
    { tag: 0x8825, type: LONG, count: 1, value: bigEndian32(gpsAt) },
  ]);
  const gps = ifd([
    { tag: 0x0001, type: ASCII, count: 2, value: join("N\0\0\0") },
    { tag: 0x0002, type: RATIONAL, count: 3, value: bigEndian32(latitudeAt) },
  ]);
  const latitude = join(...[35, 41, 22].flatMap((value) => [bigEndian32(value), bigEndian32(1)]));
  return join(ascii("MM"), bigEndian16(42), bigEndian32(8), ifd0, description, gps, latitude);
}
