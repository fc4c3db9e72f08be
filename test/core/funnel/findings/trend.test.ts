/**
 * The 商談化率 trend, worked by hand (the trend statistic in statistics.test.ts).
 */
import { monthTrend, trendFinding } from '../../../../src/core/funnel/findings/trend';
import type { FindingsInput } from '../../../../src/core/funnel/findings';
import type { FamilyTest } from '../../../../src/core/funnel/findings/types';
import { familyOf, findingsInput, month } from './helpers';

/** The trend finding with its test alone in the family (Holm with one test: 5 %), or with others. */
function trendAlone(input: FindingsInput, others: readonly FamilyTest[] = []) {
  const trend = monthTrend(input);
  return trendFinding(input, trend, familyOf([...(trend === null ? [] : [trend]), ...others]));
}

describe('trendFinding', () => {
  it('reports a rise beyond chance over the complete months, leaving provisional ones out', () => {
    // 10 %, 15 %, 20 %, 25 % on 100 leads each: +5.0 pt a month, z = 2.94. The provisional month is left out.
    const months = [month('2025-04', 100, 10), month('2025-05', 100, 15), month('2025-06', 100, 20), month('2025-07', 100, 25), month('2025-08', 100, 1, true)];
    expect(trendAlone(findingsInput({ months }))?.finding).toEqual({
      code: 'opportunity_rate_trend',
      tone: 'good',
      message:
        '集計の済んだ4か月（2025年4月〜2025年7月）の商談化率は、月あたり5.0ptのペースで上がっています（10.0% → 25.0%）。偶然では説明できない傾向です。上がった理由（施策やリードの入口の変化）を特定して、続けてください。',
    });
  });

  it('is judged in the report’s one family: z = 2.94 alone is a trend, among 30 tests it is not', () => {
    // Holm: the largest |z| of 30 must pass 5 % ÷ 30, z ≥ 3.14; 2.94 does not, so the months read as level.
    const months = [month('2025-04', 100, 10), month('2025-05', 100, 15), month('2025-06', 100, 20), month('2025-07', 100, 25)];
    const others = Array.from({ length: 29 }, () => ({ z: 0.5 }));
    expect(trendAlone(findingsInput({ months }), others)?.finding).toMatchObject({ code: 'opportunity_rate_trend', tone: 'neutral' });
    expect(trendAlone(findingsInput({ months }), others)?.finding.message).toContain('偶然の範囲内');
  });

  it('makes no trend test in the period view: a month’s 商談 by event date over its leads by created date is no share', () => {
    const months = [month('2025-04', 100, 10), month('2025-05', 100, 15), month('2025-06', 100, 20), month('2025-07', 100, 25)];
    expect(monthTrend(findingsInput({ months, view: 'period' }))).toBeNull();
  });

  it('reports a fall as bad, in English', () => {
    const months = [month('2025-04', 100, 25), month('2025-05', 100, 20), month('2025-06', 100, 15), month('2025-07', 100, 10)];
    expect(trendAlone(findingsInput({ language: 'en', months }))?.finding).toEqual({
      code: 'opportunity_rate_trend',
      tone: 'bad',
      message:
        'Over the 4 complete months from Apr 2025 to Jul 2025 the opportunity rate fell by 5.0 pt a month (25.0% → 10.0%), a trend beyond chance. Check what changed in campaigns or lead sources when it started to fall.',
    });
  });

  it('says a zigzag is within chance', () => {
    // 12, 10, 14, 11 of 100: z = 0.07.
    const months = [month('2025-04', 100, 12), month('2025-05', 100, 10), month('2025-06', 100, 14), month('2025-07', 100, 11)];
    expect(trendAlone(findingsInput({ months }))?.finding).toEqual({
      code: 'opportunity_rate_trend',
      tone: 'neutral',
      message:
        '集計の済んだ4か月（2025年4月〜2025年7月）の商談化率は10.0%〜14.0%の間で上下していますが、はっきりした上昇や低下の傾向はなく、偶然の範囲内です。月ごとの上下ではなく、数か月単位で判断してください。',
    });
  });

  describe('edge cases', () => {
    it('needs three months with at least 20 leads each', () => {
      const months = [month('2025-04', 100, 10), month('2025-05', 19, 15), month('2025-06', 100, 30)];
      expect(trendAlone(findingsInput({ months }))).toBeNull();
    });

    it('keeps a skipped month’s place on the time axis', () => {
      // April 10 %, May skipped (19 leads), June 20 %, July 30 %, at steps 0, 2, 3 (mean 5/3), p = 0.2:
      // Σ(t − t̄)(x − np) = (−5/3)(−10) + (1/3)(0) + (4/3)(10) = 30; Σn(t − t̄)² = 100 × 14/3 = 466.7 → 0.0643 = 6.4 pt.
      // (Treating the months as adjacent steps 0, 1, 2 would give 10 pt.)
      const months = [month('2025-04', 100, 10), month('2025-05', 19, 19), month('2025-06', 100, 20), month('2025-07', 100, 30)];
      expect(trendAlone(findingsInput({ months }))?.finding.message).toContain('集計の済んだ3か月（2025年4月〜2025年7月）の商談化率は、月あたり6.4ptのペースで上がっています');
    });
  });
});
