/**
 * Amounts with a currency code (Salesforce multi-currency reports: `JPY 1,234,000`, `USD 12,000.00`)
 * are read as amounts; a money column that mixes currencies is added as written (never converted,
 * design §1) and said once per tab; a converted-amount column is preferred when the export has one.
 */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

type Grid = readonly (readonly unknown[])[];

function parse(name: string, values: Grid, language: 'ja' | 'en' = 'ja') {
  return parseWorkbook([{ name, values }], [recognizeTab(name, values).mapping], { zoneOffset: () => 540, language });
}

describe('amounts written with a currency code', () => {
  it('reads JPY and USD amounts of a Salesforce report without a warning', () => {
    const parsed = parse('商談', [
      ['商談名', 'フェーズ', '金額', '作成日'],
      ['A', '成立', 'JPY 1,234,000', '2025/04/01'],
      ['B', '見込み客', 'JPY 500,000', '2025/04/02'],
    ]);
    expect(parsed.deals.map((deal) => deal.amount)).toEqual([1234000, 500000]);
    expect(parsed.warnings).toEqual([]);
  });

  it('adds a column that mixes currencies as written, and says so once for the tab', () => {
    const parsed = parse('Opportunities', [
      ['Opportunity Name', 'Stage', 'Amount', 'Created Date'],
      ['A', 'Closed Won', 'USD 12,000.00', '2025-04-01'],
      ['B', 'Closed Won', 'JPY 1,200,000', '2025-04-02'],
      ['C', 'Closed Won', 'USD 500.00', '2025-04-03'],
    ], 'en');
    expect(parsed.deals.map((deal) => deal.amount)).toEqual([12000, 1200000, 500]);
    expect(parsed.warnings.map((w) => [w.code, w.field, w.message])).toEqual([
      [
        'mixed_currencies',
        'amount',
        'Tab "Opportunities", column "Amount": amounts in several currencies (USD, JPY) were added without conversion. Map a column of converted amounts if there is one.',
      ],
    ]);
  });

  it('counts yen signs and 円 as one currency, and says nothing for plain numbers', () => {
    const parsed = parse('広告', [
      ['日', '費用'],
      ['2025/04/01', '¥1,200'],
      ['2025/04/02', '1,300円'],
      ['2025/04/03', '1400'],
    ]);
    expect(parsed.ads.map((row) => row.cost)).toEqual([1200, 1300, 1400]);
    expect(parsed.warnings).toEqual([]);
  });

  it('prefers the converted amount of a multi-currency report', () => {
    const { mapping } = recognizeTab('Opportunities', [
      ['Opportunity Name', 'Stage', 'Amount Currency', 'Amount', 'Amount (converted) Currency', 'Amount (converted)', 'Created Date'],
      ['A', 'Closed Won', 'USD', '12,000.00', 'JPY', '1,800,000', '2025-04-01'],
    ]);
    expect(mapping.columns.amount).toBe(5);
  });
});
