import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// What a production build depends on; a change to any of these means the build is stale.
const INPUTS = [
  "app",
  "components",
  "i18n",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const FINGERPRINT_FILE = ".next/source-fingerprint";

async function* filesUnder(entry: string): AsyncGenerator<string> {
  if (!existsSync(entry)) return;
  const dirents = await readdir(entry, { withFileTypes: true }).catch(() => undefined);
  if (!dirents) {
    yield entry;
    return;
  }
  for (const dirent of dirents.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = path.join(entry, dirent.name);
    if (dirent.isDirectory()) yield* filesUnder(child);
    else if (!/\.test\.tsx?$/.test(dirent.name)) yield child;
  }
}

/** A content hash of the build's inputs (contents, not timestamps, so a fresh clone matches). */
export async function sourceFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for await (const file of filesUnder(input)) {
      hash
        .update(file)
        .update("\0")
        .update(await readFile(file))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

export async function isBuildCurrent(fingerprint: string): Promise<boolean> {
  if (!existsSync(".next/BUILD_ID")) return false;
  const recorded = await readFile(FINGERPRINT_FILE, "utf8").catch(() => "");
  return recorded === fingerprint;
}

export async function recordBuild(fingerprint: string): Promise<void> {
  await writeFile(FINGERPRINT_FILE, fingerprint);
}
