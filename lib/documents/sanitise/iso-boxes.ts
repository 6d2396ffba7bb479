/**
 * Boxes of the ISO base media file format (ISO/IEC 14496-12, 4.2), which HEIC and HEIF photos are
 * made of: a 32-bit size (1: a 64-bit size follows; 0: "to the end of the file"), a four-character
 * type, and for "uuid" a 16-byte user type. Hand-written: the few lines it takes are easier to
 * check than a media library, and no kept package reads boxes without also decoding video.
 */
export interface IsoBox {
  readonly type: string;
  readonly start: number;
  /** Where the box's payload begins. */
  readonly payload: number;
  readonly end: number;
}

export interface BoxRun {
  readonly boxes: readonly IsoBox[];
  /** Where the bytes stopped being whole boxes; undefined when the boxes fill the range exactly. */
  readonly stoppedAt?: number;
  /** The box header found there, when one could be read (its size ran past the range, or was 0). */
  readonly stoppedHeader?: { readonly type: string };
}

export function uint32(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > bytes.byteLength) throw new RangeError("Read past the end of the box");
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

export function uint16(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > bytes.byteLength) throw new RangeError("Read past the end of the box");
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

/** An unsigned integer of 0, 4 or 8 bytes (the sizes iloc uses). */
export function uintOfSize(bytes: Uint8Array, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 4) return uint32(bytes, at);
  if (size === 8) {
    const value = uint32(bytes, at) * 2 ** 32 + uint32(bytes, at + 4);
    if (!Number.isSafeInteger(value)) throw new RangeError("Offset too large");
    return value;
  }
  throw new RangeError("Unsupported field size");
}

export function fourCC(bytes: Uint8Array, at: number): string | undefined {
  if (at < 0 || at + 4 > bytes.byteLength) return undefined;
  const codes = bytes.subarray(at, at + 4);
  // Box types are printable ASCII; anything else is not a box header.
  return codes.every((code) => code >= 0x20 && code <= 0x7e) ? String.fromCharCode(...codes) : undefined;
}

/** The boxes laid end to end in bytes[from, to), as far as they go. */
export function readBoxes(bytes: Uint8Array, from: number, to: number): BoxRun {
  const boxes: IsoBox[] = [];
  let at = from;
  while (at < to) {
    if (to - at < 8) return { boxes, stoppedAt: at };
    const type = fourCC(bytes, at + 4);
    if (type === undefined) return { boxes, stoppedAt: at };
    let size = uint32(bytes, at);
    let payload = at + 8;
    if (size === 1) {
      if (to - at < 16) return { boxes, stoppedAt: at };
      size = uintOfSize(bytes, at + 8, 8);
      payload = at + 16;
    }
    if (type === "uuid") payload += 16;
    // Size 0 ("to the end") is refused too: a well-written photo states its sizes, and "the end"
    // is exactly where appended data would hide.
    if (size === 0 || size < payload - at || at + size > to) return { boxes, stoppedAt: at, stoppedHeader: { type } };
    boxes.push({ type, start: at, payload, end: at + size });
    at += size;
  }
  return { boxes };
}
