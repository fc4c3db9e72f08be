/**
 * Times "Generate funnel report" through the BUILT bundle, as Apps Script runs it: fresh services
 * and a fresh gas-local context per execution, then `generateFunnelReport({ settings: {} })`. The
 * timed section is exactly "load dist/Code.js into the new context + the generation"; building
 * the workbook and the services objects is outside it.
 */
import { performance } from 'node:perf_hooks';
import { callEntryPoint, loadBundle } from '../runtime';
import { createLocalServices } from '../services/createLocalServices';
import { isSheetsServiceCall } from '../sheets/callCounter';
import type { Workbook } from '../workbook/model';
import type { GenerateFigure } from './benchResult';
import { median } from './stats';
import type { SyntheticWorkbook } from './syntheticWorkbook';
import { collectGarbage } from './timing';

/** The bundle's console during timed runs: output would only add noise (and time). */
export const SILENT_CONSOLE = { ...console, log: () => undefined, info: () => undefined, warn: () => undefined } as Console;

export interface GenerationRun {
  readonly loadMs: number;
  readonly callMs: number;
  /** Spreadsheet-service calls by `Class.method`. */
  readonly sheetsCalls: Record<string, number>;
  /** Calls of the other modelled services (Utilities, Session, LockService …) by `Class.method`. */
  readonly otherCalls: Record<string, number>;
}

/**
 * Splits a call snapshot into Spreadsheet-service calls and the rest.
 *
 * @example
 * splitCalls({ 'Range.getValues': 8, 'Utilities.formatDate': 3 })
 * //=> { sheets: { 'Range.getValues': 8 }, other: { 'Utilities.formatDate': 3 } }
 */
export function splitCalls(snapshot: Readonly<Record<string, number>>): { sheets: Record<string, number>; other: Record<string, number> } {
  const sheets: Record<string, number> = {};
  const other: Record<string, number> = {};
  for (const [key, count] of Object.entries(snapshot)) (isSheetsServiceCall(key) ? sheets : other)[key] = count;
  return { sheets, other };
}

/**
 * Sum of the counts.
 *
 * @example
 * totalCalls({ 'Range.getValues': 8, 'Sheet.getName': 8 })
 * //=> 16
 */
export function totalCalls(calls: Readonly<Record<string, number>>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

/** One generation on `workbook` (which it modifies: the report sheets are added). */
export function runGeneration(workbook: Workbook, distDir: string): GenerationRun {
  const services = createLocalServices(workbook, { distDir, userLocale: 'ja_JP' });
  collectGarbage();
  const start = performance.now();
  const context = loadBundle(services, { distDir, console: SILENT_CONSOLE });
  const loaded = performance.now();
  callEntryPoint(context, 'generateFunnelReport', { settings: {} });
  const done = performance.now();
  const { sheets, other } = splitCalls(services.calls.snapshot());
  return { loadMs: loaded - start, callMs: done - loaded, sheetsCalls: sheets, otherCalls: other };
}

export interface GenerationMeasurement {
  readonly figure: GenerateFigure;
  readonly runs: readonly GenerationRun[];
  readonly medianLoadMs: number;
  readonly medianCallMs: number;
  /** False when two runs made different calls (the figure then reports the first run's). */
  readonly callsStable: boolean;
  /** The workbook of the last run, report sheets included. */
  readonly lastWorkbook: Workbook;
}

/**
 * Runs the generation `runs` times, each on a fresh copy of the workbook, and keeps the median
 * time. Call counts come from the same runs (they are deterministic; a difference is flagged).
 */
export function measureGeneration(input: SyntheticWorkbook, runs: number, distDir: string): GenerationMeasurement {
  const results: GenerationRun[] = [];
  let lastWorkbook: Workbook | null = null;
  for (let i = 0; i < runs; i += 1) {
    lastWorkbook = input.fresh();
    results.push(runGeneration(lastWorkbook, distDir));
  }
  const first = results[0];
  if (!first || !lastWorkbook) throw new RangeError('measureGeneration: runs must be at least 1');
  const signature = (run: GenerationRun) => JSON.stringify(run.sheetsCalls);
  return {
    figure: {
      leads: input.leads,
      ms: median(results.map((run) => run.loadMs + run.callMs)),
      serviceCalls: totalCalls(first.sheetsCalls),
      callsByMethod: first.sheetsCalls,
    },
    runs: results,
    medianLoadMs: median(results.map((run) => run.loadMs)),
    medianCallMs: median(results.map((run) => run.callMs)),
    callsStable: results.every((run) => signature(run) === signature(first)),
    lastWorkbook,
  };
}
