import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { runProcess } from "./support/run-process";
import { freePort } from "./support/free-port";

function runStart(args: string[], env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("DATABASE_URL" in env)) delete childEnv.DATABASE_URL;
  return runProcess(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts", ...args], { env: childEnv });
}

describe("npm start (database preparation)", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("keeps the embedded data between starts and does not load the demo data twice", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "enrollment-start-"));
    dirs.push(dir);
    const env = { EMBEDDED_DATABASE_DIR: path.join(dir, "pglite"), EMBEDDED_DATABASE_PORT: String(await freePort()) };

    const first = await runStart(["--prepare-only"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("embedded database (PGlite)");
    const second = await runStart(["--prepare-only"], env);
    expect(second.code, second.stderr).toBe(0);

    const db = await PGlite.create(path.join(dir, "pglite"));
    try {
      const { rows } = await db.query<{ year: number }>("SELECT year FROM edition ORDER BY year");
      // 2027 is the demo edition, open for applications around the first start.
      expect(rows.map((row) => row.year)).toEqual([2025, 2026, 2027]);
    } finally {
      await db.close();
    }
  });

  it("stops with one clear line, and no stack trace, when DATABASE_URL is malformed", async () => {
    const result = await runStart(["--prepare-only"], { DATABASE_URL: "not-a-url" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Configuration error: DATABASE_URL must be a PostgreSQL URL such as postgresql://user@host:5432/database.",
    );
  });
});
