/**
 * Runs an action once the user has stopped changing things for a moment, so a burst of edits
 * becomes one save. `flush` runs a pending action now (before Generate or a reload).
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Debouncer {
  /** (Re)starts the wait; the action runs `delayMs` after the last call. */
  schedule(): void;
  /** Runs the action now if one is waiting; returns whether it ran. */
  flush(): boolean;
  cancel(): void;
  isPending(): boolean;
}

/**
 * Creates a debouncer for one action.
 *
 * @example
 * const save = debounce(() => rpc.call('sidebarSaveSetup', setup), 800);
 * save.schedule(); save.schedule(); save.isPending()
 * //=> true   (the action will run once, 800 ms after the second call)
 */
export function debounce(action: () => void, delayMs: number, timers: Timers = globalThis): Debouncer {
  let handle: unknown = null;
  let pending = false;

  const run = (): void => {
    pending = false;
    handle = null;
    action();
  };

  return {
    schedule() {
      if (pending) timers.clearTimeout(handle);
      pending = true;
      handle = timers.setTimeout(run, delayMs);
    },
    flush() {
      if (!pending) return false;
      timers.clearTimeout(handle);
      run();
      return true;
    },
    cancel() {
      if (pending) timers.clearTimeout(handle);
      pending = false;
      handle = null;
    },
    isPending: () => pending,
  };
}
