import { headlineKpis } from '../../../src/core/pipeline/headline';
import { fullSummary } from '../report/fixtures';

describe('headlineKpis', () => {
  it('gives 受注率 of closed deals, and ROAS as a percentage in Japanese and a multiple in English', () => {
    const full = fullSummary();
    const summary = { ...full, total: { ...full.total, ltv: null, ltvToCac: null } };
    // 11 won, 18 lost: 37.9 %. ROAS ¥3,800,000 ÷ ¥1,200,000 = 3.17.
    expect(headlineKpis(summary, 'ja').map((kpi) => [kpi.label, kpi.value])).toEqual([
      ['リード数', '240'],
      ['商談化率', '20.0%'],
      ['受注率', '37.9%'],
      ['顧客獲得単価（CAC）', '¥109,091'],
      ['ROAS', '317%'],
    ]);
    expect(headlineKpis(summary, 'en').at(-1)).toEqual({ key: 'roas', label: 'ROAS', value: '3.2×' });
  });

  it('gives LTV/CAC as a multiple when LTV is set', () => {
    // LTV ¥3,800,000 / 11 × 0.7 × 3 = ¥725,455; ÷ CAC ¥109,091 = 6.65 (6.6499… in binary).
    expect(headlineKpis(fullSummary(), 'ja').at(-1)).toEqual({ key: 'ltvToCac', label: 'LTV/CAC', value: '6.6倍' });
    expect(headlineKpis(fullSummary(), 'en').at(-1)?.value).toBe('6.6×');
  });
});
