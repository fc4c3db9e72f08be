/**
 * Fuzzing the argument vector of the BUILT CLI (build/local/cli.cjs), each run a child process in a
 * fresh folder of inputs (issue 16): unknown, missing and repeated options, `--` separators, garbage
 * dates and numbers, junk locales and channel files, paths that are folders, missing or an input
 * itself, and Unicode. Every run must (design §7, §9):
 * - exit 0, 2 or 3, never with a stack trace or a platform error's name on either stream;
 * - on 2 or 3, say what is wrong on the first line of stderr ("report: …", one specific line);
 * - create nothing but the outputs asked for (and their folders), and nothing at all when it fails;
 * - leave every input byte for byte as it was.
 * Outputs are only ever named inside the run's folder, /dev/null and /dev/full.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';
import { saveWorkbookToXlsx } from '../../../src/local/workbook/saveXlsx';
import { ROOT } from '../../paths';

const CLI = path.join(ROOT, 'build', 'local', 'cli.cjs');
const SEED = Number(process.env.FUZZ_SEED ?? 16_0016);
const RUNS = Number(process.env.FUZZ_RUNS ?? 80);

const LEADS = 'リードID,作成日,会社名,流入元,商談日\r\nL1,2025/04/01,=HYPERLINK("http://x","y"),展示会,2025/04/05\r\nL2,2025/04/02,テスト工業,Google広告,\r\n';
const ADS = '日付,媒体,費用\r\n2025/04/01,展示会,300000\r\n2025/04/02,Google広告,12000\r\n';

/** The fixture every run starts from (copied into the run's own folder). */
const fixture = mkdtempSync(path.join(os.tmpdir(), 'funnel-argv-fixture-'));

beforeAll(async () => {
  mkdirSync(path.join(fixture, 'inputs'));
  writeFileSync(path.join(fixture, 'inputs', 'リード.csv'), LEADS);
  writeFileSync(path.join(fixture, 'inputs', '広告.csv'), ADS);
  mkdirSync(path.join(fixture, 'empty-dir'));
  writeFileSync(path.join(fixture, 'mapping.csv'), 'チャネル,グループ\r\n展示会,events\r\nGoogle広告,有料検索\r\n');
  writeFileSync(path.join(fixture, 'bad-mapping.csv'), 'Google広告,イベント系\r\n=1+1\r\n');
  writeFileSync(path.join(fixture, 'junk.bin'), Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x81, 0x0a, 0xc3, 0x28]));
  writeFileSync(path.join(fixture, 'empty.csv'), '');
  writeFileSync(path.join(fixture, 'notes.txt'), 'ただのメモ\n');
  const book = workbookFromTabs([
    { name: 'リード', rows: LEADS.trim().split('\r\n').map((line) => line.split(',')) },
    { name: '広告', rows: ADS.trim().split('\r\n').map((line) => line.split(',')) },
  ]);
  await saveWorkbookToXlsx(book, path.join(fixture, 'book.xlsx'));
});

afterAll(() => rmSync(fixture, { recursive: true, force: true }));

/** Every file and folder under `folder`, relative, folders ending in "/". */
function listing(folder: string, prefix = ''): string[] {
  const entries: string[] = [];
  for (const name of readdirSync(path.join(folder, prefix)).sort()) {
    const relative = path.join(prefix, name);
    if (statSync(path.join(folder, relative)).isDirectory()) entries.push(`${relative}/`, ...listing(folder, relative));
    else entries.push(relative);
  }
  return entries;
}

function hashes(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of listing(folder)) {
    if (!entry.endsWith('/')) result[entry] = createHash('sha256').update(readFileSync(path.join(folder, entry))).digest('hex');
  }
  return result;
}

function copyFixture(): string {
  const run = mkdtempSync(path.join(os.tmpdir(), 'funnel-argv-run-'));
  for (const entry of listing(fixture)) {
    if (entry.endsWith('/')) mkdirSync(path.join(run, entry), { recursive: true });
    else copyFileSync(path.join(fixture, entry), path.join(run, entry));
  }
  return run;
}

const OPTIONS = [
  '--input', '--out', '--json', '--from', '--to', '--view', '--lang', '--tz', '--locale', '--currency', '--gross-margin',
  '--expected-purchases', '--channels', '--target-revenue', '--target-customers',
];
const STRANGE_OPTIONS = ['--as-of', '--input=inputs', '--out=', '-i', '--INPUT', '—input', '--', '-', '---json', '--lang=en', '--verbose'];

