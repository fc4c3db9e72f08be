/**
 * Grouped reports whose first column is written once per group and whose groups end in subtotal
 * rows (Salesforce formatted exports, hand-made sheets with 日付 merged over several rows).
 */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { groupFills } from '../../../src/core/parse/groupColumn';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

type Grid = readonly (readonly unknown[])[];

function parse(name: string, values: Grid) {
  const { mapping } = recognizeTab(name, values);
  return { mapping, parsed: parseWorkbook([{ name, values }], [mapping], { zoneOffset: () => 540, language: 'ja' }) };
}

describe('groupFills', () => {
  it('fills the blank first cells below each group value, up to the group\'s subtotal row', () => {
    const values: Grid = [
      ['フェーズ', '金額'],
      ['成立', '100'],
      ['', '50'],
      ['小計', '150'],
      ['不成立', '80'],
      ['', '10'],
      ['', '5'],
      ['小計', '95'],
      [],
      ['機密情報 - 社外秘'],
    ];
    expect(groupFills(values, 1)).toEqual([
      [2, '成立'],
      [5, '不成立'],
      [6, '不成立'],
    ]);
  });

  it('fills nothing unless the whole table has that shape: a blank cell is then just blank', () => {
    // No subtotal, or one total under the whole table: an ordinary table with a blank date.
    expect(groupFills([['日付', '費用'], ['2025-04-01', 1000], ['', 500]], 1)).toEqual([]);
    expect(groupFills([['日付', '費用'], ['2025-04-01', 1000], ['', 500], ['合計', 1500]], 1)).toEqual([]);
    // A group that opens with a blank cell, or repeats its value, or is not closed by a subtotal.
    expect(groupFills([['日付', '費用'], ['', 1000], ['小計', 1000], ['2025-04-02', 5], ['', 6], ['小計', 11]], 1)).toEqual([]);
    expect(groupFills([['日付', '費用'], ['2025-04-01', 1], ['2025-04-01', 2], ['', 3], ['小計', 6]], 1)).toEqual([]);
    expect(groupFills([['日付', '費用'], ['2025-04-01', 1], ['', 2], ['小計', 3], ['2025-04-02', 5], ['', 6]], 1)).toEqual([]);
  });
});

describe('a Salesforce opportunity report grouped by フェーズ', () => {
  it('reads every deal of a group with its group\'s phase, and says so once', () => {
    const { parsed } = parse('商談パイプライン', [
      ['フェーズ', '商談名', '金額', '完了予定日', '作成日'],
      ['成立', '東和-勤怠', '1,200,000', '2025/04/18', '2025/04/01'],
      ['', '北斗-追加', '450,000', '2025/04/25', '2025/04/03'],
      ['小計', '', '1,650,000', '', ''],
      ['提案/見積', '三光-全社', '2,350,000', '2025/05/28', '2025/04/08'],
      ['', '大和-拡張', '600,000', '2025/05/30', '2025/04/10'],
      ['小計', '', '2,950,000', '', ''],
      ['総計', '', '4,600,000', '', ''],
    ]);
    expect(parsed.deals.map((deal) => [deal.row, deal.outcome, deal.amount])).toEqual([
      [2, 'won', 1_200_000],
      [3, 'won', 450_000],
      [5, 'open', 2_350_000],
      [6, 'open', 600_000],
    ]);
    expect(parsed.warnings.map((w) => [w.code, w.message])).toEqual([
      ['group_values_filled', '「商談パイプライン」の「フェーズ」列は、グループの最初の行にだけ値がある形（小計のあるグループ化されたレポート）のため、空欄の2行は上の行と同じ値として読みました。'],
      ['total_rows_skipped', expect.stringContaining('4、7、8行目')],
    ]);
  });

  it('reads a hand-made ad sheet whose 日付 is written once per day, each day closed by a 小計 row', () => {
    const { parsed } = parse('広告費', [
      ['日付', '媒体', '費用'],
      ['2025/4/1', 'Google広告', '1,000'],
      ['', 'Yahoo!広告', '500'],
      ['小計', '', '1,500'],
      ['2025/4/2', 'Google広告', '1,200'],
      ['', 'Yahoo!広告', '600'],
      ['小計', '', '1,800'],
    ]);
    expect(parsed.ads.map((row) => [row.date, row.channel, row.cost])).toEqual([
      [20179, 'Google広告', 1000],
      [20179, 'Yahoo!広告', 500],
      [20180, 'Google広告', 1200],
      [20180, 'Yahoo!広告', 600],
    ]);
  });
});
