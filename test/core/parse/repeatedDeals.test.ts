/**
 * A deal written on several rows of one tab (kintone records with a table, opportunity-product
 * reports) is one deal. Tabs go through recognition and the parser, as in a real run.
 */
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { mergeRepeatedDeals } from '../../../src/core/parse/repeatedDeals';
import type { DealRow } from '../../../src/core/model/types';

const tokyo = () => 540;

function parse(name: string, values: readonly (readonly unknown[])[]) {
  const { mapping } = recognizeTab(name, values);
  return { mapping, parsed: parseWorkbook([{ name, values }], [mapping], { zoneOffset: tokyo, language: 'ja' }) };
}

const deal = (row: number, dealId: string | null, amount: number | null): DealRow => ({
  tab: '案件',
  row,
  created: 20180,
  dealId,
  leadId: null,
  contactId: null,
  emailKey: null,
  contactEmailKey: null,
  linkKey: null,
  channel: null,
  outcome: 'won',
  closeDate: null,
  amount,
});

describe('mergeRepeatedDeals', () => {
  it('keeps the first row of each deal ID with the largest amount of its rows', () => {
    const merged = mergeRepeatedDeals([deal(2, '101', 1500), deal(3, '101', null), deal(4, '102', 100), deal(5, '101', 1600)]);
    expect(merged.deals.map((d) => [d.row, d.dealId, d.amount])).toEqual([
      [2, '101', 1600],
      [4, '102', 100],
    ]);
    expect(merged.repeated).toBe(2);
  });

  it('never folds rows without a deal ID', () => {
    const merged = mergeRepeatedDeals([deal(2, null, 10), deal(3, null, 10), deal(4, ' ', 10)]);
    expect([merged.deals.length, merged.repeated]).toEqual([3, 0]);
  });
});

describe('a kintone deal app with a table (one row per table row)', () => {
  const values = [
    ['レコードの開始行', 'レコード番号', '会社名', '作成日時', 'ステータス', '合計金額', '明細', '品目', '数量', '単価', '小計'],
    ['*', '101', '東和システム', '2025-04-02 10:12', '受注', '1500000', '5001', '勤怠SaaS 年間', '1', '1200000', '1200000'],
    ['', '101', '東和システム', '2025-04-02 10:12', '受注', '1500000', '5002', '導入支援', '1', '300000', '300000'],
    ['*', '102', '日進工業', '2025-04-03 15:40', '商談中', '480000', '5003', '勤怠SaaS 年間', '1', '480000', '480000'],
  ];

  it('counts each record once, its 合計金額 once, and says so for the tab', () => {
    const { mapping, parsed } = parse('案件管理', values);
    expect(mapping.kind).toBe('deals');
    expect(parsed.deals.map((d) => [d.row, d.dealId, d.outcome, d.amount])).toEqual([
      [2, '101', 'won', 1_500_000],
      [4, '102', 'open', 480_000],
    ]);
    expect(parsed.warnings.map((w) => [w.tab, w.code])).toEqual([['案件管理', 'duplicate_deals_merged']]);
    expect(parsed.warnings[0]?.message).toContain('「案件管理」の1行は');
  });
});
