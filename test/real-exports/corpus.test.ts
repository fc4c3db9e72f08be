/**
 * The real-export corpus (issue 9): every file of test/fixtures/real-exports and the combinations
 * users bring, run through `npm run report` on the BUILT bundle exactly as the CLI runs it, and
 * compared with numbers counted independently in ./expected (csv-parse, not the engine).
 *
 * Set CORPUS_BASELINE=<file.md> to also write the per-case result table (recognised as, expected vs
 * got, exit code) that test/fixtures/real-exports/BASELINE.md records.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport, type CliIo } from '../../src/local/cli/runReport';
import type { FunnelSummary } from '../../src/core/model/summary';
import { CORPUS } from './expected/csvFiles';
import { expectedExit, type Expectation, type Totals } from './expected/expectation';
import { CORPUS_CASES, type CorpusCase } from './cases';

const DIST = path.resolve(__dirname, '../../dist');

interface Outcome {
  readonly exit: number;
  readonly summary: FunnelSummary | null;
  readonly stderr: string;
}

async function run(corpusCase: CorpusCase, scratch: string): Promise<Outcome> {
  const json = path.join(scratch, `${corpusCase.id.replace(/[^a-z0-9]+/gi, '_')}.json`);
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (line) => out.push(line), stderr: (line) => err.push(line), distDir: DIST };
  const inputs = corpusCase.files.map((file) => path.join(CORPUS, file));
  const exit = await runReport(['--input', ...inputs, '--json', json, '--lang', corpusCase.lang], io);
  const summary = exit === 0 && existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as FunnelSummary) : null;
  return { exit, summary, stderr: err.join('\n') };
}

const MONEY = new Set<keyof Totals>(['cost', 'revenue']);

function sameNumber(key: keyof Totals, expected: number | null, got: number | null | undefined): boolean {
  if (expected === null || got === null || got === undefined) return expected === (got ?? null);
  return MONEY.has(key) ? Math.abs(expected - got) < 0.006 : expected === got;
}

/** Every difference between what the files say and what the engine reported, as readable lines. */
function differences(expected: Expectation, outcome: Outcome): string[] {
  const found: string[] = [];
  const exit = expectedExit(expected);
  if (outcome.exit !== exit) found.push(`exit: expected ${exit}, got ${outcome.exit}${outcome.stderr ? ` (${outcome.stderr.split('\n')[0]})` : ''}`);
  const summary = outcome.summary;
  for (const [tab, tabExpectation] of Object.entries(expected.tabs)) {
    if (summary) {
      const source = summary.sources.find((s) => s.tab === tab);
      if (!source) found.push(`tab "${tab}": missing from JSON sources`);
      else if (source.kind !== tabExpectation.kind) found.push(`tab "${tab}": expected kind ${tabExpectation.kind}, got ${source.kind}`);
      if (tabExpectation.kind === null && !summary.warnings.some((w) => w.tab === tab || w.message.includes(tab))) {
        found.push(`tab "${tab}": unused but no warning names it`);
      }
    } else if (tabExpectation.kind === null) {
      if (!outcome.stderr.includes(tab)) found.push(`tab "${tab}": the exit-3 message does not name it`);
      else if (tabExpectation.refusal && !tabExpectation.refusal.test(outcome.stderr)) {
        found.push(`tab "${tab}": the exit-3 message does not name the missing field (${tabExpectation.refusal})`);
      }
    }
  }
  if (!summary) return found;
  for (const [key, value] of Object.entries(expected.totals ?? {}) as [keyof Totals, number | null][]) {
    const got = summary.total[key as keyof typeof summary.total];
    if (!sameNumber(key, value, got)) found.push(`${key}: expected ${value}, got ${got}`);
  }
  if (expected.email) {
    const rows = summary.email;
    const total = (pick: (row: (typeof rows)[number]) => number | null): number | null =>
      rows.some((row) => pick(row) !== null) ? rows.reduce((t, row) => t + (pick(row) ?? 0), 0) : null;
    if (rows.length !== expected.email.campaigns) found.push(`email campaigns: expected ${expected.email.campaigns}, got ${rows.length}`);
    if (total((row) => row.delivered) !== expected.email.delivered) found.push(`email delivered: expected ${expected.email.delivered}, got ${total((row) => row.delivered)}`);
    for (const key of ['opens', 'clicks'] as const) {
      const want = expected.email[key];
      if (want !== undefined && total((row) => row[key]) !== want) found.push(`email ${key}: expected ${want}, got ${total((row) => row[key])}`);
    }
  }
  if (expected.period?.from !== undefined && summary.period.from !== expected.period.from) found.push(`period.from: expected ${expected.period.from}, got ${summary.period.from}`);
  if (expected.period?.to !== undefined && summary.period.to !== expected.period.to) found.push(`period.to: expected ${expected.period.to}, got ${summary.period.to}`);
  return found;
}

