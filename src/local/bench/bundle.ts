/**
 * The bundle's size and load time, and one custom-function call through it: what every
 * recalculated custom-function cell pays in Apps Script (a fresh global context that runs all of
 * Code.js, then the top-level wrapper).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { loadBundle, type BundleContext } from '../runtime';
import { createLocalServices } from '../services/createLocalServices';
import { Workbook } from '../workbook/model';
import { SILENT_CONSOLE } from './generate';
import { median } from './stats';
import { timed } from './timing';

/**
 * Bytes of dist/Code.js.
 *
 * @example
 * bundleBytes('dist') > 0
 * //=> true
 */
export function bundleBytes(distDir: string): number {
  return statSync(path.join(distDir, 'Code.js')).size;
}

export interface BundleLoadMeasurement {
  /** Median of loads whose source V8 has not compiled before in this process. */
  readonly coldMs: number;
  readonly coldSamples: number[];
  /** Median of reloads of the identical source (V8's in-process compilation cache may serve them). */
  readonly warmMs: number;
  readonly warmSamples: number[];
}

/**
 * A copy of the bundle that V8 has never compiled: V8 caches compiled scripts by their source text
 * within a process, and Apps Script's fresh execution has no such cache, so each cold load gets a
 * copy that differs by a trailing comment. Returns the folder holding it.
 */
function withUncachedCopy<T>(distDir: string, work: (folder: string) => T): T {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'funnel-kpi-bench-'));
  try {
    const code = readFileSync(path.join(distDir, 'Code.js'), 'utf8');
    writeFileSync(path.join(folder, 'Code.js'), `${code}\n// bench copy ${path.basename(folder)}\n`);
    return work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function freshContext(folder: string): BundleContext {
  return loadBundle(createLocalServices(new Workbook({ name: 'bench' }), { distDir: folder }), { distDir: folder, console: SILENT_CONSOLE });
}

function timeLoad(folder: string): number {
  const services = createLocalServices(new Workbook({ name: 'bench' }), { distDir: folder });
  return timed(() => loadBundle(services, { distDir: folder, console: SILENT_CONSOLE })).ms;
}

/**
 * Times loading dist/Code.js into a fresh context (new vm context + running the whole file, as
 * gas-local does), `runs` times cold and `runs` times warm. The services objects and the file
 * copies are made outside the timing.
 */
export function measureBundleLoad(distDir: string, runs: number): BundleLoadMeasurement {
  const coldSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) coldSamples.push(withUncachedCopy(distDir, timeLoad));
  const warmSamples = Array.from({ length: runs }, () => timeLoad(distDir));
  return { coldMs: median(coldSamples), coldSamples, warmMs: median(warmSamples), warmSamples };
}

/** Builds the custom function's two columns inside the bundle's realm, as Sheets hands ranges over. */
const BUILD_COLUMNS = `(function (rows) {
  var converted = [];
  var total = [];
  for (var i = 0; i < rows; i += 1) {
    converted.push([(i * 7) % 50]);
    total.push([50 + ((i * 13) % 50)]);
  }
  return [converted, total];
})`;

export const CUSTOM_FUNCTION_ROWS = 10_000;

/**
 * Median time of one `CONVERSION_RATE(converted, total)` call over two 10,000×1 ranges through the
 * bundle's top-level wrapper, each sample on a context freshly loaded from an uncached copy (load
 * not included; see {@link measureBundleLoad}), so the call pays for compiling the functions it
 * runs, as in a fresh Apps Script execution. Throws if the result is not a 10,000-row column.
 */
export function measureCustomFunction(distDir: string, runs: number): { ms: number; samples: number[] } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = withUncachedCopy(distDir, freshContext);
    const [converted, total] = (vm.runInContext(BUILD_COLUMNS, context) as (rows: number) => [unknown[][], unknown[][]])(CUSTOM_FUNCTION_ROWS);
    const wrapper = context.CONVERSION_RATE as (converted: unknown, total: unknown) => unknown;
    const { ms, result } = timed(() => wrapper(converted, total));
    if (!Array.isArray(result) || result.length !== CUSTOM_FUNCTION_ROWS) {
      throw new Error(`CONVERSION_RATE over ${CUSTOM_FUNCTION_ROWS} rows returned ${JSON.stringify(result).slice(0, 80)}`);
    }
    samples.push(ms);
  }
  return { ms: median(samples), samples };
}
