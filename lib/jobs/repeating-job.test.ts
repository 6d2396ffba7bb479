import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeError, startRepeatingJob } from "./repeating-job";

/** A run that stays under way until the test lets it finish. */
function controlledRun() {
  const finishers: (() => void)[] = [];
  const run = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { run, finishNext: () => finishers.shift()?.() };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("startRepeatingJob", () => {
  it("runs once per interval, and at start when asked", async () => {
    const run = vi.fn(async () => {});
    const job = startRepeatingJob({ name: "test", intervalMs: 1000, run, runAtStart: true });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(4);
    job.stop();
  });

  it("skips the ticks that come while a run is still going", async () => {
    const { run, finishNext } = controlledRun();
    const job = startRepeatingJob({ name: "test", intervalMs: 1000, run });
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
    finishNext();
    await job.idle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    finishNext();
    job.stop();
  });

  it("logs a failure as one line without the error's message, and tries again at the next tick", async () => {
    const log = vi.fn();
    const failure = Object.assign(new Error("duplicate key (email)=(parent@example.jp)"), { code: "P2002" });
    const run = vi.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    const job = startRepeatingJob({ name: "mail sender", intervalMs: 1000, run, log });
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toHaveBeenCalledExactlyOnceWith('Background job "mail sender" failed: Error P2002');
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
    job.stop();
  });

  it("runs no more after stop, and lets the run under way finish", async () => {
    const { run, finishNext } = controlledRun();
    const job = startRepeatingJob({ name: "test", intervalMs: 1000, run, runAtStart: true });
    job.stop();
    const idle = job.idle();
    finishNext();
    await idle;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("does not keep the process alive", () => {
    vi.useRealTimers();
    const timers: NodeJS.Timeout[] = [];
    const realSetInterval = globalThis.setInterval;
    const spy = vi.spyOn(globalThis, "setInterval").mockImplementation(((...args: Parameters<typeof setInterval>) => {
      const timer = realSetInterval(...args);
      timers.push(timer);
      return timer;
    }) as typeof setInterval);
    const job = startRepeatingJob({ name: "test", intervalMs: 1000, run: async () => {} });
    spy.mockRestore();
    expect(timers.map((timer) => timer.hasRef())).toEqual([false]);
    job.stop();
  });
});

describe("describeError", () => {
  it("keeps the class and a well-formed code only", () => {
    expect(describeError(new TypeError("cannot read 山田"))).toBe("TypeError");
    expect(describeError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe("Error ECONNREFUSED");
    expect(describeError(Object.assign(new Error("x"), { code: "parent@example.jp" }))).toBe("Error");
    expect(describeError("a string")).toBe("unknown error");
  });
});
