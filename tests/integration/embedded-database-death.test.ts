import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BREAKING_MESSAGES, sendRaw } from "./support/raw-postgres-client";
import { freePort } from "./support/free-port";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    (response) => response.ok,
    () => false,
  );

function childPids(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((child) => child > 0);
  } catch {
    return [];
  }
}

interface RunningApp {
  port: number;
  databasePort: number;
  /** The process holding PGlite; the web server is its child. */
  owner: number;
  /** Resolves with the exit code once every process sharing the output (the web server too) ended. */
  closed: Promise<number | null>;
  stderr(): string;
}

describe("npm start when the embedded database dies", () => {
  const cleanup: { dirs: string[]; pids: number[] } = { dirs: [], pids: [] };
  afterAll(async () => {
    // Whatever a failed run left behind, by the ids this test started.
    for (const pid of cleanup.pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await Promise.all(cleanup.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function startApp(): Promise<RunningApp> {
    const dir = await mkdtemp(path.join(tmpdir(), "enrollment-death-"));
    cleanup.dirs.push(dir);
    const dataDir = path.join(dir, "pglite");
    const port = await freePort();
    const databasePort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      EMBEDDED_DATABASE_DIR: dataDir,
      EMBEDDED_DATABASE_PORT: String(databasePort),
      UPLOAD_DIR: path.join(dir, "uploads"),
      DEMO_DATA: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    for (const key of ["DATABASE_URL", "SMTP_URL", "PUBLIC_SITE_URL"]) delete env[key];

    const start: ChildProcess = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    cleanup.pids.push(start.pid ?? 0);
    let stderr = "";
    start.stdout?.resume();
    start.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => start.on("close", resolve));

    await until(() => answers(`http://127.0.0.1:${port}/api/health`), 840_000, "the app to answer");
    const owner = (JSON.parse(await readFile(`${dataDir}.server.json`, "utf8")) as { pid: number }).pid;
    cleanup.pids.push(owner, ...childPids(owner));
    return { port, databasePort, owner, closed, stderr: () => stderr };
  }

  async function expectStopped(app: RunningApp, withinMs: number, line: string) {
    const since = Date.now();
    const code = await Promise.race([app.closed, sleep(withinMs).then(() => "still running" as const)]);
    expect(code, `stopped within ${withinMs} ms`).not.toBe("still running");
    expect(code).not.toBe(0);
    expect(Date.now() - since).toBeLessThan(withinMs);
    expect(await answers(`http://127.0.0.1:${app.port}/api/health`)).toBe(false);
    expect(app.stderr()).toContain(`${line}\n`);
  }

  // The first run after a change builds the app (minutes on a busy machine); later runs reuse it.
  const timeout = 900_000;

  it("stops the web server with one line when the process holding PGlite is killed", { timeout }, async () => {
    const app = await startApp();
    process.kill(app.owner, "SIGKILL");
    await expectStopped(
      app,
      10_000,
      "The embedded database stopped (the process holding it ended), so the web server stops too.",
    );
  });

  it("stops the app with one line when PGlite fails and serves no one any more", { timeout }, async () => {
    const app = await startApp();
    await sendRaw(app.databasePort, BREAKING_MESSAGES.abandonedCopy);
    await expectStopped(app, 15_000, "The embedded database failed, so the app was stopped. Run npm start again.");
  });

  it("ends a PGlite stuck in a loop, and the web server, with one line", { timeout }, async () => {
    const app = await startApp();
    await sendRaw(app.databasePort, BREAKING_MESSAGES.unknownType);
    // 30 s without a heartbeat counts as stuck; the heartbeat comes every 5 s.
    await expectStopped(
      app,
      50_000,
      "The embedded database stopped responding (the process holding it hangs), so it and the web server stop.",
    );
  });
});