interface BaselineRow {
  readonly corpusCase: CorpusCase;
  readonly outcome: Outcome;
  readonly differences: readonly string[];
}

/** The asserted numbers of a case, side by side: what the files say, and what the engine reported. */
function numbers(corpusCase: CorpusCase, outcome: Outcome): { expected: string; got: string } {
  const expected = corpusCase.expected;
  const summary = outcome.summary;
  const want: string[] = [];
  const got: string[] = [];
  for (const [tab, tabExpectation] of Object.entries(expected.tabs)) {
    want.push(`${tab}: ${tabExpectation.kind ?? 'unused'}`);
    const source = summary?.sources.find((s) => s.tab === tab);
    got.push(`${tab}: ${summary ? (source?.kind ?? 'unused') : '—'}`);
  }
  for (const [key, value] of Object.entries(expected.totals ?? {})) {
    want.push(`${key} ${value}`);
    got.push(`${key} ${summary ? String(summary.total[key as keyof typeof summary.total]) : '—'}`);
  }
  if (expected.email) {
    want.push(`email ${expected.email.campaigns} campaigns, delivered ${expected.email.delivered}`);
    const delivered = summary?.email.reduce((t, row) => t + row.delivered, 0);
    got.push(`email ${summary ? summary.email.length : '—'} campaigns, delivered ${delivered ?? '—'}`);
  }
  if (expected.period) {
    want.push(`period ${expected.period.from ?? '…'}..${expected.period.to ?? '…'}`);
    got.push(`period ${summary ? `${summary.period.from}..${summary.period.to}` : '—'}`);
  }
  return { expected: want.join('<br>'), got: got.join('<br>') };
}

function baselineTable(rows: readonly BaselineRow[]): string {
  const lines = ['| case | files | exit (expected → got) | expected | got | differences |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const { expected, got } = numbers(row.corpusCase, row.outcome);
    const exitGot = row.outcome.exit === 0 ? '0' : `${row.outcome.exit}: ${row.outcome.stderr.split('\n').slice(1).join(' ')}`;
    const result = row.differences.length === 0 ? 'pass' : row.differences.join('<br>');
    const cells = [row.corpusCase.id, row.corpusCase.files.join('<br>'), `${expectedExit(row.corpusCase.expected)} → ${exitGot}`, expected, got, result];
    lines.push(`| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  const passed = rows.filter((row) => row.differences.length === 0).length;
  return `${lines.join('\n')}\n\n${passed} of ${rows.length} cases pass.\n`;
}

describe('real-export corpus through npm run report', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'funnel-corpus-'));
  const baseline: BaselineRow[] = [];

  afterAll(() => {
    const target = process.env['CORPUS_BASELINE'];
    if (target) writeFileSync(target, baselineTable(baseline));
  });

  it.each(CORPUS_CASES.map((c) => [c.id, c] as const))('%s', async (_id, corpusCase) => {
    const outcome = await run(corpusCase, scratch);
    const found = differences(corpusCase.expected, outcome);
    baseline.push({ corpusCase, outcome, differences: found });
    expect({ case: corpusCase.id, why: corpusCase.expected.reasoning, differences: found }).toEqual({
      case: corpusCase.id,
      why: corpusCase.expected.reasoning,
      differences: [],
    });
  });
});
