import { stat, utimes } from "node:fs/promises";

/**
 * PGlite runs inside the process that `npm start` begins, not as a server of its own. That process
 * tells the web server who it is, and shows it is still working by touching a file every few
 * seconds: a PGlite stuck in its WebAssembly (seen: an unknown protocol message) blocks that
 * whole process, which then can neither answer nor stop the web server itself.
 */
export const EMBEDDED_DATABASE_OWNER_ENV = "EMBEDDED_DATABASE_OWNER_PID";
export const EMBEDDED_DATABASE_HEARTBEAT_ENV = "EMBEDDED_DATABASE_HEARTBEAT_FILE";

const HEARTBEAT_MS = 5_000;
/** Long enough for the longest statement the embedded database should ever run in one piece. */
const STUCK_AFTER_MS = 30_000;

/** In the process holding PGlite: touches `file` while this process runs. Returns a stop. */
export function keepHeartbeat(file: string, intervalMs = HEARTBEAT_MS): () => void {
  const beat = () => {
    const now = new Date();
    utimes(file, now, now).catch(() => {});
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function lastBeat(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    // Removed while that process closes the database: whether it still runs tells the rest.
    return undefined;
  }
}

export interface OwnerWatchOptions {
  intervalMs?: number;
  stuckAfterMs?: number;
  exit?: (code: number) => void;
}

/**
 * In the web server: when the process holding the embedded database ends (killed, out of memory,
 * crashed) or hangs, stop with one line and a non-zero code instead of answering every request
 * with an error. A hung holder is killed first, so that `npm start` ends too. Nothing to watch with
 * a database server of its own (DATABASE_URL): the app rides out its outages with "try again".
 */
export function stopWithEmbeddedDatabase(
  env: Record<string, string | undefined> = process.env,
  options: OwnerWatchOptions = {},
): void {
  const owner = Number(env[EMBEDDED_DATABASE_OWNER_ENV]);
  if (!Number.isInteger(owner) || owner <= 0) return;
  const heartbeat = env[EMBEDDED_DATABASE_HEARTBEAT_ENV];
  const { intervalMs = 1_000, stuckAfterMs = STUCK_AFTER_MS, exit = (code: number) => process.exit(code) } = options;
  // When the holder is our parent, a new parent means it is gone even if its number was reused.
  const ownerIsParent = process.ppid === owner;
  let done = false;
  const stop = (line: string) => {
    done = true;
    clearInterval(timer);
    console.error(line);
    exit(1);
  };

  const timer = setInterval(() => {
    if (done) return;
    if (!isRunning(owner) || (ownerIsParent && process.ppid !== owner)) {
      stop("The embedded database stopped (the process holding it ended), so the web server stops too.");
      return;
    }
    if (!heartbeat) return;
    void lastBeat(heartbeat).then((beat) => {
      if (done || beat === undefined || Date.now() - beat < stuckAfterMs) return;
      try {
        process.kill(owner, "SIGKILL");
      } catch {
        // It ended meanwhile.
      }
      stop("The embedded database stopped responding (the process holding it hangs), so it and the web server stop.");
    });
  }, intervalMs);
  timer.unref();
}
