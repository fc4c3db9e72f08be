/**
 * Issue 16 on the CLI: outputs that would overwrite an input, outputs that cannot be written,
 * inputs beyond the spreadsheet limits, bytes that are not text — each an exit code and a message,
 * never a stack trace. Whole argument vectors are fuzzed on the built CLI in argvFuzz.test.ts.
 */
import fs, { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
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
      // Nothing is left: no partial file, and not the folder the run made for it.
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(path.dirname(out))).toBe(false);
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

describe('arguments the argv fuzz found dropped or half-done (issue 16, argvFuzz.test.ts)', () => {
  const folder = folderWith('args', { 'リード.csv': LEADS });
  const input = path.join(folder, 'リード.csv');

  it('an option given twice with two values: exit 2 naming both, neither dropped silently', async () => {
    const io = capture();
    expect(await runReport(['--input', folder, '--out', path.join(root, 'a.xlsx'), '--out', path.join(root, 'b.xlsx'), '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err[0]).toContain('--out is given twice');
    expect(fs.existsSync(path.join(root, 'a.xlsx')) || fs.existsSync(path.join(root, 'b.xlsx'))).toBe(false);
  });

  it('the same file given twice, or once itself and once in its folder: exit 2 (its rows would count twice)', async () => {
    const twice = capture();
    expect(await runReport(['--input', input, input], twice)).toBe(EXIT.badInput);
    expect(twice.err[0]).toContain('同じファイル');
    const inFolder = capture();
    expect(await runReport(['--input', folder, input, '--lang', 'en'], inFolder)).toBe(EXIT.badInput);
    expect(inFolder.err[0]).toBe(`report: ${input} is the same file as リード.csv in the folder ${folder} among the inputs. Reading it twice would count its rows twice; give it once.`);
  });

  it('an output under a file is refused before any work, so the other output is not written either', async () => {
    const out = path.join(root, 'under-file.xlsx');
    const io = capture();
    expect(await runReport(['--input', folder, '--out', out, '--json', path.join(input, 'summary.json'), '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err[0]).toContain('a part of the path is not a folder');
    expect(fs.existsSync(out)).toBe(false);
    expect(readFileSync(input, 'utf8')).toBe(LEADS);
  });

  it('a JSON refused by a full disk after the .xlsx was written takes the .xlsx and its new folders back', async () => {
    if (!fs.existsSync('/dev/full')) return;
    const out = path.join(root, 'taken-back', 'deep', 'report.xlsx');
    const io = capture();
    expect(await runReport(['--input', folder, '--out', out, '--json', '/dev/full', '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err.join('\n')).toContain('the disk is full');
    expect(fs.existsSync(path.join(root, 'taken-back'))).toBe(false);
  });

  it('--locale naming no language or country there is: exit 2', async () => {
    for (const locale of ['xx_XX', 'ja_ZZ', 'en_US.UTF-8']) {
      const io = capture();
      expect(await runReport(['--input', folder, '--locale', locale, '--lang', 'en'], io)).toBe(EXIT.badInput);
      expect(io.err[0]).toContain(`--locale "${locale}" is not a locale`);
    }
  });

  it('control and bidi characters in an argument are shown escaped, never sent to the terminal', async () => {
    const io = capture();
    expect(await runReport(['--input', folder, '--view', 'a\u001b[31m\u202eb', '--lang', 'en'], io)).toBe(EXIT.badInput);
    expect(io.err[0]).toBe('report: --view must be cohort or period (got "a\\u001b[31m\\u202eb")');
  });
});

describe('a report regenerated from its own output after the user changed tabs in Excel (class 10)', () => {
  async function sheetNames(file: string): Promise<string[]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book.worksheets.filter((sheet) => sheet.state !== 'veryHidden').map((sheet) => sheet.name);
  }

  it('replaces its own sheets after the data tab was moved, and keeps a user tab that took a report name', async () => {
    const folder = folderWith('regenerate', { 'リード.csv': LEADS });
    const first = path.join(folder, 'first.xlsx');
    expect(await runReport(['--input', path.join(folder, 'リード.csv'), '--out', first, '--lang', 'en'], capture())).toBe(EXIT.ok);
    const reportNames = (await sheetNames(first)).filter((name) => name !== 'リード');
    // In Excel: move the data tab to the end, delete the summary and give its name to a tab of one's own.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(first);
    const data = edited.getWorksheet('リード');
    // exceljs orders sheets by orderNo, which its types leave out.
    if (data) (data as ExcelJS.Worksheet & { orderNo: number }).orderNo = 99;
    const summary = edited.getWorksheet('Funnel summary');
    if (summary) edited.removeWorksheet(summary.id);
    edited.addWorksheet('Funnel summary').getCell('A1').value = 'my own notes';
    const input = path.join(folder, 'edited.xlsx');
    await edited.xlsx.writeFile(input);
    const second = path.join(folder, 'second.xlsx');
    expect(await runReport(['--input', input, '--out', second, '--lang', 'en'], capture())).toBe(EXIT.ok);
    const names = await sheetNames(second);
    // Each report sheet once (the summary beside the user's tab as "(2)"), no stale copy left.
    expect(names.filter((name) => name.endsWith(' (2)'))).toEqual(['Funnel summary (2)']);
    expect([...names].sort()).toEqual(['リード', ...reportNames, 'Funnel summary (2)'].sort());
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(second);
    expect(copy.getWorksheet('Funnel summary')?.getCell('A1').value).toBe('my own notes');
  });
});
