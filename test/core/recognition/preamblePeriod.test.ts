/** The period an export states above its table (design §3.2.1). */
import { periodInLine, periodsAbove, preamblePeriod } from '../../../src/core/recognition/preamblePeriod';

describe('periodInLine', () => {
  it('reads the range forms of real exports', () => {
    const lines: readonly (readonly [string, string, string])[] = [
      // Google Ads UI downloads, English and Japanese
      ['July 8, 2025 - July 31, 2025', '2025-07-08', '2025-07-31'],
      ['"March 27, 2026 - April 23, 2026"', '2026-03-27', '2026-04-23'],
      ['2025年7月8日 - 2025年7月31日', '2025-07-08', '2025-07-31'],
      ['2025年4月1日 - 2026年3月31日', '2025-04-01', '2026-03-31'],
      ['2025年4月1日～2025年4月30日', '2025-04-01', '2025-04-30'],
      // Google Ads in en-GB
      ['1 July 2025 - 31 July 2025', '2025-07-01', '2025-07-31'],
      // GA4 exploration
      ['# 20230515-20230521', '2023-05-15', '2023-05-21'],
      // Yahoo!広告 title with the range in brackets
      ['キャンペーンレポート（2025/04/01～2025/04/30）', '2025-04-01', '2025-04-30'],
      // Microsoft Advertising: label, then a slash range whose 31 proves month first
      ['Report Time: 7/1/2025 - 7/31/2025', '2025-07-01', '2025-07-31'],
      // day first, proven by 31
      ['1/7/2025 - 31/7/2025', '2025-07-01', '2025-07-31'],
      // months stand for the whole month
      ['期間：2025年4月～2025年6月', '2025-04-01', '2025-06-30'],
    ];
    for (const [line, from, to] of lines) expect([line, periodInLine(line)]).toEqual([line, { from, to }]);
  });

  it('finds no period where there is none', () => {
    for (const line of ['All time', 'すべての期間', 'Campaign report', '# Account: NSTEM', 'Video views - 2025-07-19', '']) {
      expect([line, periodInLine(line)]).toEqual([line, null]);
    }
  });

  describe('edge cases', () => {
    it('refuses a slash range whose order no side proves, and a range that ends before it starts', () => {
      expect(periodInLine('4/5/2025 - 6/5/2025')).toBeNull();
      expect(periodInLine('2025-07-31 - 2025-07-01')).toBeNull();
    });
  });
});

describe('preamblePeriod', () => {
  it('combines GA4 start and end lines, in English and Japanese', () => {
    const en = [['# ----'], ['# Start date: 20230625', ''], ['# End date: 20230702', ''], [''], ['Session default channel group', 'Sessions']];
    expect(preamblePeriod(en, 4)).toEqual({ from: '2023-06-25', to: '2023-07-02' });
    const ja = [['# 開始日: 20250401'], ['# 終了日: 20250430'], ['セッションのデフォルト チャネル グループ', 'セッション']];
    expect(preamblePeriod(ja, 2)).toEqual({ from: '2025-04-01', to: '2025-04-30' });
  });

  it('reads labelled start and end lines whose order one of them proves (LinkedIn Campaign Manager)', () => {
    const values = [['Campaign Performance Report (in UTC)'], ['Report Start: 7/1/2025, 12:00 AM'], ['Report End: 7/31/2025, 11:59 PM'], ['Campaign Name', 'Total Spent']];
    expect(preamblePeriod(values, 3)).toEqual({ from: '2025-07-01', to: '2025-07-31' });
  });

  it('reads a label and its value written in two cells', () => {
    expect(preamblePeriod([['レポート名', 'キャンペーンレポート'], ['集計期間', '2025/04/01～2025/04/30'], ['キャンペーン名', 'コスト']], 2)).toEqual({ from: '2025-04-01', to: '2025-04-30' });
    expect(preamblePeriod([['開始日', '2025/04/01'], ['終了日', '2025/04/30'], ['キャンペーン名', 'コスト']], 2)).toEqual({ from: '2025-04-01', to: '2025-04-30' });
  });

  it('reads the Google Ads second line', () => {
    expect(preamblePeriod([['Campaign report'], ['July 8, 2025 - July 31, 2025'], ['Campaign', 'Cost']], 2)).toEqual({ from: '2025-07-08', to: '2025-07-31' });
  });

  describe('edge cases', () => {
    it('needs both a start and an end line, and looks only above the header', () => {
      expect(preamblePeriod([['# Start date: 20230625'], ['Sessions']], 1)).toBeNull();
      expect(preamblePeriod([['Campaign', 'Cost'], ['July 8, 2025 - July 31, 2025']], 0)).toBeNull();
    });

    it('gives each row the period stated above it', () => {
      const periods = periodsAbove([['All time'], ['July 8, 2025 - July 31, 2025'], ['Campaign'], ['A']], 4);
      expect(periods).toEqual([null, null, { from: '2025-07-08', to: '2025-07-31' }, { from: '2025-07-08', to: '2025-07-31' }]);
    });
  });
});
