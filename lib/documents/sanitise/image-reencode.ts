import sharp from "sharp";
import { refused, type Sanitised } from "./sanitise-problem";

/**
 * The most pixels decoded: 50 megapixels covers the largest modes of phone cameras (8160 × 6120).
 * Decoding and re-encoding that many took about 0.5 GB and 4 s here; a PNG or JPEG claiming more
 * is refused before its pixels are read, so a small "decompression bomb" cannot take the memory.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

// How good the new JPEG is: high enough that small print on a photographed document stays sharp.
const JPEG_QUALITY = 90;
const TIMEOUT_SECONDS = 30;

// One image at a time per process: a burst of large photos then needs the memory of one, not of all.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * A PNG or JPEG decoded and encoded again by sharp (libvips). Only pixels survive: anything after
 * the image's end (PNG IEND, JPEG EOI), text chunks, comments and all metadata — EXIF with the GPS
 * position where the photo was taken, the camera's serial number — are left behind. The EXIF
 * orientation is applied to the pixels first, so the photo still shows the right way up.
 *
 * Decoder warnings (a few stray bytes in a phone's JPEG) are tolerated, since what is stored is
 * the new encoding, not the input.
 */
export function reencodeImage(bytes: Uint8Array, format: "jpeg" | "png"): Promise<Sanitised> {
  return oneAtATime(async () => {
    const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" as const };
    try {
      const metadata = await sharp(bytes, options).metadata();
      if (metadata.format !== format) return refused("imageUnreadable");
      if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) return refused("imageTooLarge");
      const image = sharp(bytes, options).rotate().timeout({ seconds: TIMEOUT_SECONDS });
      const encoded =
        format === "jpeg"
          ? image.jpeg({ quality: JPEG_QUALITY })
          : // A palette PNG (most screenshots) stays a palette PNG, rather than growing threefold.
            image.png({ palette: metadata.isPalette === true });
      const output = await encoded.toBuffer();
      return { ok: true, bytes: new Uint8Array(output.buffer, output.byteOffset, output.byteLength) };
    } catch (error) {
      const tooLarge = error instanceof Error && /pixel limit/i.test(error.message);
      return refused(tooLarge ? "imageTooLarge" : "imageUnreadable");
    }
  });
}
