/**
 * `npm run bench`: builds the workbooks, takes every design §10 measurement, prints the report and
 * optionally writes the JSON figures and a CPU profile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchJson, type BenchFigures, type GenerateFigure } from './benchResult';
import { bundleBytes, measureBundleLoad, measureCustomFunction } from './bundle';
import { BENCH_USAGE, parseBenchArgs } from './args';
import { writeCpuProfile } from './cpuProfile';
import { measureGeneration, runGeneration, type GenerationMeasurement } from './generate';
import { describeMachine } from './machine';
import { extrapolateNaive, measureNaive, reportCellsOf, type NaiveMeasurement, type ReportSheetCells } from './naiveBaseline';
import { parseFloorPass, type ParseFloorTally } from './parseFloor';
import { renderBenchReport, type GenerationDetail } from './report';
import { median, roundMs } from './stats';
import { BENCH_TIME_ZONE, syntheticWorkbook, type SyntheticWorkbook } from './syntheticWorkbook';

/** Workbook sizes and how many timed runs each gets (fewer for the big one: each run takes seconds). */
export const BENCH_SIZES: readonly { readonly leads: number; readonly runs: number }[] = [
  { leads: 1_000, runs: 5 },
  { leads: 100_000, runs: 3 },
];
const PARSE_FLOOR_PASSES = 3;
const CUSTOM_FUNCTION_RUNS = 9;
const BUNDLE_LOAD_RUNS = 15;
const PROFILED_RUNS = 3;

export interface BenchIo {
  readonly stdout: (line: string) => void;
  /** Progress lines (kept off stdout so the report can be piped). */
  readonly stderr: (line: string) => void;
  readonly distDir: string;
}

function detail(input: SyntheticWorkbook, measurement: GenerationMeasurement): GenerationDetail {
  const first = measurement.runs[0];
  return {
    leads: input.leads,
    rows: input.rows,
    cells: input.cellCount,
    runMs: measurement.runs.map((run) => run.loadMs + run.callMs),
    medianLoadMs: measurement.medianLoadMs,
    medianCallMs: measurement.medianCallMs,
    otherCalls: first?.otherCalls ?? {},
    callsStable: measurement.callsStable,
  };
}

interface SizeResult {
  readonly leads: number;
  readonly rows: number;
  readonly figure: GenerateFigure;
  readonly detail: GenerationDetail;
  readonly report: readonly ReportSheetCells[];
  readonly floorPasses: readonly { readonly ms: number; readonly tally: ParseFloorTally }[];
}

/** Extra generations under the CPU profiler, after (and apart from) the timed ones. */
async function profileGenerations(input: SyntheticWorkbook, file: string, io: BenchIo): Promise<void> {
  io.stderr(`bench: profiling ${PROFILED_RUNS} more generations at ${input.leads} leads…`);
  const workbooks = Array.from({ length: PROFILED_RUNS }, () => input.fresh());
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await writeCpuProfile(file, () => {
    for (const workbook of workbooks) runGeneration(workbook, io.distDir);
  });
  io.stderr(`bench: CPU profile of ${PROFILED_RUNS} generations at ${input.leads} leads (not part of the timings): ${file}`);
}

/** Runs the bench; returns the exit code (0, or 2 for bad arguments). */
export async function runBench(argv: readonly string[], io: BenchIo): Promise<number> {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.stderr(`bench: ${problem}`);
    io.stderr(BENCH_USAGE);
    return 2;
  }
  const { options } = parsed;
  const machine = describeMachine();

  // First, while the heap is small: a custom-function execution in Apps Script starts with an empty
  // heap, and loads measured next to the 100,000-lead workbooks would pay for their GC.
  io.stderr('bench: custom function and bundle load…');
  const customFunction = measureCustomFunction(io.distDir, CUSTOM_FUNCTION_RUNS);
  const bundleLoad = measureBundleLoad(io.distDir, BUNDLE_LOAD_RUNS);

  // One size at a time, and nothing of a size kept but its figures and report cells, so the
  // 1,000-lead runs do not pay GC for the 100,000-lead data and vice versa.
  const sizes: SizeResult[] = [];
  let naiveMeasured: NaiveMeasurement | null = null;
  for (const [index, size] of BENCH_SIZES.entries()) {
    io.stderr(`bench: building the ${size.leads}-lead workbook…`);
    const input = syntheticWorkbook(size.leads);
    io.stderr(`bench: ${size.runs} generations at ${size.leads} leads…`);
    const measurement = measureGeneration(input, size.runs, io.distDir);
    const isLargest = index === BENCH_SIZES.length - 1;
    const report = reportCellsOf(measurement.lastWorkbook);
    if (isLargest) io.stderr(`bench: parse floor, ${PARSE_FLOOR_PASSES} passes…`);
    const floorPasses = isLargest ? Array.from({ length: PARSE_FLOOR_PASSES }, () => parseFloorPass(input.fresh(), BENCH_TIME_ZONE)) : [];
    sizes.push({ leads: size.leads, rows: input.rows, figure: measurement.figure, detail: detail(input, measurement), report, floorPasses });
    // The naive script really runs on the smallest workbook only (see naiveBaseline.ts).
    if (index === 0) {
      io.stderr('bench: naive baseline…');
      naiveMeasured = measureNaive({ workbook: input.fresh(), leads: size.leads, report });
    }
    if (isLargest && options.cpuProfile) await profileGenerations(input, options.cpuProfile, io);
  }
  const large = sizes[sizes.length - 1];
  if (!large || !naiveMeasured) throw new Error('bench: no sizes');
  const floorPasses = large.floorPasses;
  const naive = extrapolateNaive(naiveMeasured, { leads: large.leads, rowsRead: large.rows, report: large.report });

  const figures: BenchFigures = {
    generate: sizes.map(({ figure }) => ({ ...figure, ms: roundMs(figure.ms) })),
    parseFloorMs: roundMs(median(floorPasses.map((pass) => pass.ms))),
    customFunction10kMs: roundMs(customFunction.ms),
    bundleBytes: bundleBytes(io.distDir),
    bundleLoadMs: roundMs(bundleLoad.coldMs),
  };
  const tally = floorPasses[0]?.tally ?? { cells: 0, numbers: 0, days: 0, serviceCalls: 0 };
  const lines = renderBenchReport({
    machine,
    figures,
    generation: sizes.map((size) => size.detail),
    parseFloor: { samples: floorPasses.map((pass) => pass.ms), ...tally },
    customFunctionSamples: customFunction.samples,
    bundleLoad,
    naive,
  });
  for (const line of lines) io.stdout(line);

  if (options.json) {
    mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(benchJson(figures), null, 2)}\n`);
    io.stdout(`JSON: ${options.json}`);
  }
  return 0;
}