/** Paths, all inside the run's folder except the two devices that can be written harmlessly. */
const PATHS = [
  'inputs', 'inputs/', 'inputs/リード.csv', 'inputs/広告.csv', './inputs/../inputs/リード.csv', 'book.xlsx', 'empty-dir', 'empty.csv',
  'junk.bin', 'notes.txt', 'missing.csv', 'missing/dir/x.csv', 'mapping.csv', 'bad-mapping.csv', '.', 'out.xlsx', 'out/sub/report.xlsx',
  'summary.json', 'out/sub/summary.json', 'OUT.XLSX', 'book.xlsx/x.json', 'inputs/リード.csv/x.json', '/dev/null', '/dev/full', 'レポート 2025.xlsx',
];
const VALUES = [
  '2025-04-01', '2025-04-30', '0001-01-01', '9999-12-31', '2025-02-29', '2024-02-29', '2025-13-45', '0000-00-00', '99999-01-01', '2025/04/01', '20250401', '1970-01-01',
  'cohort', 'period', 'COHORT', 'ja', 'en', 'fr', 'Asia/Tokyo', 'UTC', 'Mars/Base', '../../etc', 'ja_JP', 'en_GB', 'en_US', 'xx_XX', 'ja-JP',
  'en_US.UTF-8', 'C', 'JPY', 'usd', '円', '0.7', '70%', '101', '-1', '0', '1e400', '1e308', '99999999999999999999999', 'NaN', 'Infinity',
  '0x10', '１２', '8400万', '¥84,000,000', '1'.repeat(400), '', ' ', '=1+1', '@SUM(A1)', 'ファネル', '𠮷野家', '\u202etxt.exe', 'a\u0301', '\t',
];

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...OPTIONS), weight: 6 },
  { arbitrary: fc.constantFrom(...STRANGE_OPTIONS), weight: 1 },
  { arbitrary: fc.constantFrom(...PATHS), weight: 4 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).filter((text) => !text.includes('\u0000') && !text.startsWith('/')), weight: 1 }
);

/** Mostly a usable command with hostile parts spliced in, sometimes tokens alone. */
const argv = fc.oneof(
  fc.tuple(fc.constantFrom(['--input', 'inputs'], ['--input', 'book.xlsx'], ['--input', 'inputs/リード.csv', 'inputs/広告.csv'], ['--input', 'notes.txt']), fc.array(token, { maxLength: 7 })).map(([base, rest]) => [...base, ...rest]),
  fc.array(token, { maxLength: 8 })
);

const STACK_OR_PLATFORM = /^\s+at\s|\bat .+:\d+:\d+|TypeError|RangeError|ReferenceError|SyntaxError|node:internal|\bERR_[A-Z_]+|\bE[A-Z]{3,}:|Maximum call stack|heap out of memory/m;

/** The files a run asked to write, as listed under its folder (with the folders above them). */
function requested(args: readonly string[], run: string): Set<string> {
  const allowed = new Set<string>();
  args.forEach((arg, index) => {
    const value = args[index + 1];
    if ((arg !== '--out' && arg !== '--json') || value === undefined) return;
    let relative = path.relative(run, path.resolve(run, value));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return;
    allowed.add(relative);
    while ((relative = path.dirname(relative)) !== '.') allowed.add(`${relative}/`);
  });
  return allowed;
}

describe('fuzzing the CLI argument vector (child processes)', () => {
  it(`exits 0, 2 or 3 with one specific line, no stack trace, no stray file and no input touched [seed ${SEED}, ${RUNS} runs]`, () => {
    const codes: Record<string, number> = {};
    fc.assert(
      fc.property(argv, (args) => {
        const run = copyFixture();
        try {
          const before = hashes(run);
          const result = spawnSync(process.execPath, [CLI, ...args], { cwd: run, encoding: 'utf8', timeout: 60_000, env: { ...process.env, FUNNEL_KPI_DEBUG: '' } });
          const shown = `node cli.cjs ${args.map((arg) => JSON.stringify(arg)).join(' ')}\nexit ${String(result.status)} ${String(result.signal)}\nstdout: ${result.stdout.slice(0, 1500)}\nstderr: ${result.stderr.slice(0, 1500)}`;
          codes[String(result.status)] = (codes[String(result.status)] ?? 0) + 1;
          if (![0, 2, 3].includes(result.status ?? -1)) throw new Error(`exit code\n${shown}`);
          if (STACK_OR_PLATFORM.test(result.stdout) || STACK_OR_PLATFORM.test(result.stderr)) throw new Error(`stack trace or platform error\n${shown}`);
          const firstLine = result.stderr.split('\n')[0] ?? '';
          if (result.status === 0) {
            if (result.stdout.trim() === '') throw new Error(`exit 0 without output\n${shown}`);
          } else if (!/^report: \S.{10,}/.test(firstLine) || firstLine.length > 600 || /unexpected|予期しない/.test(firstLine)) {
            throw new Error(`exit ${String(result.status)} without one specific line first\n${shown}`);
          }
          const after = hashes(run);
          for (const [file, hash] of Object.entries(before)) if (after[file] !== hash) throw new Error(`input ${file} changed\n${shown}`);
          const created = listing(run).filter((entry) => !(entry in before) && !listing(fixture).includes(entry));
          const allowed = result.status === 0 ? requested(args, run) : new Set<string>();
          const stray = created.filter((entry) => !allowed.has(entry.replace(/\/$/, '')) && !allowed.has(entry));
          if (stray.length > 0) throw new Error(`stray files ${JSON.stringify(stray)}\n${shown}`);
        } finally {
          rmSync(run, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS }
    );
    // The runs reach every exit: a fuzz that only ever fails on parsing tests nothing else.
    expect(Object.keys(codes).sort()).toEqual(['0', '2', '3']);
  });
});
