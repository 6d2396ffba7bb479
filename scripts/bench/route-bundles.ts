/**
 * `npm run bench:bundles`: first-load JavaScript of each route of the last `next build`, raw and
 * gzipped. Next 16 no longer prints these; it writes .next/diagnostics/route-bundle-stats.json.
 * Family pages must stay light on a phone (goal: under 150 KiB gzipped for the application).
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as RouteStats[];
const gzipped = new Map<string, number>();
const gzipSize = (path: string) => {
  let size = gzipped.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path), { level: 9 }).byteLength;
    gzipped.set(path, size);
  }
  return size;
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log("route".padEnd(40), "raw".padStart(12), "gzipped".padStart(12));
for (const route of stats.sort((a, b) => a.route.localeCompare(b.route))) {
  const total = route.firstLoadChunkPaths.reduce((sum, path) => sum + gzipSize(path), 0);
  console.log(route.route.padEnd(40), kib(route.firstLoadUncompressedJsBytes).padStart(12), kib(total).padStart(12));
}
