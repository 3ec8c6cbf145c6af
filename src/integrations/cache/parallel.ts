/**
 * How many of the build's heavy tasks run at once (Chromium pages, compression workers): one per core
 * there is (`os.availableParallelism()`), or `REPORT_BUILD_JOBS` when set.
 */
import { availableParallelism } from 'node:os';

/** The number of tasks to run at once. */
export function buildJobs(env: Record<string, string | undefined> = process.env): number {
  const set = env.REPORT_BUILD_JOBS?.trim();
  if (set) {
    if (!/^[1-9]\d*$/.test(set))
      throw new Error(`REPORT_BUILD_JOBS must be a whole number ≥ 1, not "${set}"`);
    return Number(set);
  }
  return availableParallelism();
}

/**
 * Runs `task` over `items`, at most `limit` at once, in the order given (put the longest first); rejects
 * with the first failure once the running tasks have settled.
 */
export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, worker: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (w: number) => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item, w);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, (_, w) => worker(w)));
  if (failure) throw failure.error;
}
