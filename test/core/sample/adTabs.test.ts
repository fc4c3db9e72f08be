import { eventCostsTab, EVENT_COST_HEADERS, GOOGLE_ADS_HEADERS, googleAdsTab, YAHOO_ADS_HEADERS, yahooAdsTab } from '../../../src/core/sample/adTabs';
import { isDayCell, type SampleCell } from '../../../src/core/sample/cells';
import { webinarDays } from '../../../src/core/sample/leads';
import { createRandom } from '../../../src/core/sample/random';
import { fiscalYearDays } from '../../../src/core/sample/year';

const days = fiscalYearDays();

function column(rows: SampleCell[][], index: number): SampleCell[] {
  return rows.map((row) => row[index] as SampleCell);
}

function sumNumbers(cells: SampleCell[]): number {
  return cells.reduce<number>((sum, cell) => sum + (typeof cell === 'number' ? cell : 0), 0);
}

describe('googleAdsTab', () => {
  const tab = googleAdsTab(createRandom(1), days, { rows: 1095, scale: 1, name: 'Google広告' });
  const data = tab.values.slice(3, -1);
  const total = tab.values.at(-1) ?? [];

  it('starts with the report title and date range, then the Japanese UI headers', () => {
    expect(tab.values[0]?.[0]).toBe('キャンペーン レポート');
    expect(tab.values[1]?.[0]).toBe('2025年4月1日 - 2026年3月31日');
    expect(tab.values[2]).toEqual([...GOOGLE_ADS_HEADERS]);
    expect(GOOGLE_ADS_HEADERS).toEqual(['日', 'キャンペーン', '表示回数', 'クリック数', '費用', 'コンバージョン', '通貨コード']);
  });

  it('writes one row per campaign and day, with date cells and JPY', () => {
    expect(data).toHaveLength(1095);
    expect(data.every((row) => isDayCell(row[0]) && row[6] === 'JPY')).toBe(true);
    expect(new Set(column(data, 1))).toEqual(new Set(['検索_指名KW', '検索_一般KW', 'ディスプレイ_リマーケティング']));
  });

  it('shows -- for some missing conversions of the display campaign only', () => {
    const missing = data.filter((row) => row[5] === '--');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((row) => row[1] === 'ディスプレイ_リマーケティング')).toBe(true);
  });

  it('keeps clicks at or below impressions and cost positive', () => {
    expect(data.every((row) => (row[3] as number) <= (row[2] as number) && (row[4] as number) > 0)).toBe(true);
  });

  it('ends with a 合計: アカウント row that sums the rows above (-- counted as nothing)', () => {
    expect(total[0]).toBe('合計: アカウント');
    expect(total.slice(2, 6)).toEqual([2, 3, 4, 5].map((index) => sumNumbers(column(data, index))));
  });

  it('spends about ¥1.8 million a month', () => {
    expect((total[4] as number) / 12).toBeGreaterThan(1_500_000);
    expect((total[4] as number) / 12).toBeLessThan(2_100_000);
  });

  describe('edge cases', () => {
    it('adds more search campaigns when more rows are asked for', () => {
      const large = googleAdsTab(createRandom(1), days, { rows: 365 * 9, scale: 1, name: 'Google広告' });
      const campaigns = new Set(column(large.values.slice(3, -1), 1));
      expect(campaigns.size).toBe(9);
      expect(campaigns.has('検索_KWグループ2')).toBe(true);
    });

    it('spreads rows that do not divide evenly over the days', () => {
      const odd = googleAdsTab(createRandom(1), days, { rows: 500, scale: 1, name: 'Google広告' });
      expect(odd.values.slice(3, -1)).toHaveLength(500);
    });
  });
});

describe('yahooAdsTab', () => {
  const tab = yahooAdsTab(createRandom(2), days, { rows: 730, scale: 1, name: 'Yahoo!広告' });
  const data = tab.values.slice(1, -1);

  it('starts with the 検索広告 report headers', () => {
    expect(tab.values[0]).toEqual([...YAHOO_ADS_HEADERS]);
    expect(YAHOO_ADS_HEADERS).toEqual(['日', 'キャンペーン名', 'インプレッション数', 'クリック数', 'コスト', 'コンバージョン数']);
  });

  it('writes dates as YYYY/MM/DD text, from 2025/04/01 to 2026/03/31', () => {
    expect(data[0]?.[0]).toBe('2025/04/01');
    expect(data.at(-1)?.[0]).toBe('2026/03/31');
    expect(data.every((row) => typeof row[0] === 'string')).toBe(true);
  });

  it('ends with a 合計 row summing the cost', () => {
    const total = tab.values.at(-1) ?? [];
    expect(total[0]).toBe('合計');
    expect(total[4]).toBe(sumNumbers(column(data, 4)));
  });
});

describe('eventCostsTab', () => {
  const tab = eventCostsTab(createRandom(3), days, webinarDays(days), { scale: 1, name: '展示会・イベント' });
  const data = tab.values.slice(1);

  it('has the hand-made headers 日付, 媒体, 内容, 費用', () => {
    expect(tab.values[0]).toEqual([...EVENT_COST_HEADERS]);
  });

  it('books costs under 展示会 and ウェビナー only', () => {
    expect(new Set(column(data, 1))).toEqual(new Set(['展示会', 'ウェビナー']));
  });

  it('writes some amounts as yen text and some dates as typed text', () => {
    const amounts = column(data, 3);
    expect(amounts.some((cell) => typeof cell === 'string' && /^¥\d{1,3}(,\d{3})*$/.test(cell))).toBe(true);
    expect(amounts.some((cell) => typeof cell === 'number')).toBe(true);
    const textDates = column(data, 0).filter((cell): cell is string => typeof cell === 'string');
    expect(textDates.length).toBeGreaterThan(0);
    expect(textDates.every((text) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(text))).toBe(true);
  });

  it('spends between ¥1 million and ¥4 million on each trade show', () => {
    const toYen = (cell: SampleCell) => (typeof cell === 'number' ? cell : Number(String(cell).replace(/[¥,円]/g, '')));
    for (const show of ['SaaSビジネスEXPO 春', 'マーケティングDX展 夏', '営業支援ソリューション展 秋', 'B2Bデジタル展 冬']) {
      const spend = data.filter((row) => String(row[2]).startsWith(show)).reduce((sum, row) => sum + toYen(row[3] as SampleCell), 0);
      expect(spend).toBeGreaterThan(1_000_000);
      expect(spend).toBeLessThan(4_000_000);
    }
  });
});
