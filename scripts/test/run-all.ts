/**
 * `npm test`: every layer of the suite, in order, with one summary line at the end.
 *   checks       lint, formatting and types
 *   unit         Vitest, lib/ and friends
 *   integration  Vitest against PGlite, and again against PostgreSQL when TEST_DATABASE_URL is set
 *   e2e          Playwright in Debian's Chromium against the built app
 * Every layer runs even when an earlier one fails, so one run shows everything that is wrong.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

interface Tally {
  passed: number;
  failed: number;
}

const resultsDir = path.resolve(".test-results");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const bin = (tool: string) => path.resolve("node_modules/.bin", tool);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  return result.status ?? 1;
}

function heading(text: string) {
  console.log(`\n━━━ ${text} ━━━`);
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** A layer that crashed before reporting counts as one failure, never as nothing. */
function vitestLayer(name: string, project: string, env: NodeJS.ProcessEnv): Tally {
  heading(name);
  const output = path.join(resultsDir, `${name.replace(/\W+/g, "-")}.json`);
  const code = run(
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`],
    env,
  );
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(output);
  if (!report || report.numTotalTests === 0) return { passed: 0, failed: 1 };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (code !== 0 && !report.numFailedTests ? 1 : 0),
  };
}

function e2eLayer(): Tally {
  heading("e2e (Playwright, Chromium)");
  if (!ensureChromium()) return { passed: 0, failed: 1 };
  const output = path.join(resultsDir, "e2e.json");
  const code = run(bin("playwright"), ["test", "--reporter=list,json"], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(output);
  if (!report) return { passed: 0, failed: 1 };
  const { expected, unexpected, flaky } = report.stats;
  if (expected + unexpected + flaky === 0) return { passed: 0, failed: 1 };
  return { passed: expected, failed: unexpected + flaky + (code !== 0 && unexpected === 0 ? 1 : 0) };
}

/** Playwright cannot download a browser here; Debian's package is the browser. */
function ensureChromium(): boolean {
  if (existsSync(chromiumPath)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing; installing Debian's chromium and Japanese fonts with apt-get…");
    if (run("apt-get", ["update"]) === 0 && run("apt-get", ["install", "-y", "chromium", "fonts-noto-cjk"]) === 0) {
      return existsSync(chromiumPath);
    }
  }
  console.error(`Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium fonts-noto-cjk`);
  return false;
}

function main() {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const tallies: Tally[] = [];
  const failedChecks: string[] = [];

  heading("checks (lint, format, types)");
  if (run(bin("eslint"), [".", "--max-warnings=0"]) !== 0) failedChecks.push("eslint");
  if (run(bin("prettier"), ["--check", "--log-level=warn", "."]) !== 0) failedChecks.push("prettier");
  if (run(bin("tsc"), ["--noEmit"]) !== 0) failedChecks.push("typescript");

  tallies.push(vitestLayer("unit", "unit", process.env));

  const withoutServer: NodeJS.ProcessEnv = { ...process.env };
  delete withoutServer.TEST_DATABASE_URL;
  delete withoutServer.DATABASE_URL;
  tallies.push(vitestLayer("integration on PGlite", "integration", withoutServer));
  if (process.env.TEST_DATABASE_URL) {
    tallies.push(vitestLayer("integration on PostgreSQL", "integration", process.env));
  } else {
    console.log("\n(TEST_DATABASE_URL is not set: the integration suite ran on PGlite only.)");
  }

  tallies.push(e2eLayer());

  const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
  const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0) + failedChecks.length;
  console.log("");
  if (failedChecks.length > 0) console.log(`Checks that failed: ${failedChecks.join(", ")}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
