/**
 * The CLI's memory budget (design §10: peak under 600 MB at 100,000 leads). What the runner keeps
 * alive is small (about 100 MB for 1.26 M cells); the peaks are garbage V8 has not yet collected,
 * because with gigabytes free it lets the heap grow. So at its natural pauses (after loading, after
 * the engine, every few thousand rows written) the CLI asks for a full collection once the process
 * is above the budget. It can only ask when node runs with `--expose-gc`, as `npm run report` does;
 * without it this does nothing and only the peak is higher.
 */

/** Resident size above which a pause collects garbage. */
export const RESIDENT_BUDGET_BYTES = 400 * 1024 * 1024;

/**
 * Collects garbage when the process is above the budget and node exposes `gc`.
 *
 * @example
 * collectGarbageIfLarge()
 * //=> true when it collected
 */
export function collectGarbageIfLarge(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function' || process.memoryUsage.rss() < RESIDENT_BUDGET_BYTES) return false;
  gc();
  return true;
}
