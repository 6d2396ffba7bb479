/**
 * PDF names as the raw bytes spell them. A name is "/" and the characters up to the next white
 * space or delimiter (ISO 32000-1, 7.2.2 and 7.3.5); "#" and two hex digits stand for one byte, so
 * /J#61vaScript is /JavaScript. Viewers decode both cases of hex digit; pdf-lib decodes only upper
 * case, so names are compared after decoding both here.
 */
const RAW_NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;
const ESCAPE = /#([0-9A-Fa-f]{2})/g;

export interface RawName {
  /** Offset of the first character after "/". */
  readonly start: number;
  /** Offset just after the name. */
  readonly end: number;
  /** The name with its #-escapes decoded. */
  readonly value: string;
}

export function decodeNameEscapes(name: string): string {
  return name.includes("#")
    ? name.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : name;
}

/** Every name in a file's byteText, in order, whether in an object, a comment, a string or a stream. */
export function* rawNames(text: string): Generator<RawName> {
  for (const match of text.matchAll(RAW_NAME)) {
    const raw = match[1] ?? "";
    if (raw === "") continue;
    yield { start: match.index + 1, end: match.index + 1 + raw.length, value: decodeNameEscapes(raw) };
  }
}
