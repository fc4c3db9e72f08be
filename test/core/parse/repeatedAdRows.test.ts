/**
 * Two downloads of overlapping periods (April, then April–May) put the same campaign-days in two
 * ads tabs: counted once, with a note on the later tab. Rows that merely look alike are kept.
 */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

type Grid = readonly (readonly unknown[])[];

function parse(tabs: readonly { name: string; values: Grid }[]) {
  return parseWorkbook(tabs, tabs.map((tab) => recognizeTab(tab.name, tab.values).mapping), { zoneOffset: () => 540, language: 'ja' });
}

const HEAD = ['日', 'キャンペーン', '費用', '表示回数', 'クリック数'];
const APRIL = [
  ['2025-04-01', '指名検索', '1,000', '410', '20'],
  ['2025-04-30', '指名検索', '900', '380', '18'],
];

describe('ad rows in two tabs', () => {
  it('counts the rows of an overlapping second download once and names the tabs', () => {
    const parsed = parse([
      { name: '4月', values: [HEAD, ...APRIL] },
      { name: '4-5月', values: [HEAD, ...APRIL, ['2025-05-01', '指名検索', '1,100', '402', '21']] },
    ]);
    expect(parsed.ads.map((row) => [row.tab, row.row, row.cost])).toEqual([
      ['4月', 2, 1000],
      ['4月', 3, 900],
      ['4-5月', 4, 1100],
    ]);
    expect(parsed.warnings.map((w) => [w.tab, w.code, w.message])).toEqual([
      ['4-5月', 'duplicate_ad_rows', '「4-5月」の2行は、「4月」の行と日付・キャンペーン・費用・表示回数・クリック数がすべて同じため、期間の重なったダウンロードの重複と判断し、1回だけ数えました。別の広告であれば、キャンペーン名で区別してください。'],
    ]);
  });

  it('keeps equal rows within one tab, rows that differ in one measure, and cost-only rows', () => {
    const parsed = parse([
      { name: 'A', values: [HEAD, APRIL[0] as unknown[], APRIL[0] as unknown[]] },
      { name: 'B', values: [HEAD, ['2025-04-01', '指名検索', '1,000', '410', '21']] },
      { name: 'イベント東京', values: [['日付', 'キャンペーン', '費用'], ['2025-04-10', '出展料', '500,000']] },
      { name: 'イベント大阪', values: [['日付', 'キャンペーン', '費用'], ['2025-04-10', '出展料', '500,000']] },
    ]);
    expect(parsed.ads).toHaveLength(5);
    expect(parsed.warnings).toEqual([]);
  });
});
