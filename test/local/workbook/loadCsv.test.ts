import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { InputError } from '../../../src/local/workbook/inputError';
import { loadCsv } from '../../../src/local/workbook/loadCsv';

const grid = [
  ['日付', '媒体', 'メモ', '費用'],
  ['2025-04-01', 'Google 広告', 'カンマ, と "引用符"', '￥1,200'],
  ['2025-04-02', '展示会', '改行\nあり', ''],
];

function csvText(delimiter: string): string {
  const quote = (field: string): string => (/[",\n\t]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return grid.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'funnel-csv-'));
}

describe('loadCsv', () => {
  it('reads the same table saved as UTF-8, UTF-8 with BOM, UTF-16LE TSV and Shift_JIS into identical grids', () => {
    const dir = tempDir();
    const files: [string, Buffer][] = [
      ['utf8.csv', Buffer.from(csvText(','), 'utf8')],
      ['utf8bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(','), 'utf8')])],
      ['utf16.tsv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText('\t'), 'utf16le')])],
      ['sjis.csv', iconv.encode(csvText(','), 'Shift_JIS')],
    ];
    const tables = files.map(([name, bytes]) => {
      writeFileSync(path.join(dir, name), bytes);
      return loadCsv(path.join(dir, name));
    });
    for (const table of tables) expect(table.rows).toEqual(grid);
    expect(tables.map((t) => [t.encoding, t.delimiter])).toEqual([
      ['utf-8', ','],
      ['utf-8-bom', ','],
      ['utf-16le', '\t'],
      ['cp932', ','],
    ]);
  });

  it('names the table after the file without its extension', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Google広告 2025-04.csv'), 'a,b\n');
    expect(loadCsv(path.join(dir, 'Google広告 2025-04.csv')).baseName).toBe('Google広告 2025-04');
  });
});

describe('edge cases', () => {
  it('decodes a half-width yen sign saved in Shift_JIS as a backslash, as CP932 defines byte 0x5C', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'yen.csv'), iconv.encode('費用\n"¥1,200"\n', 'Shift_JIS'));
    expect(loadCsv(path.join(dir, 'yen.csv')).rows).toEqual([['費用'], ['\\1,200']]);
  });

  it('throws InputError naming a missing file', () => {
    expect(() => loadCsv('/nonexistent/leads.csv')).toThrow(InputError);
    try {
      loadCsv('/nonexistent/leads.csv');
    } catch (error) {
      expect((error as InputError).code).toBe('not_found');
      expect((error as InputError).messageIn('ja')).toContain('/nonexistent/leads.csv');
    }
  });

  it('throws InputError for a binary file disguised as CSV', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'report.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    expect(() => loadCsv(path.join(dir, 'report.csv'))).toThrow(/looks like a binary file/);
  });

  it('throws InputError for an unterminated quote with the line number', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.csv'), 'a,b\n1,"open\n');
    expect(() => loadCsv(path.join(dir, 'bad.csv'))).toThrow(/line 2 is never closed/);
  });

  it('reads an empty file as an empty table', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.csv'), '');
    expect(loadCsv(path.join(dir, 'empty.csv')).rows).toEqual([]);
  });
});
