/**
 * A download holding several tables (GA4 "レポートのスナップショット" and overview reports): only the
 * first table is the tab's; the tables below it, each after a blank line and its own `#` lines, are
 * not read as more rows of it, and one note says where they start.
 */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { nextTableStart } from '../../../src/core/parse/footerRows';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

type Grid = readonly (readonly unknown[])[];

function parse(name: string, values: Grid) {
  const { mapping } = recognizeTab(name, values);
  return { mapping, parsed: parseWorkbook([{ name, values }], [mapping], { zoneOffset: () => 540, language: 'ja' }) };
}

const GA4: Grid = [
  ['# ----------------------------------------'],
  ['# レポートのスナップショット'],
  ['# 開始日: 20250401'],
  ['# 終了日: 20250402'],
  ['日付', 'セッション'],
  ['20250401', '412'],
  ['20250402', '398'],
  [''],
  ['# 開始日: 20250401'],
  ['# 終了日: 20250402'],
  ['日付', '新規ユーザー数'],
  ['20250401', '251'],
  ['20250402', '243'],
  [''],
  ['# 開始日: 20250401'],
  ['セッションのデフォルト チャネル グループ', 'セッション'],
  ['Organic Search', '500'],
  ['Direct', '310'],
];

describe('nextTableStart', () => {
  it('finds the blank row before the first # line that follows data', () => {
    expect(nextTableStart(GA4, 5)).toBe(7);
  });

  it('passes over # lines between the header and the data, and tabs with one table', () => {
    expect(nextTableStart([['日付', 'セッション'], ['# 注記'], ['20250401', '1'], [''], ['20250402', '2']], 1)).toBeNull();
    // A # line with no blank row before it is a note inside the table (GA4 ends some tables so).
    expect(nextTableStart([['日付', 'セッション'], ['20250401', '1'], ['# 合計行はありません']], 1)).toBeNull();
  });
});

describe('a GA4 download with three tables', () => {
  it('reads the sessions of the first table only and names the row where the others start', () => {
    const { mapping, parsed } = parse('レポートのスナップショット', GA4);
    expect(mapping.kind).toBe('traffic');
    expect(parsed.traffic.map((row) => row.sessions)).toEqual([412, 398]);
    expect(parsed.warnings.map((w) => [w.code, w.message])).toEqual([
      ['other_tables_skipped', '「レポートのスナップショット」の9行目から下は、ダウンロードに含まれる別の表（6行）のため、読みませんでした。必要な表は別のタブに分けてください。'],
    ]);
    expect(parsed.sources[0]).toMatchObject({ rowsRead: 2, rowsSkipped: 6 });
  });
});
