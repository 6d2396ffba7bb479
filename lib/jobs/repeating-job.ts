/** A piece of background work that runs every `intervalMs` in this process. */
export interface RepeatingJobOptions {
  /** Named in the log line of a failure, e.g. "mail sender"; never anything about a family. */
  name: string;
  intervalMs: number;
  run: () => Promise<void>;
  /** Also run once at once, rather than only after the first interval. */
  runAtStart?: boolean;
  /** Where a failure's one line goes; console.error by default. */
  log?: (line: string) => void;
}

export interface RepeatingJob {
  /** No further runs; a run under way finishes on its own. */
  stop(): void;
  /** Resolves once no run is under way (for a clean stop, and for tests). */
  idle(): Promise<void>;
}

/**
 * Runs `run` on a timer, never two at once: a tick that comes while the previous run is still
 * going is skipped, so a slow mail server cannot pile up senders. A failure is logged as one line
 * and the next tick tries again; it never reaches the server process as an unhandled rejection.
 * The timer does not keep the process alive, so the process exits as if the job were not there.
 */
export function startRepeatingJob(options: RepeatingJobOptions): RepeatingJob {
  const log = options.log ?? ((line: string) => console.error(line));
  let current: Promise<void> | undefined;
  let stopped = false;

  const tick = () => {
    if (stopped || current) return;
    current = (async () => {
      try {
        await options.run();
      } catch (error) {
        log(`Background job "${options.name}" failed: ${describeError(error)}`);
      }
    })().finally(() => {
      current = undefined;
    });
  };

  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  if (options.runAtStart) tick();

  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    idle: async () => {
      await current;
    },
  };
}

/**
 * The error's class and code only ("PrismaClientKnownRequestError P1001"): error messages can
 * quote the values of a query or an address, which must not reach the server's log.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const name = /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(error.name) ? error.name : "Error";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{0,31}$/.test(code) ? `${name} ${code}` : name;
}
