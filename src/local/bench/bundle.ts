/**
 * The bundle's size and load time, and one custom-function call through it: what every
 * recalculated custom-function cell pays in Apps Script (a fresh global context that runs all of
 * Code.js, then the top-level wrapper).
 */
import { statSync } from 'node:fs';
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

function freshContext(distDir: string): BundleContext {
  return loadBundle(createLocalServices(new Workbook({ name: 'bench' }), { distDir }), { distDir, console: SILENT_CONSOLE });
}

/**
 * Median time of loading dist/Code.js into a fresh context (new vm context + running the whole
 * file, as gas-local does it), over `runs` loads. The services objects are built outside the timing.
 */
export function measureBundleLoad(distDir: string, runs: number): { ms: number; samples: number[] } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const services = createLocalServices(new Workbook({ name: 'bench' }), { distDir });
    samples.push(timed(() => loadBundle(services, { distDir, console: SILENT_CONSOLE })).ms);
  }
  return { ms: median(samples), samples };
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
 * bundle's top-level wrapper, each sample on a freshly loaded context (load not included; see
 * {@link measureBundleLoad}). Throws if the result is not a 10,000-row column.
 */
export function measureCustomFunction(distDir: string, runs: number): { ms: number; samples: number[] } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = freshContext(distDir);
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
