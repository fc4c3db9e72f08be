/**
 * Realistic Japanese-UI export layouts (issue 9): the synthetic files of test/fixtures/realistic-ja,
 * built from the documented header names of each tool, run through `npm run report` on the BUILT
 * bundle exactly as the CLI runs it. The expected numbers come from the generator that wrote the
 * files (it knows the truth it drew), never from the engine; a first test checks that the committed
 * files and expected.json are what the generator writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport, type CliIo } from '../../src/local/cli/runReport';
import type { FunnelSummary } from '../../src/core/model/summary';

const DIST = path.resolve(__dirname, '../../dist');
const FIXTURES = path.resolve(__dirname, '../fixtures/realistic-ja');

type Kind = 'ads' | 'traffic' | 'leads' | 'deals';
type TotalKey = 'leads' | 'opportunities' | 'won' | 'lost' | 'revenue' | 'cost' | 'sessions' | 'impressions' | 'clicks';

interface RealisticCase {
  readonly id: string;
  readonly files: readonly string[];
  readonly lang: 'ja' | 'en';
  readonly note: string;
  readonly expected: {
    readonly tabs: Readonly<Record<string, Kind>>;
    readonly totals: Readonly<Partial<Record<TotalKey, number | null>>>;
    /** Per deals tab: the key that linked its deals → how many (every deal is linked). */
    readonly links?: Readonly<Record<string, Readonly<Record<string, number>>>>;
    /** Tabs ending in an export footer: one note names it, and no footer line is warned about as a row. */
    readonly footers?: Readonly<Record<string, number>>;
    readonly period?: { readonly from: string; readonly to: string };
  };
}

const { cases } = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as { cases: RealisticCase[] };

async function run(files: readonly string[], lang: string, scratch: string, id: string): Promise<{ exit: number; summary: FunnelSummary | null; stderr: string }> {
  const json = path.join(scratch, `${id.replace(/[^a-z0-9]+/gi, '_')}.json`);
  const err: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (line) => err.push(line), distDir: DIST };
  const exit = await runReport(['--input', ...files.map((file) => path.join(FIXTURES, file)), '--json', json, '--lang', lang], io);
  const summary = exit === 0 && existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as FunnelSummary) : null;
  return { exit, summary, stderr: err.join('\n') };
}

const MONEY = new Set<TotalKey>(['revenue', 'cost']);

function differences(expected: RealisticCase['expected'], exit: number, summary: FunnelSummary | null, stderr: string): string[] {
  const found: string[] = [];
  if (exit !== 0 || summary === null) return [`exit ${exit}: ${stderr.split('\n').slice(0, 3).join(' ')}`];
  for (const [tab, kind] of Object.entries(expected.tabs)) {
    const source = summary.sources.find((s) => s.tab === tab);
    if (!source) found.push(`tab "${tab}": missing from sources (${summary.sources.map((s) => s.tab).join(', ')})`);
    else if (source.kind !== kind) found.push(`tab "${tab}": expected ${kind}, got ${source.kind}`);
  }
  for (const [key, want] of Object.entries(expected.totals) as [TotalKey, number | null][]) {
    const got = summary.total[key];
    const same = want === null || got === null ? want === got : MONEY.has(key) ? Math.abs(want - got) < 0.006 : want === got;
    if (!same) found.push(`${key}: expected ${want}, got ${got}`);
  }
  for (const [tab, byKey] of Object.entries(expected.links ?? {})) {
    const links = summary.sources.find((s) => s.tab === tab)?.dealLinks;
    const got = Object.fromEntries((links?.byKey ?? []).map((entry) => [entry.key, entry.deals]));
    if (JSON.stringify(got) !== JSON.stringify(byKey) || links?.unlinked !== 0) {
      found.push(`links of "${tab}": expected ${JSON.stringify(byKey)} and none unlinked, got ${JSON.stringify(got)} and ${links?.unlinked} unlinked`);
    }
  }
  for (const tab of Object.keys(expected.footers ?? {})) {
    const notes = summary.warnings.filter((w) => w.tab === tab && w.code === 'footer_rows_skipped');
    if (notes.length !== 1) found.push(`tab "${tab}": expected one footer note, got ${notes.length}`);
    const rowWarnings = summary.warnings.filter((w) => w.tab === tab && (w.code === 'missing_required' || w.code === 'total_rows_skipped'));
    if (rowWarnings.length > 0) found.push(`tab "${tab}": footer lines warned about as rows: ${rowWarnings.map((w) => w.message).join(' / ')}`);
  }
  if (expected.period && (summary.period.from !== expected.period.from || summary.period.to !== expected.period.to)) {
    found.push(`period: expected ${expected.period.from}..${expected.period.to}, got ${summary.period.from}..${summary.period.to}`);
  }
  return found;
}

describe('realistic Japanese-UI exports through npm run report', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'funnel-realistic-ja-'));

  it('the committed files and expected.json are what the generator writes', () => {
    const regenerated = mkdtempSync(path.join(os.tmpdir(), 'funnel-realistic-ja-gen-'));
    execFileSync(process.execPath, [path.join(FIXTURES, 'generate.mjs'), '--out', regenerated]);
    const written = readdirSync(regenerated).sort();
    expect(written).toEqual(readdirSync(FIXTURES).filter((name) => name !== 'generate.mjs' && name !== 'README.md').sort());
    for (const name of written) {
      expect({ name, same: readFileSync(path.join(regenerated, name)).equals(readFileSync(path.join(FIXTURES, name))) }).toEqual({ name, same: true });
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, realisticCase) => {
    const { exit, summary, stderr } = await run(realisticCase.files, realisticCase.lang, scratch, realisticCase.id);
    expect({ case: realisticCase.id, why: realisticCase.note, differences: differences(realisticCase.expected, exit, summary, stderr) }).toEqual({
      case: realisticCase.id,
      why: realisticCase.note,
      differences: [],
    });
  });
});
