/**
 * Runs `sweep` on every `every`-th call of the returned function, in this process. The tables of
 * limits and one-time values get one row per new key; deleting expired rows a batch at a time as
 * they are written keeps each table to its live rows plus at most `every` rows per app process,
 * with no timer and no job runner to set up. A failed sweep is ignored: the next one catches up,
 * and a request must not fail because old rows could not be deleted.
 */
export function sweepEveryNthCall<T>(
  every: number,
  sweep: (target: T) => Promise<unknown>,
): (target: T) => Promise<void> {
  let calls = 0;
  return async (target) => {
    calls += 1;
    if (calls % every !== 0) return;
    await sweep(target).catch(() => undefined);
  };
}

/** How many expired rows one sweep deletes at most: more than `every` calls can add. */
export const SWEEP_BATCH = 1000;
