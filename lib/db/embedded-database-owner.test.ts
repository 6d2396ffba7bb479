import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  EMBEDDED_DATABASE_HEARTBEAT_ENV,
  EMBEDDED_DATABASE_OWNER_ENV,
  keepHeartbeat,
  stopWithEmbeddedDatabase,
} from "./embedded-database-owner";

const owners: ChildProcess[] = [];
const dirs: string[] = [];

function startOwner(): ChildProcess {
  const owner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  owners.push(owner);
  return owner;
}

async function heartbeatFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "heartbeat-"));
  dirs.push(dir);
  const file = path.join(dir, "pglite.server.json");
  await writeFile(file, "{}");
  return file;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(20);
};

afterEach(async () => {
  for (const owner of owners.splice(0)) owner.kill("SIGKILL");
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  vi.restoreAllMocks();
});

describe("stopWithEmbeddedDatabase", () => {
  it("stops with one line and code 1 once the process holding the database ends, not before", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.fn();
    const owner = startOwner();
    stopWithEmbeddedDatabase({ [EMBEDDED_DATABASE_OWNER_ENV]: String(owner.pid) }, { intervalMs: 25, exit });

    await sleep(200);
    expect(exit).not.toHaveBeenCalled();

    owner.kill("SIGKILL");
    await until(() => exit.mock.calls.length > 0, 2_000);
    expect(exit.mock.calls).toEqual([[1]]);
    expect(printed.mock.calls).toEqual([
      ["The embedded database stopped (the process holding it ended), so the web server stops too."],
    ]);
  });

  it("ends a holder whose heartbeat stopped, then stops with one line, and leaves a beating one alone", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.fn();
    const owner = startOwner();
    const file = await heartbeatFile();
    const stopBeating = keepHeartbeat(file, 50);
    const env = { [EMBEDDED_DATABASE_OWNER_ENV]: String(owner.pid), [EMBEDDED_DATABASE_HEARTBEAT_ENV]: file };
    const ended = new Promise((resolve) => owner.once("exit", (_code, signal) => resolve(signal)));
    stopWithEmbeddedDatabase(env, { intervalMs: 25, stuckAfterMs: 500, exit });

    await sleep(1_000);
    expect(exit).not.toHaveBeenCalled();

    // As if the holder's event loop were stuck: no more touches, the file ages.
    stopBeating();
    const old = new Date(Date.now() - 10_000);
    await utimes(file, old, old);
    await until(() => exit.mock.calls.length > 0, 2_000);
    expect(await ended).toBe("SIGKILL");
    expect(exit.mock.calls).toEqual([[1]]);
    expect(printed.mock.calls).toEqual([
      ["The embedded database stopped responding (the process holding it hangs), so it and the web server stop."],
    ]);
  });

  it("watches nothing with a database server of its own", async () => {
    const exit = vi.fn();
    stopWithEmbeddedDatabase({}, { intervalMs: 10, exit });
    await sleep(100);
    expect(exit).not.toHaveBeenCalled();
  });
});
