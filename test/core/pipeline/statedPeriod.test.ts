/**
 * Reports without a day column, dated by the period their preamble states (design §3.2.1), through
 * the whole engine: counted in the totals and by channel for that period, in no month; the default
 * period covers them; a narrower report period leaves them out with a warning.
 */
import type { FunnelSettings } from '../../../src/core/model/types';
import { runFunnel } from '../../../src/core/pipeline/runFunnel';

const TOKYO = (): number => 540;
const EN: FunnelSettings = { view: 'cohort', language: 'en', currency: 'JPY' };

/** A Google Ads campaign report for July 8–31 (no day column): cost 1,000 + 500, Total row below. */
const googleAds = {
  name: 'Google Ads',
  values: [
    ['Campaign report'],
    ['July 8, 2025 - July 31, 2025'],
    ['Campaign', 'Impr.', 'Clicks', 'Cost'],
    ['Brand', '1,000', '50', '1000'],
    ['Generic', '2,000', '20', '500'],
  ],
};

/** Dated leads: two in July, one in August, from the Google Ads channel and elsewhere. */
const leads = {
  name: 'Leads',
  values: [
    ['Create Date', 'Email', 'Original Source'],
    ['2025-07-10', 'a@example.com', 'Google Ads'],
    ['2025-07-20', 'b@example.com', 'Google Ads'],
    ['2025-08-05', 'c@example.com', 'Referral'],
  ],
};

describe('reports dated by their stated period', () => {
  it('count in the totals and by channel, not by month, and say so', () => {
    const { summary } = runFunnel([googleAds], EN, TOKYO);
    expect(summary.period).toEqual({ from: '2025-07-08', to: '2025-07-31' });
    expect([summary.total.cost, summary.total.impressions, summary.total.clicks]).toEqual([1500, 3000, 70]);
    expect(summary.byChannel.map((row) => [row.channel, row.cost])).toEqual([['Google Ads', 1500]]);
    expect(summary.byMonth.map((row) => [row.month, row.cost])).toEqual([['2025-07', 0]]);
    expect(summary.undatedTabs).toEqual([{ tab: 'Google Ads', kind: 'ads', from: '2025-07-08', to: '2025-07-31', counted: true }]);
    expect(summary.sources[0]).toMatchObject({ tab: 'Google Ads', kind: 'ads', headerRow: 3, rowsRead: 2, period: { from: '2025-07-08', to: '2025-07-31' } });
    expect(summary.warnings.map((w) => [w.tab, w.code])).toEqual([['Google Ads', 'stated_period']]);
    expect(summary.warnings[0]?.message).toContain('Segment → Time → Day');
  });

  it('widen the default period with dated tabs beside them', () => {
    const { summary } = runFunnel([googleAds, leads], EN, TOKYO);
    // Leads span 07-10 … 08-05; the report 07-08 … 07-31: the default period covers both.
    expect(summary.period).toEqual({ from: '2025-07-08', to: '2025-08-05' });
    expect(summary.total.cost).toBe(1500);
    expect(summary.total.leads).toBe(3);
    const googleRow = summary.byChannel.find((row) => row.channel === 'Google Ads');
    expect([googleRow?.cost, googleRow?.leads, googleRow?.cpl]).toEqual([1500, 2, 750]);
  });

  it('are left out, with a warning, when the report period covers only part of the stated period', () => {
    const { summary } = runFunnel([googleAds, leads], { ...EN, from: '2025-07-15', to: '2025-08-31' }, TOKYO);
    expect(summary.total.cost).toBe(0);
    expect(summary.undatedTabs).toEqual([{ tab: 'Google Ads', kind: 'ads', from: '2025-07-08', to: '2025-07-31', counted: false }]);
    const warning = summary.warnings.find((w) => w.code === 'stated_period');
    expect(warning?.message).toContain('is not wholly inside the report period (2025-07-15 to 2025-08-31)');
  });

  it('are counted whole when the report period is wider', () => {
    const { summary } = runFunnel([googleAds], { ...EN, from: '2025-07-01', to: '2025-09-30' }, TOKYO);
    expect(summary.total.cost).toBe(1500);
    // The report's days are unknown, so no month gets its cost; August and September start after the
    // as-of date (07-31, the stated end): not started, no figures (design §6.2).
    expect(summary.byMonth.map((row) => row.cost)).toEqual([0, null, null]);
  });

  describe('edge cases', () => {
    it('refuse an "All time" report, saying how to add a day column, in Japanese too', () => {
      const allTime = { ...googleAds, values: [['キャンペーン レポート'], ['全期間'], ['キャンペーン', '表示回数', '費用'], ['A', '10', '100']] };
      expect(() => runFunnel([allTime], { ...EN, language: 'ja' }, TOKYO)).toThrow(/「Google Ads」（1行）: 広告データのようですが、日付の列がなく、期間も書かれていないため、使いませんでした（見出し: 「キャンペーン」、「表示回数」、「費用」）。レポートを日別にしてからダウンロード（Google 広告は「分割」→「時間」→「日」、Yahoo!広告は表示項目に「日」を追加）してください。/);
    });

    it('use a GA4 report\'s Start/End lines', () => {
      const ga4 = {
        name: 'GA4',
        values: [['# Start date: 20230625'], ['# End date: 20230702'], ['Session default channel group', 'Sessions'], ['Organic Search', '482'], ['Direct', '243']],
      };
      const { summary } = runFunnel([ga4], EN, TOKYO);
      expect([summary.period, summary.total.sessions]).toEqual([{ from: '2023-06-25', to: '2023-07-02' }, 725]);
      expect(summary.byChannel.map((row) => [row.channel, row.sessions])).toEqual([['Direct', 243], ['Organic Search', 482]]);
      expect(summary.warnings[0]?.message).toContain('add the Date dimension');
    });
  });
});
