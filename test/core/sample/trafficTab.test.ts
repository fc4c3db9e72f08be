import { GA4_HEADERS, trafficTab } from '../../../src/core/sample/trafficTab';
import { dayFromIso } from '../../../src/core/sample/calendar';
import { createRandom } from '../../../src/core/sample/random';
import { fiscalYearDays } from '../../../src/core/sample/year';

const days = fiscalYearDays();

describe('trafficTab', () => {
  const tab = trafficTab(createRandom(1), days, new Set([dayFromIso('2025-04-08')]), { rows: 2190, scale: 1, name: 'GA4' });
  const headerIndex = tab.values.findIndex((row) => row[0] === '日付');
  const data = tab.values.slice(headerIndex + 1);

  it('opens with GA4 comment lines naming the report and the period, then a blank row', () => {
    const preamble = tab.values.slice(0, headerIndex).map((row) => row[0]);
    expect(preamble[0]).toBe('# ----------------------------------------');
    expect(preamble).toContain('# トラフィック獲得: セッションのデフォルト チャネル グループ');
    expect(preamble).toContain('# 開始日: 20250401');
    expect(preamble).toContain('# 終了日: 20260331');
    expect(preamble.at(-1)).toBe('');
    expect(preamble.slice(0, -1).every((line) => String(line).startsWith('#'))).toBe(true);
  });

  it('uses the Japanese UI headers', () => {
    expect(tab.values[headerIndex]).toEqual([...GA4_HEADERS]);
    expect(GA4_HEADERS.slice(0, 5)).toEqual(['日付', 'セッションのデフォルト チャネル グループ', 'セッション', 'エンゲージのあったセッション数', 'エンゲージメント率']);
  });

  it('writes one row per day and default channel group', () => {
    expect(data).toHaveLength(2190);
    expect(new Set(data.map((row) => row[1]))).toEqual(new Set(['Paid Search', 'Organic Search', 'Direct', 'Referral', 'Email', 'Organic Social']));
    expect(data.filter((row) => row[0] === '20250401')).toHaveLength(6);
  });

  it('keeps engaged sessions and new users within sessions, and the rate as a fraction', () => {
    for (const row of data) {
      const sessions = row[2] as number;
      expect(sessions).toBeGreaterThanOrEqual(1);
      expect(row[3] as number).toBeLessThanOrEqual(sessions);
      expect(row[5] as number).toBeLessThanOrEqual(sessions);
      expect(Math.abs((row[4] as number) - (row[3] as number) / sessions)).toBeLessThan(0.0001);
    }
  });

  it('lists the busiest channel first within each day', () => {
    const firstDay = data.filter((row) => row[0] === '20250402').map((row) => row[2] as number);
    expect(firstDay).toEqual([...firstDay].sort((a, b) => b - a));
  });

  it('has Email sessions jump on newsletter days', () => {
    const email = (date: string) => data.find((row) => row[0] === date && row[1] === 'Email')?.[2] as number;
    // 2025-04-08 (send day, Tuesday) against 2025-04-15 (the next Tuesday).
    expect(email('20250408')).toBeGreaterThan(2 * email('20250415'));
  });

  describe('edge cases', () => {
    it('adds rarer channel groups, then repeats groups, for large row counts', () => {
      const large = trafficTab(createRandom(2), days, new Set(), { rows: 20_000, scale: 1, name: 'GA4' });
      const rows = large.values.slice(10);
      expect(rows).toHaveLength(20_000);
      expect(new Set(rows.map((row) => row[1])).size).toBe(19);
    });

    it('writes fewer channels a day when fewer rows are asked for', () => {
      const small = trafficTab(createRandom(3), days, new Set(), { rows: 365, scale: 1, name: 'GA4' });
      expect(small.values.slice(10).every((row) => row[1] === 'Organic Search')).toBe(true);
    });
  });
});
