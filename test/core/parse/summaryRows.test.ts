/**
 * An ads or traffic report's unlabelled summary row (issue 11, design §3.2): Meta Ads Manager's
 * "Include summary row" writes a row without a campaign, dated like the data, holding the sums of the
 * rows below. It is skipped, counted and named; a row of that shape that does not hold the sums, that
 * names a campaign, or that sits in the middle of the table, is data.
 */
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { summaryRowsOf } from '../../../src/core/parse/summaryRows';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

const options = { zoneOffset: () => 540, language: 'en' as const };

function parse(name: string, values: readonly (readonly unknown[])[]) {
  return parseWorkbook([{ name, values }], [recognizeTab(name, values).mapping], options);
}

const META_HEADER = ['Reporting starts', 'Reporting ends', 'Campaign name', 'Impressions', 'Amount spent (JPY)', 'Link clicks'];

describe('an unlabelled summary row in an ads tab', () => {
  it('is skipped at the top of a Meta export, counted and named with the measures it sums', () => {
    const parsed = parse('Meta', [
      META_HEADER,
      ['2025-07-01', '2025-07-03', '', '3,000', '6,000', '60'],
      ['2025-07-01', '2025-07-01', 'Lead Gen', '1,000', '2,500', '20'],
      ['2025-07-02', '2025-07-02', 'Lead Gen', '1,200', '2,000', '25'],
      ['2025-07-03', '2025-07-03', 'Retargeting', '800', '1,500', '15'],
    ]);
    expect(parsed.ads.map((row) => [row.row, row.cost])).toEqual([
      [3, 2500],
      [4, 2000],
      [5, 1500],
    ]);
    expect(parsed.sources[0]).toMatchObject({ rowsRead: 3, rowsSkipped: 1 });
    const warnings = parsed.warnings.filter((w) => w.code === 'total_rows_skipped');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('(row 2)');
    expect(warnings[0]?.message).toContain('"Amount spent (JPY)", "Impressions", "Link clicks"');
  });

  it('is skipped at the bottom too, and in Japanese the warning names the row', () => {
    const values = [
      ['日', 'キャンペーン名', '消化金額 (JPY)'],
      ['2025/07/01', 'A', '100'],
      ['2025/07/02', 'B', '250'],
      ['2025/07/02', '', '350'],
    ];
    const parsed = parseWorkbook([{ name: '広告', values }], [recognizeTab('広告', values).mapping], { ...options, language: 'ja' });
    expect(parsed.ads.map((row) => row.cost)).toEqual([100, 250]);
    expect(parsed.warnings.find((w) => w.code === 'total_rows_skipped')?.message).toContain('4行目');
  });

  it('is data when it names a campaign, when a measure is not the sum, or when one row only is summed', () => {
    const named = parse('Meta', [META_HEADER, ['2025-07-01', '2025-07-02', 'Brand', '2,200', '4,500', '45'], ['2025-07-01', '2025-07-01', 'A', '1,000', '2,500', '20'], ['2025-07-02', '2025-07-02', 'B', '1,200', '2,000', '25']]);
    expect(named.ads).toHaveLength(3);
    // Cost and clicks sum, impressions do not: a real day of an unnamed campaign.
    const offSum = parse('Meta', [META_HEADER, ['2025-07-01', '2025-07-01', '', '2,100', '4,500', '45'], ['2025-07-01', '2025-07-01', 'A', '1,000', '2,500', '20'], ['2025-07-02', '2025-07-02', 'B', '1,200', '2,000', '25']]);
    expect(offSum.ads).toHaveLength(3);
    expect(offSum.warnings.filter((w) => w.code === 'total_rows_skipped')).toEqual([]);
    const single = parse('Meta', [META_HEADER, ['2025-07-01', '2025-07-01', '', '1,000', '2,500', '20'], ['2025-07-01', '2025-07-01', 'A', '1,000', '2,500', '20']]);
    expect(single.ads).toHaveLength(2);
  });
});

describe('summaryRowsOf', () => {
  const shape = (values: readonly (readonly unknown[])[]) => ({
    values,
    from: 1,
    to: values.length,
    isTableRow: (row: readonly unknown[]) => row.some((cell) => cell !== ''),
    nameColumns: [1],
    measureColumns: [2, 3],
  });

  it('looks at the first and last rows only', () => {
    const values = [
      ['Day', 'Campaign', 'Cost', 'Clicks'],
      ['2025-07-01', 'A', '100', '1'],
      ['2025-07-01', '', '300', '3'],
      ['2025-07-02', 'B', '200', '2'],
    ];
    expect(summaryRowsOf(shape(values))).toEqual([]);
  });

  it('finds a summary at each end, the second one summing the rows between them', () => {
    const values = [
      ['Day', 'Campaign', 'Cost', 'Clicks'],
      ['2025-07-01', '', '300.00', '3'],
      ['2025-07-01', 'A', '100.004', '1'],
      ['2025-07-02', 'B', '199.997', '2'],
      [],
      ['', '', '300', ''],
    ];
    expect(summaryRowsOf(shape(values))).toEqual([1, 5]);
  });

  it('never takes a zero or empty main measure for a summary, nor a tab without a campaign or channel column', () => {
    const zeros = [
      ['Day', 'Campaign', 'Cost', 'Clicks'],
      ['2025-07-01', '', '0', '0'],
      ['2025-07-01', 'A', '0', '0'],
      ['2025-07-02', 'B', '0', '0'],
    ];
    expect(summaryRowsOf(shape(zeros))).toEqual([]);
    const values = [
      ['Day', 'Campaign', 'Cost', 'Clicks'],
      ['2025-07-01', '', '300', '3'],
      ['2025-07-01', 'A', '100', '1'],
      ['2025-07-02', 'B', '200', '2'],
    ];
    expect(summaryRowsOf({ ...shape(values), nameColumns: [] })).toEqual([]);
  });
});
