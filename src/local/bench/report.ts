/**
 * The printed bench report: everything `--json` holds plus the detail needed to trust it (machine,
 * single runs, timing breakdown, the naive baseline and the target checks). Pure: figures in,
 * lines out.
 */
import type { BenchFigures } from './benchResult';
import type { BundleLoadMeasurement } from './bundle';
import type { MachineInfo } from './machine';
import type { NaiveBaseline } from './naiveBaseline';
import { checkTargets } from './targets';

export interface GenerationDetail {
  readonly leads: number;
  readonly rows: number;
  readonly cells: number;
  readonly runMs: readonly number[];
  readonly medianLoadMs: number;
  readonly medianCallMs: number;
  readonly otherCalls: Readonly<Record<string, number>>;
  readonly callsStable: boolean;
}

export interface BenchReport {
  readonly machine: MachineInfo;
  readonly figures: BenchFigures;
  readonly generation: readonly GenerationDetail[];
  readonly parseFloor: { readonly samples: readonly number[]; readonly cells: number; readonly numbers: number; readonly days: number; readonly serviceCalls: number };
  readonly customFunctionSamples: readonly number[];
  readonly bundleLoad: BundleLoadMeasurement;
  readonly naive: NaiveBaseline;
}

/**
 * A whole number with thousands separators.
 *
 * @example
 * group(100000)
 * //=> '100,000'
 */
export function group(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function samples(values: readonly number[]): string {
  return values.map((v) => v.toFixed(1)).join(', ');
}

/** Left-aligns the first column and right-aligns the others. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => '  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   ').trimEnd());
}

/**
 * The report as lines of text.
 *
 * @example
 * renderBenchReport(report)[0]
 * //=> 'Funnel KPI bench (design §10)'
 */
export function renderBenchReport(report: BenchReport): string[] {
  const { machine, figures, naive } = report;
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  const out: string[] = ['Funnel KPI bench (design §10)', ''];
  out.push(`Machine: ${machine.cpuModel} × ${machine.cpuCount} logical CPUs, Node ${machine.node}, ${machine.platform}`);
  out.push(`         memory ${gib(machine.totalMemoryBytes)} (free ${gib(machine.freeMemoryBytes)}), load average (1 min) ${machine.loadAverage1m.toFixed(2)} at start`);
  out.push('');

  out.push('Report generation through dist/Code.js: load bundle into a fresh context + generateFunnelReport({ settings: {} }),');
  out.push('each run on a fresh in-memory copy of the workbook (built outside the timing); median of the runs.');
  out.push(
    ...table([
      ['leads', 'rows', 'cells', 'median', 'of which load', 'of which generate', 'runs (ms)'],
      ...report.generation.map((g) => {
        const figure = figures.generate.find((f) => f.leads === g.leads);
        return [group(g.leads), group(g.rows), group(g.cells), ms(figure?.ms ?? NaN), ms(g.medianLoadMs), ms(g.medianCallMs), samples(g.runMs)];
      }),
    ]),
  );
  out.push('');

  const first = figures.generate[0];
  const last = figures.generate[figures.generate.length - 1];
  out.push('Sheets service calls of one generation (Funnel KPI) and of a naive script doing the same job:');
  const methods = [...new Set(figures.generate.flatMap((f) => Object.keys(f.callsByMethod)))].sort();
  out.push(
    ...table([
      ['', ...figures.generate.map((f) => `${group(f.leads)} leads`)],
      ...methods.map((method) => [`  ${method}`, ...figures.generate.map((f) => String(f.callsByMethod[method] ?? 0))]),
      ['Funnel KPI total', ...figures.generate.map((f) => group(f.serviceCalls))],
      ...(first && last
        ? [
            [`naive script (1)`, ...figures.generate.map((f) => (f.leads === naive.measuredLeads ? group(naive.measuredTotal) : f.leads === naive.extrapolatedLeads ? `≈ ${group(naive.extrapolatedTotal)} (2)` : '—'))],
            [
              'naive ÷ Funnel KPI',
              ...figures.generate.map((f) =>
                f.leads === naive.measuredLeads ? `${group(naive.measuredTotal / f.serviceCalls)}×` : f.leads === naive.extrapolatedLeads ? `≈ ${group(naive.extrapolatedTotal / f.serviceCalls)}×` : '—',
              ),
            ],
          ]
        : []),
    ]),
  );
  out.push(`  (1) per-row reads getRange(row, 1, 1, n).getValues() and per-cell writes getRange(r, c) + one setter per value/format;`);
  out.push(`      really run on the ${group(naive.measuredLeads)}-lead workbook: ${group(naive.read.rowCalls)} calls reading ${group(naive.read.rowsRead)} rows, ${group(naive.read.fixedCalls)} other read calls, ${group(naive.writeCalls)} write calls. Charts and protection not counted.`);
  out.push(`  (2) reads extrapolated linearly (${(naive.read.rowCalls / Math.max(1, naive.read.rowsRead)).toFixed(0)} calls per row) to ${group(naive.extrapolatedRowsRead)} rows = ${group(naive.extrapolatedReadCalls)}; writes counted by replaying the ${group(naive.extrapolatedLeads)}-lead report: ${group(naive.extrapolatedWriteCalls)}.`);
  const others = report.generation.map((g) => `${group(g.leads)} leads: ${Object.entries(g.otherCalls).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  out.push(`  Other services (not Sheets calls): ${others.join('; ')}.`);
  if (report.generation.some((g) => !g.callsStable)) out.push('  WARNING: call counts differed between runs of the same size (the table shows the first run).');
  out.push('');

  out.push(`Parse floor (100,000-lead workbook): ${ms(figures.parseFloorMs)} (median of ${report.parseFloor.samples.length} passes: ${samples(report.parseFloor.samples)})`);
  out.push('  = getActiveSpreadsheet().getSheets() + getDataRange().getValues() per tab through the same in-memory services,');
  out.push('    then parseNumber(cell) AND parseDay(cell, Asia/Tokyo) on every cell (headers too); nothing else.');
  out.push(
    `  ${group(report.parseFloor.cells)} cells, ${group(report.parseFloor.numbers)} read as numbers, ${group(report.parseFloor.days)} as days, ${report.parseFloor.serviceCalls} Sheets calls.`,
  );
  out.push('');
  out.push(`Custom function CONVERSION_RATE(10,000×1, 10,000×1) via the top-level wrapper: ${ms(figures.customFunction10kMs)} (median: ${samples(report.customFunctionSamples)})`);
  out.push('  ranges built in the bundle realm; each sample on a context freshly loaded from an uncached copy (cold), load not included.');
  out.push(`Bundle dist/Code.js: ${group(figures.bundleBytes)} bytes (${(figures.bundleBytes / 1024).toFixed(1)} KiB)`);
  out.push(`Bundle load into a fresh vm context, cold: ${ms(figures.bundleLoadMs)} (median: ${samples(report.bundleLoad.coldSamples)})`);
  out.push(`  cold = source V8 has not compiled in this process (as in a fresh Apps Script execution); the JSON reports this.`);
  out.push(`  warm reload of the identical source: ${ms(report.bundleLoad.warmMs)} (median: ${samples(report.bundleLoad.warmSamples)})`);
  out.push(`  => one custom-function cell recalculation ≈ ${ms(figures.bundleLoadMs + figures.customFunction10kMs)} (load + call)`);
  out.push('');

  out.push('Targets (design §10):');
  for (const check of checkTargets(figures)) out.push(`  ${check.met ? 'met ' : 'MISS'}  ${check.target}: ${check.actual}`);
  return out;
}
