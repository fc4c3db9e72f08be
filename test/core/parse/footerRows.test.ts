/**
 * An export's footer below the table (design §3.2.1): told by its shape for any tool — after the
 * last row that fills several cells, a blank row, then single-cell lines — skipped with one note
 * naming it; a real row is never taken for a footer line.
 */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { trailingFooter } from '../../../src/core/parse/footerRows';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';
import { isTotalLabel } from '../../../src/core/vocabulary/structureRows';

type Grid = readonly (readonly unknown[])[];

function parse(name: string, values: Grid, language: 'ja' | 'en' = 'ja') {
  return parseWorkbook([{ name, values }], [recognizeTab(name, values).mapping], { zoneOffset: () => 540, language });
}

const codes = (parsed: ReturnType<typeof parse>) => parsed.warnings.map((w) => w.code);

const SALESFORCE_JA_LEADS: Grid = [
  ['リード 所有者', '名', '姓', 'メール', 'リード状況', '作成日'],
  ['山田 太郎', '翔太', '佐藤', 'sato@example.co.jp', '未対応', '2025/04/01'],
  ['山田 太郎', '美咲', '鈴木', 'suzuki@example.co.jp', '対応中', '2025/04/02'],
  [],
  ['合計'],
  ['2'],
  [],
  ['機密情報 - 社外秘'],
  ['Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.'],
];

describe('trailingFooter', () => {
  it('finds the Salesforce footer: its lines, where it starts and a notice it may quote', () => {
    expect(trailingFooter(SALESFORCE_JA_LEADS, 0, () => false)).toEqual({ start: 3, lines: [4, 5, 7, 8], example: '機密情報 - 社外秘' });
  });

  it('takes the single cell wherever it is (a sum under its amount column)', () => {
    const values: Grid = [
      ['Opportunity Name', 'Amount', 'Created Date'],
      ['A', 'USD 1,000.00', '4/1/2025'],
      [],
      ['Grand Totals (1 records)'],
      ['', 'USD 1,000.00', ''],
    ];
    expect(trailingFooter(values, 0, () => false)).toEqual({ start: 2, lines: [3, 4], example: 'Grand Totals (1 records)' });
  });

  it('needs a blank row between the table and the footer: single cells right under the table are rows', () => {
    const values: Grid = [['作成日', 'メール'], ['2025/04/01', 'a@example.jp'], ['2025/04/02'], ['合計']];
    expect(trailingFooter(values, 0, () => false)).toBeNull();
    const withBlank: Grid = [['作成日', 'メール'], ['2025/04/01', 'a@example.jp'], ['2025/04/02'], [], ['機密']];
    expect(trailingFooter(withBlank, 0, () => false)).toEqual({ start: 3, lines: [4], example: '機密' });
  });

  it('is no footer when a line reads as the tab’s required value, or when no row fills two cells', () => {
    const values: Grid = [['作成日', 'メール'], ['2025/04/01', 'a@example.jp'], [], ['2025/04/02']];
    expect(trailingFooter(values, 0, (row, column) => column === 0 && row[column] === '2025/04/02')).toBeNull();
    const oneColumn: Grid = [['メール'], ['a@example.jp'], [], ['b@example.jp']];
    expect(trailingFooter(oneColumn, 0, () => false)).toBeNull();
  });

  it('passes over GA4 # note lines, which are structure anyway', () => {
    const values: Grid = [['Date', 'Sessions'], ['20250401', '5'], [], ['# notes typed under the table']];
    expect(trailingFooter(values, 0, () => false)).toBeNull();
  });

  it('quotes only boilerplate, never a line that could be a person', () => {
    const values: Grid = [['作成日', 'メール'], ['2025/04/01', 'a@example.jp'], [], ['山田 太郎']];
    expect(trailingFooter(values, 0, () => false)?.example).toBeNull();
  });
});

