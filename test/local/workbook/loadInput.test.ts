import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { loadInput } from '../../../src/local/workbook/loadInput';
import { saveWorkbookToXlsx } from '../../../src/local/workbook/saveXlsx';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'funnel-input-'));
}

describe('loadInput', () => {
  it('turns a folder of CSV files into input tabs sorted by file name', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'b_リード.csv'), '作成日,メール\n2025-04-01,a@example.jp\n');
    writeFileSync(path.join(dir, 'a_広告.tsv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('日付\t費用\n2025-04-01\t1200\n', 'utf16le')]));
    writeFileSync(path.join(dir, 'c_商談.csv'), iconv.encode('作成日,金額\n2025-04-03,"1,000"\n', 'cp932'));
    writeFileSync(path.join(dir, 'notes.md'), '# not data');
    const workbook = await loadInput([dir], { timeZone: 'Asia/Tokyo' });
    expect(workbook.sheets.map((s) => [s.name, s.origin])).toEqual([
      ['a_広告', 'input'],
      ['b_リード', 'input'],
      ['c_商談', 'input'],
    ]);
    expect(workbook.sheets[2]?.value(1, 1)).toBe('1,000');
    expect(workbook.name).toBe(path.basename(dir));
  });

  it('keeps CSV cells as strings and blank fields blank', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'leads.csv'), 'id,score\n1,\n');
    const workbook = await loadInput([path.join(dir, 'leads.csv')]);
    expect([workbook.sheets[0]?.value(1, 0), workbook.sheets[0]?.value(1, 1)]).toEqual(['1', undefined]);
  });

  it('loads a single .xlsx file as it is', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.xlsx');
    await saveWorkbookToXlsx(workbookFromTabs([{ name: '広告', rows: [['日付', '費用'], [new Date('2025-04-01'), 1200]] }]), file);
    const workbook = await loadInput([file]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['広告']);
    expect(workbook.sheets[0]?.value(1, 1)).toBe(1200);
  });

  it('gives CSV tabs names Excel accepts, unique without regard to case', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    mkdirSync(path.join(dir, 'y'));
    writeFileSync(path.join(dir, 'x', 'Leads.csv'), 'a\n1\n');
    writeFileSync(path.join(dir, 'y', 'leads.csv'), 'a\n2\n');
    const workbook = await loadInput([path.join(dir, 'x'), path.join(dir, 'y')]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Leads', 'leads (2)']);
  });
});

describe('edge cases', () => {
  it('rejects no input, missing paths and unsupported types with InputError codes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.xls'), 'x');
    await expect(loadInput([])).rejects.toMatchObject({ code: 'no_input' });
    await expect(loadInput([path.join(dir, 'missing.csv')])).rejects.toMatchObject({ code: 'not_found' });
    await expect(loadInput([path.join(dir, 'old.xls')])).rejects.toMatchObject({ code: 'unsupported_type' });
  });

  it('rejects an empty folder and a mix of .xlsx and CSV', async () => {
    const dir = tempDir();
    await expect(loadInput([dir])).rejects.toMatchObject({ code: 'empty_folder' });
    writeFileSync(path.join(dir, 'a.csv'), 'a\n');
    writeFileSync(path.join(dir, 'b.xlsx'), 'x');
    await expect(loadInput([path.join(dir, 'a.csv'), path.join(dir, 'b.xlsx')])).rejects.toMatchObject({ code: 'mixed_inputs' });
  });

  it('explains errors in Japanese too', async () => {
    await expect(loadInput([])).rejects.toMatchObject({ messages: { ja: expect.stringContaining('--input') } });
  });
});
