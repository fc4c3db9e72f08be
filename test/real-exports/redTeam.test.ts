/**
 * Red-team inputs (session 6): the synthetic files of test/fixtures/red-team, in export layouts the
 * other fixture sets do not cover (several tables in one GA4 download, kintone records with a table,
 * grouped Salesforce exports, money in 千円/万円, 税込 beside 税抜, overlapping downloads, free-text
 * deal statuses, month totals, a 予算表 with the months across …), run through `npm run report` on
 * the BUILT bundle exactly as the CLI runs it. The expected figures are summed by the generator from
 * the rows it writes, never by the engine; a first test checks that the committed files and
 * expected.json are what the generator writes. See the fixtures' README.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport, type CliIo } from '../../src/local/cli/runReport';
import type { FunnelSummary } from '../../src/core/model/summary';

const DIST = path.resolve(__dirname, '../../dist');
const FIXTURES = path.resolve(__dirname, '../fixtures/red-team');

type TotalKey = 'leads' | 'mql' | 'sql' | 'opportunities' | 'won' | 'lost' | 'revenue' | 'cost' | 'sessions' | 'impressions' | 'clicks';

interface RedTeamCase {
  readonly id: string;
  readonly files: readonly string[];
  readonly note: string;
  readonly args?: readonly string[];
  readonly expected: {
    /** Exit code of the CLI (default 0). */
    readonly exit?: number;
    /** Lines the exit-3 message must contain. */
    readonly stderrIncludes?: readonly string[];
    /** Tab → kind it is read as (`null`: not used). */
    readonly tabs?: Readonly<Record<string, string | null>>;
    readonly totals?: Readonly<Partial<Record<TotalKey, number>>>;
    /** Tab → field → the header the field must be read from. */
    readonly mapping?: Readonly<Record<string, Readonly<Record<string, string>>>>;
    readonly period?: { readonly from: string; readonly to: string };
    /** Sums over the e-mail table. */
    readonly email?: { readonly delivered: number; readonly opens: number; readonly clicks: number };
    /** [tab, code] pairs that must be among the warnings. */
    readonly warnings?: readonly (readonly [string, string])[];
    /** Warning codes that must not appear (a row-level complaint the layout must not cause). */
    readonly absent?: readonly string[];
    /** Text some warning must contain. */
    readonly warningIncludes?: readonly string[];
  };
}

const { cases } = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as { cases: RedTeamCase[] };

const MONEY = new Set<TotalKey>(['revenue', 'cost']);

async function run(redTeamCase: RedTeamCase, scratch: string): Promise<{ exit: number; summary: FunnelSummary | null; stderr: string }> {
  const json = path.join(scratch, `${redTeamCase.id.replace(/[^a-z0-9]+/gi, '_')}.json`);
  const err: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (line) => err.push(line), distDir: DIST };
  const files = redTeamCase.files.map((file) => path.join(FIXTURES, file));
  const exit = await runReport(['--input', ...files, '--json', json, ...(redTeamCase.args ?? [])], io);
  const summary = exit === 0 && existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as FunnelSummary) : null;
  return { exit, summary, stderr: err.join('\n') };
}

/** What the run got wrong, as readable lines (empty when right). */
function differences(expected: RedTeamCase['expected'], exit: number, summary: FunnelSummary | null, stderr: string): string[] {
  const wantExit = expected.exit ?? 0;
  if (exit !== wantExit) return [`exit ${exit}, expected ${wantExit}: ${stderr.split('\n').slice(0, 3).join(' ')}`];
  const found = (expected.stderrIncludes ?? []).filter((text) => !stderr.includes(text)).map((text) => `exit message lacks ${JSON.stringify(text)}`);
  if (summary === null) return found;
  for (const [tab, kind] of Object.entries(expected.tabs ?? {})) {
    const source = summary.sources.find((s) => s.tab === tab);
    if (!source) found.push(`tab "${tab}": missing from sources (${summary.sources.map((s) => s.tab).join(', ')})`);
    else if (source.kind !== kind) found.push(`tab "${tab}": expected ${kind}, got ${source.kind}`);
  }
  for (const [key, want] of Object.entries(expected.totals ?? {}) as [TotalKey, number][]) {
    const got = summary.total[key];
    const same = got !== null && (MONEY.has(key) ? Math.abs(want - got) < 0.006 : want === got);
    if (!same) found.push(`${key}: expected ${want}, got ${got}`);
  }
  for (const [tab, fields] of Object.entries(expected.mapping ?? {})) {
    const mapping = summary.sources.find((s) => s.tab === tab)?.mapping ?? {};
    for (const [field, header] of Object.entries(fields)) {
      if (mapping[field] !== header) found.push(`tab "${tab}": ${field} read from ${JSON.stringify(mapping[field])}, expected "${header}"`);
    }
  }
  if (expected.period && (summary.period.from !== expected.period.from || summary.period.to !== expected.period.to)) {
    found.push(`period: expected ${expected.period.from}..${expected.period.to}, got ${summary.period.from}..${summary.period.to}`);
  }
  if (expected.email) {
    const sums = { delivered: 0, opens: 0, clicks: 0 };
    for (const row of summary.email) {
      sums.delivered += row.delivered;
      sums.opens += row.opens ?? 0;
      sums.clicks += row.clicks ?? 0;
    }
    if (JSON.stringify(sums) !== JSON.stringify(expected.email)) found.push(`email: expected ${JSON.stringify(expected.email)}, got ${JSON.stringify(sums)}`);
  }
  for (const [tab, code] of expected.warnings ?? []) {
    if (!summary.warnings.some((w) => w.tab === tab && w.code === code)) {
      found.push(`no ${code} warning on "${tab}" (got ${summary.warnings.map((w) => `${w.tab}:${w.code}`).join(', ')})`);
    }
  }
  for (const code of expected.absent ?? []) {
    for (const w of summary.warnings.filter((warning) => warning.code === code)) found.push(`unexpected ${code}: ${w.message}`);
  }
  for (const text of expected.warningIncludes ?? []) {
    if (!summary.warnings.some((w) => w.message.includes(text))) found.push(`no warning says ${JSON.stringify(text)}`);
  }
  return found;
}

describe('red-team inputs through npm run report', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'funnel-red-team-'));

  it('the committed files and expected.json are what the generator writes', () => {
    const regenerated = mkdtempSync(path.join(os.tmpdir(), 'funnel-red-team-gen-'));
    execFileSync(process.execPath, [path.join(FIXTURES, 'generate.mjs'), '--out', regenerated]);
    const written = readdirSync(regenerated).sort();
    expect(written).toEqual(readdirSync(FIXTURES).filter((name) => name !== 'generate.mjs' && name !== 'README.md').sort());
    for (const name of written) {
      expect({ name, same: readFileSync(path.join(regenerated, name)).equals(readFileSync(path.join(FIXTURES, name))) }).toEqual({ name, same: true });
    }
  });

  it('every case checks something, and every file is used by a case', () => {
    const used = new Set(cases.flatMap((c) => c.files));
    expect(readdirSync(FIXTURES).filter((name) => /\.(csv|tsv)$/.test(name) && !used.has(name))).toEqual([]);
    expect(cases.filter((c) => Object.keys(c.expected).length === 0).map((c) => c.id)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, redTeamCase) => {
    const { exit, summary, stderr } = await run(redTeamCase, scratch);
    expect({ case: redTeamCase.id, why: redTeamCase.note, differences: differences(redTeamCase.expected, exit, summary, stderr) }).toEqual({
      case: redTeamCase.id,
      why: redTeamCase.note,
      differences: [],
    });
  });
});
