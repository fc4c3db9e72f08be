/**
 * Wall-clock timing of one piece of work. A full garbage collection runs first (when the runtime
 * allows it) so one run does not pay for the garbage of the previous one.
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

/** `global.gc`, made available without a command-line flag; `null` if the runtime refuses. */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

/** Runs a full GC if possible; a no-op otherwise. */
export function collectGarbage(): void {
  collector()?.();
}

export interface Timed<T> {
  readonly ms: number;
  readonly result: T;
}

/**
 * Times `work` after a GC.
 *
 * @example
 * timed(() => 6 * 7).result
 * //=> 42
 */
export function timed<T>(work: () => T): Timed<T> {
  collectGarbage();
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}
