/**
 * Money columns in a larger unit (`費用（千円）`, `受注金額（万円）`) are read in yen, with one note per
 * column; a plain `(円)` column is left as it is. Tabs go through recognition and the parser.
 */
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const tokyo = () => 540;

function parse(name: string, values: readonly (readonly unknown[])[], language: 'ja' | 'en' = 'ja') {
  const { mapping } = recognizeTab(name, values);
  return { mapping, parsed: parseWorkbook([{ name, values }], [mapping], { zoneOffset: tokyo, language }) };
}

describe('money columns in thousands or ten-thousands of yen', () => {
  it('reads an ad cost in 万円 in yen, decimals included, and says so once', () => {
    const { mapping, parsed } = parse('媒体別費用', [
      ['月', '媒体', '費用（万円）'],
      ['2025年4月', 'Google広告', '45.5'],
      ['2025年5月', 'Google広告', '50.2'],
      ['2025年5月', '展示会', '80'],
    ]);
    expect(mapping.kind).toBe('ads');
    expect(parsed.ads.map((row) => row.cost)).toEqual([455_000, 502_000, 800_000]);
    expect(parsed.warnings.map((w) => [w.code, w.field, w.message])).toEqual([
      ['unit_scaled', 'cost', '「媒体別費用」の「費用（万円）」列は、見出しにある単位に合わせて値を10,000倍し、円で集計しました。'],
    ]);
  });

  it('reads a won amount in 千円 in yen, in English too', () => {
    const { parsed } = parse('受注一覧', [
      ['受注日', '顧客名', '受注金額（千円）'],
      ['2025/4/10', '東和システム', '1,200'],
      ['2025/4/18', '日進工業', '▲88'],
    ], 'en');
    expect(parsed.deals.map((row) => [row.outcome, row.amount])).toEqual([
      ['won', 1_200_000],
      ['won', -88_000],
    ]);
    expect(parsed.warnings.find((w) => w.code === 'unit_scaled')?.message).toBe(
      'Tab "受注一覧": column "受注金額（千円）" is in units of 1,000, so its values were multiplied by 1,000 and counted in yen.',
    );
  });

  it('leaves a (円) column and every count column as written', () => {
    const { parsed } = parse('広告', [
      ['日付', '費用（円）', '表示回数'],
      ['2025-04-01', '1,200', '3000'],
    ]);
    expect(parsed.ads.map((row) => [row.cost, row.impressions])).toEqual([[1200, 3000]]);
    expect(parsed.warnings).toEqual([]);
  });
});
