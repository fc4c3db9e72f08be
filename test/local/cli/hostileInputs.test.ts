/**
 * Issue 16 on the CLI: outputs that would overwrite an input, outputs that cannot be written,
 * inputs beyond the spreadsheet limits, bytes that are not text — each an exit code and a message,
 * never a stack trace. Ends with a fast-check fuzz of whole argument vectors.
 */
import fs, { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { EXIT, runReport, type CliIo } from '../../../src/local/cli/runReport';
import { DIST } from '../../paths';

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), stderr: (l) => err.push(l), distDir: DIST };
}

const LEADS = 'リードID,作成日,流入元,商談日\r\nL1,2025/04/01,展示会,2025/04/05\r\nL2,2025/04/02,Google広告,\r\n';
const root = mkdtempSync(path.join(os.tmpdir(), 'funnel-cli-hostile-'));

function folderWith(name: string, files: Record<string, string | Buffer>): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(folder, file), content);
  return folder;
}

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

describe('--out and --json never overwrite an input (class 4)', () => {
  const folder = folderWith('inputs', { 'リード.csv': LEADS });
  const input = path.join(folder, 'リード.csv');

  it.each([
    ['the input file itself', () => input],
    ['the input through a relative path with ..', () => path.relative(process.cwd(), path.join(folder, '..', 'inputs', 'リード.csv'))],
    ['a symbolic link to the input', () => {
      const link = path.join(root, 'link.csv');
      if (!fs.existsSync(link)) symlinkSync(input, link);
      return link;
    }],
  ])('refuses --json naming %s (exit 2), and the input stays as it was', async (_label, target) => {
    const io = capture();
    expect(await runReport(['--input', folder, '--json', target()], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('--json');
    expect(io.err.join('\n')).toContain('入力ファイル');
    expect(readFileSync(input, 'utf8')).toBe(LEADS);
  });

  it('refuses --json naming a file inside an input folder given by its folder, and --json equal to --out', async () => {
    const io = capture();
    expect(await runReport(['--input', folder, '--json', path.join(root, 'inputs', '.', 'リード.csv'), '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('is the input file');
    expect(readFileSync(input, 'utf8')).toBe(LEADS);
    const same = capture();
    expect(await runReport(['--input', input, '--out', path.join(root, 'b.xlsx'), '--json', path.join(root, 'b.xlsx')], same)).toBe(EXIT.badInput);
    expect(same.err.join('\n')).toContain('同じファイル');
  });
});

describe('outputs that cannot be written (class 11)', () => {
  const folder = folderWith('ok', { 'リード.csv': LEADS });

  it('--json naming a folder: exit 2 before any work, no stack trace', async () => {
    const io = capture();
    expect(await runReport(['--input', folder, '--json', root, '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('is a folder');
    expect(io.err.join('\n')).not.toMatch(STACK_LINE);
  });

  it('a full disk for --json (/dev/full answers ENOSPC): exit 2 saying the disk is full', async () => {
    if (!fs.existsSync('/dev/full')) return;
    const io = capture();
    expect(await runReport(['--input', folder, '--json', '/dev/full', '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('the disk is full');
  });

  it('a full disk while the .xlsx streams: exit 2, and no partial file is left', async () => {
    const real = fs.createWriteStream;
    const spy = jest.spyOn(fs, 'createWriteStream').mockImplementation(((file: fs.PathLike) => {
      const stream = new PassThrough() as unknown as fs.WriteStream;
      setImmediate(() => stream.emit('error', Object.assign(new Error(`ENOSPC: no space left on device, write '${String(file)}'`), { code: 'ENOSPC' })));
      return stream;
    }) as typeof fs.createWriteStream);
    try {
      const out = path.join(root, 'full', 'report.xlsx');
      const io = capture();
      expect(await runReport(['--input', folder, '--out', out, '--lang', 'en'], io)).toBe(EXIT.badInput);
      expect(io.err.join('\n')).toContain('the disk is full');
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    } finally {
      spy.mockRestore();
      expect(fs.createWriteStream).toBe(real);
    }
  });
});

describe('inputs beyond the spreadsheet limits (class 5, 11)', () => {
  it('a CSV 16,385 columns wide: exit 2 naming the limit', async () => {
    const header = Array.from({ length: 16_385 }, (_, i) => `c${i}`).join(',');
    const folder = folderWith('wide', { 'wide.csv': `${header}\r\n`, 'リード.csv': LEADS });
    const io = capture();
    expect(await runReport(['--input', folder, '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('16,385');
    expect(io.err.join('\n')).toContain('16,384 columns');
  });

  it('a CSV cell over 50,000 characters: exit 2 naming the cell', async () => {
    const folder = folderWith('long', { 'long.csv': `a,b\r\nx,${'y'.repeat(50_001)}\r\n` });
    const io = capture();
    expect(await runReport(['--input', folder, '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('cell B2');
  });
});

describe('bytes that are not UTF-8 (class 3)', () => {
  it('keeps the tab, reads the bad byte as U+FFFD and warns with the row in the JSON and on the console', async () => {
    const bytes = Buffer.concat([Buffer.from('リードID,作成日,流入元\r\nL1,2025/04/01,展示会\r\nL2,2025/04/02,', 'utf8'), Buffer.from([0x96]), Buffer.from('広告\r\n', 'utf8')]);
    const folder = folderWith('bad-bytes', { 'リード.csv': bytes, '広告.csv': '日付,媒体,費用\r\n2025/04/01,展示会,1000\r\n' });
    const json = path.join(root, 'bad-bytes.json');
    const io = capture();
    expect(await runReport(['--input', folder, '--json', json], io)).toBe(EXIT.ok);
    const summary = JSON.parse(readFileSync(json, 'utf8')) as { total: { leads: number }; warnings: { code: string; tab: string; row: number; message: string }[] };
    expect(summary.total.leads).toBe(2);
    expect(summary.warnings[0]).toMatchObject({ code: 'invalid_text_bytes', tab: 'リード', row: 3 });
    expect(summary.warnings[0]?.message).toContain('「リード」3行目');
    expect(io.out.join('\n')).toContain('「リード」3行目');
  });
});

describe('fuzzing the argument vector', () => {
  const folder = folderWith('fuzz', { 'リード.csv': LEADS });
  const json = path.join(root, 'fuzz.json');
  const OPTIONS = ['--input', '--out', '--json', '--from', '--to', '--view', '--lang', '--tz', '--currency', '--gross-margin', '--expected-purchases', '--help', '-h', '--', '-x'];
  const VALUES = [folder, path.join(folder, 'リード.csv'), json, path.join(root, 'fuzz.xlsx'), root, '/dev/null', '/nonexistent/x.csv', '2025-04-01', '2025-13-45', '1970-01-01', '9999-12-31', 'cohort', 'period', 'ja', 'en', 'xx', 'Asia/Tokyo', 'Mars/Base', 'JPY', 'USD', '???', '0.7', '-1', '1e309', 'NaN', '', ' ', '=1+1', '\u0000', 'a'.repeat(300)];

  it('ends every run with exit 0, 2 or 3 and a message, never a thrown error or a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES), fc.string({ maxLength: 8 })), { maxLength: 8 }), async (argv) => {
        const io = capture();
        const code = await runReport(argv, io);
        expect([EXIT.ok, EXIT.badInput, EXIT.noUsableTab]).toContain(code);
        const all = [...io.out, ...io.err].join('\n');
        expect(all).not.toMatch(STACK_LINE);
        expect(all.length).toBeGreaterThan(0);
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});
