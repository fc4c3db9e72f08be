/** The targets of design §10, checked against the bench figures. */
import type { BenchFigures } from './benchResult';

/** "Under 250 KB", read as 250 KiB (the build prints sizes in KiB too). */
export const BUNDLE_BYTES_LIMIT = 250 * 1024;
export const GENERATION_MS_LIMIT = 2000;
export const FLOOR_RATIO_LIMIT = 3;
export const CUSTOM_FUNCTION_MS_LIMIT = 50;
export const BUNDLE_LOAD_MS_LIMIT = 30;

export interface TargetCheck {
  readonly target: string;
  readonly actual: string;
  readonly met: boolean;
}

function sameCalls(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/**
 * Each design §10 target with the measured value and whether it is met. The generation targets use
 * the smallest and the largest workbook measured.
 *
 * @example
 * checkTargets({ generate: [], parseFloorMs: 1, customFunction10kMs: 10, bundleBytes: 1000, bundleLoadMs: 5 }).every((c) => c.met)
 * //=> true
 */
export function checkTargets(figures: BenchFigures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const sorted = [...figures.generate].sort((a, b) => a.leads - b.leads);
  const small = sorted[0];
  const large = sorted[sorted.length - 1];
  if (small && large && small !== large) {
    checks.push({
      target: `same Sheets calls for ${small.leads} and ${large.leads} leads`,
      actual: `${small.serviceCalls} vs ${large.serviceCalls}${sameCalls(small.callsByMethod, large.callsByMethod) ? ', same by method' : ', differ by method'}`,
      met: sameCalls(small.callsByMethod, large.callsByMethod),
    });
  }
  if (large) {
    checks.push({ target: `${large.leads} leads: generation < ${GENERATION_MS_LIMIT} ms`, actual: `${large.ms} ms`, met: large.ms < GENERATION_MS_LIMIT });
    const ratio = figures.parseFloorMs > 0 ? large.ms / figures.parseFloorMs : Infinity;
    checks.push({
      target: `${large.leads} leads: generation ≤ ${FLOOR_RATIO_LIMIT}× parse floor`,
      actual: `${ratio.toFixed(2)}× (${large.ms} / ${figures.parseFloorMs} ms)`,
      met: ratio <= FLOOR_RATIO_LIMIT,
    });
  }
  checks.push({ target: `custom function, 10,000 rows < ${CUSTOM_FUNCTION_MS_LIMIT} ms`, actual: `${figures.customFunction10kMs} ms`, met: figures.customFunction10kMs < CUSTOM_FUNCTION_MS_LIMIT });
  checks.push({
    target: `bundle < ${BUNDLE_BYTES_LIMIT / 1024} KiB`,
    actual: `${(figures.bundleBytes / 1024).toFixed(1)} KiB (${figures.bundleBytes} bytes)`,
    met: figures.bundleBytes < BUNDLE_BYTES_LIMIT,
  });
  checks.push({ target: `bundle load < ${BUNDLE_LOAD_MS_LIMIT} ms`, actual: `${figures.bundleLoadMs} ms`, met: figures.bundleLoadMs < BUNDLE_LOAD_MS_LIMIT });
  return checks;
}