describe('parseWorkbook with an export footer', () => {
  it('skips the Salesforce footer with one note that names it, and reads every data row', () => {
    const parsed = parse('report1764901234567', SALESFORCE_JA_LEADS);
    expect(parsed.leads.map((lead) => lead.row)).toEqual([2, 3]);
    expect(codes(parsed)).toEqual(['footer_rows_skipped']);
    expect(parsed.warnings[0]?.message).toBe(
      '「report1764901234567」の表の下の4行（5、6、8、9行目）はエクスポートのフッター（合計・注記など。例: 「機密情報 - 社外秘」）として除外しました。データなら表との間の空行を消してください。',
    );
    expect(parsed.sources[0]).toMatchObject({ rowsRead: 2, rowsSkipped: 4 });
  });

  it('says it in English too, for the English footer with a sum in the amount column', () => {
    const values: Grid = [
      ['Opportunity Name', 'Stage', 'Amount', 'Created Date'],
      ['A', 'Closed Won', 'USD 1,000.00', '4/1/2025'],
      ['B', 'Prospecting', 'USD 500.00', '4/13/2025'],
      [],
      ['Grand Totals (2 records)'],
      ['', '', 'USD 1,500.00', ''],
      [],
      ['Confidential Information - Do Not Distribute'],
      ['Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.'],
    ];
    const parsed = parse('report1764906666666', values, 'en');
    expect(parsed.deals.map((deal) => deal.row)).toEqual([2, 3]);
    expect(codes(parsed)).toEqual(['footer_rows_skipped']);
    expect(parsed.warnings[0]?.message).toBe(
      'Tab "report1764906666666": 4 lines below the table (rows 5, 6, 8, 9) are the export\'s footer (totals, notes, such as "Confidential Information - Do …"), skipped. If one is data, delete the blank row above it.',
    );
  });

  it('takes a record count typed as a number under a date column for a footer line (an .xlsx export), not a date', () => {
    const values: Grid = [
      ['作成日', 'メール', '会社名'],
      [new Date(Date.UTC(2025, 3, 1)), 'a@example.jp', '東和'],
      [],
      ['合計'],
      [1],
    ];
    const parsed = parse('リード', values);
    expect(parsed.leads.map((lead) => lead.row)).toEqual([2]);
    expect(codes(parsed)).toEqual(['footer_rows_skipped']);
  });

  it('works for any tool: a note under an ads report', () => {
    const values: Grid = [
      ['日', 'キャンペーン', '費用'],
      ['2025/04/01', 'ブランド', '1,000'],
      ['2025/04/02', 'ブランド', '2,000'],
      [],
      ['※ 当日分の数値は速報値です。'],
    ];
    const parsed = parse('広告', values);
    expect(parsed.ads.map((row) => row.cost)).toEqual([1000, 2000]);
    expect(codes(parsed)).toEqual(['footer_rows_skipped']);
  });

  it('keeps a real one-cell row below a blank row when it holds the required date, and warns about it as a row', () => {
    const values: Grid = [
      ['作成日', 'メール', '会社名'],
      ['2025/04/01', 'a@example.jp', '東和'],
      [],
      ['2025/04/03'],
    ];
    const parsed = parse('リード', values);
    expect(parsed.leads.map((lead) => lead.row)).toEqual([2, 4]);
    expect(codes(parsed)).not.toContain('footer_rows_skipped');
  });

  it('reads single cells right under the table as rows (warned about as such), the lines after the blank row as the footer', () => {
    const values: Grid = [
      ['リード 所有者', 'メール', '作成日'],
      ['山田', 'a@example.jp', '2025/04/01'],
      ['b@example.jp'],
      [],
      ['機密情報 - 社外秘'],
    ];
    const parsed = parse('リード', values);
    expect(parsed.leads.map((lead) => lead.row)).toEqual([2]);
    expect(codes(parsed)).toEqual(['missing_required', 'footer_rows_skipped']);
  });
});

describe('a total label with a record count', () => {
  it.each([['Grand Totals (60 records)', true], ['Grand Total (1 record)', true], ['合計 (200件)', true], ['Total Care (株)', false]])('%j → %s', (label, expected) => {
    expect(isTotalLabel(label)).toBe(expected);
  });
});
