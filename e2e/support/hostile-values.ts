/**
 * The classes of input an attacker (or a broken client) sends, as plain data for the sweep in
 * e2e/hostile-input.spec.ts. Each is named, so a failure says which class broke which endpoint.
 */
export const HOSTILE_STRINGS = {
  empty: "",
  nul: "a\u0000b",
  loneHighSurrogate: "x\ud800y",
  loneLowSurrogate: "\udfffz",
  rtlOverride: "\u202eevil\u202c.pdf",
  combining: "e\u0301\u0301\u0301\u0301\u0301",
  controlCharacters: "\u0001\u0007\u001b[31m",
  html: '<script>alert(1)</script><img src=x onerror="alert(1)">',
  sql: "' OR 1=1; DROP TABLE draft; --",
  pathTraversal: "../../../../etc/passwd",
  huge: "あ".repeat(200_000),
  numberLike: "1e309",
} satisfies Record<string, string>;

export const HOSTILE_VALUES: Record<string, unknown> = {
  ...HOSTILE_STRINGS,
  null: null,
  true: true,
  zero: 0,
  negative: -1,
  maxNumber: Number.MAX_VALUE,
  unsafeInteger: 2 ** 60,
  emptyObject: {},
  emptyArray: [],
  protoKey: JSON.parse('{"__proto__": {"polluted": true}}'),
  constructorKey: { constructor: { prototype: { polluted: true } } },
  deepNesting: nest(500),
  wideObject: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, "v"])),
};

function nest(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Bodies no JSON parser accepts, or that say one thing in their headers and another in their bytes. */
export const MALFORMED_BODIES: Record<string, { contentType: string; body: string | Buffer }> = {
  truncatedJson: { contentType: "application/json", body: '{"a": [1, 2' },
  jsonLoneSurrogateEscape: { contentType: "application/json", body: '{"name": "\\ud800"}' },
  jsonNulEscape: { contentType: "application/json", body: '{"name": "a\\u0000b"}' },
  invalidUtf8: { contentType: "application/json", body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  multipartWithoutBoundary: { contentType: "multipart/form-data", body: "--x\r\n\r\n" },
  multipartWrongBoundary: {
    contentType: "multipart/form-data; boundary=abc",
    body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n',
  },
  multipartTruncated: {
    contentType: "multipart/form-data; boundary=abc",
    body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4',
  },
  urlEncodedBrokenPercent: { contentType: "application/x-www-form-urlencoded", body: "a=%ZZ&b=%E0%A4&c=%" },
  wrongContentType: { contentType: "image/png", body: "not a png" },
  textPlainGarbage: { contentType: "text/plain;charset=UTF-8", body: "\u0000\u0001garbage[[[" },
};

/** Segments and query strings that break percent-decoding or try to leave the route. */
export const HOSTILE_PATH_SEGMENTS = [
  "%E0%A4%A",
  "%ZZ",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "%C0%AE%C0%AE",
  "a".repeat(3000),
];
export const HOSTILE_QUERIES = ["?q=%E0%A4%A", "?token=%ZZ", "?q=%00", "?q[]=1&q[a]=2", `?q=${"x".repeat(6000)}`];

/** A multipart form with hostile field names, values and a file whose name and bytes lie. */
export function hostileMultipart(extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  form.append("locale", "ja");
  form.append("item", HOSTILE_STRINGS.pathTraversal);
  form.append("__proto__", HOSTILE_STRINGS.nul);
  form.append("constructor", HOSTILE_STRINGS.loneHighSurrogate);
  form.append("name\u0000", HOSTILE_STRINGS.rtlOverride);
  form.append(
    "file",
    new Blob(["<html><script>alert(1)</script></html>"], { type: "application/pdf" }),
    "..\\..\\evil\u0000\u202e.pdf",
  );
  return form;
}
