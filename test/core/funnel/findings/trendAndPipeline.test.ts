/**
 * The 商談化率 trend and pipeline coverage, worked by hand (the trend statistic in statistics.test.ts).
 */
import { pipelineCoverageFinding } from '../../../../src/core/funnel/findings/pipelineCoverage';
import { targetGapFinding } from '../../../../src/core/funnel/findings/targetGap';
import { trendFinding } from '../../../../src/core/funnel/findings/trend';
import { counts, findingsInput, month } from './helpers';

describe('trendFinding', () => {
  it('reports a rise beyond chance over the complete months, leaving provisional ones out', () => {
    // 10 %, 15 %, 20 %, 25 % on 100 leads each: +5.0 pt a month, z = 2.94. The provisional month is left out.
    const months = [month('2025-04', 100, 10), month('2025-05', 100, 15), month('2025-06', 100, 20), month('2025-07', 100, 25), month('2025-08', 100, 1, true)];
    expect(trendFinding(findingsInput({ months }))?.finding).toEqual({
      code: 'opportunity_rate_trend',
      tone: 'good',
      message:
        '集計の済んだ4か月（2025年4月〜2025年7月）の商談化率は、月あたり5.0ptのペースで上がっています（10.0% → 25.0%）。偶然では説明できない傾向です。上がった理由（施策やリードの入口の変化）を特定して、続けてください。',
    });
  });

  it('reports a fall as bad, in English', () => {
    const months = [month('2025-04', 100, 25), month('2025-05', 100, 20), month('2025-06', 100, 15), month('2025-07', 100, 10)];
    expect(trendFinding(findingsInput({ language: 'en', months }))?.finding).toEqual({
      code: 'opportunity_rate_trend',
      tone: 'bad',
      message:
        'Over the 4 complete months from Apr 2025 to Jul 2025 the opportunity rate fell by 5.0 pt a month (25.0% → 10.0%), a trend beyond chance. Check what changed in campaigns or lead sources when it started to fall.',
    });
  });

  it('says a zigzag is within chance', () => {
    // 12, 10, 14, 11 of 100: z = 0.07.
    const months = [month('2025-04', 100, 12), month('2025-05', 100, 10), month('2025-06', 100, 14), month('2025-07', 100, 11)];
    expect(trendFinding(findingsInput({ months }))?.finding).toEqual({
      code: 'opportunity_rate_trend',
      tone: 'neutral',
      message:
        '集計の済んだ4か月（2025年4月〜2025年7月）の商談化率は10.0%〜14.0%の間で上下していますが、はっきりした上昇や低下の傾向はなく、偶然の範囲内です。月ごとの上下ではなく、数か月単位で判断してください。',
    });
  });

  describe('edge cases', () => {
    it('needs three months with at least 20 leads each', () => {
      const months = [month('2025-04', 100, 10), month('2025-05', 19, 15), month('2025-06', 100, 30)];
      expect(trendFinding(findingsInput({ months }))).toBeNull();
    });

    it('keeps a skipped month’s place on the time axis', () => {
      // April 10 %, May skipped (19 leads), June 20 %, July 30 %, at steps 0, 2, 3 (mean 5/3), p = 0.2:
      // Σ(t − t̄)(x − np) = (−5/3)(−10) + (1/3)(0) + (4/3)(10) = 30; Σn(t − t̄)² = 100 × 14/3 = 466.7 → 0.0643 = 6.4 pt.
      // (Treating the months as adjacent steps 0, 1, 2 would give 10 pt.)
      const months = [month('2025-04', 100, 10), month('2025-05', 19, 19), month('2025-06', 100, 20), month('2025-07', 100, 30)];
      expect(trendFinding(findingsInput({ months }))?.finding.message).toContain('集計の済んだ3か月（2025年4月〜2025年7月）の商談化率は、月あたり6.4ptのペースで上がっています');
    });
  });
});

describe('pipelineCoverageFinding', () => {
  // Revenue target ¥10,000,000, ¥4,000,000 happened: ¥6,000,000 to go. 20 won (¥20,000,000, so
  // ¥1,000,000 a deal) and 20 lost: 受注率 50 %; 400 leads → 40 商談: 商談化率 10 %.
  const periodTargets = [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }];
  const base = { leads: 400, opportunities: 40, won: 20, lost: 20, revenue: 20000000 };

  it('says when the pipeline at the current win rate falls short, and by how much', () => {
    // 6 open worth ¥9,000,000: 1.5× what is missing; × 50 % = ¥4,500,000 = 75 % of it. Left ¥1,500,000:
    // ¥1,500,000 ÷ 50 % = ¥3,000,000 more pipeline, 3 商談 at ¥1,000,000 — the gap finding's 3.
    const total = counts({ ...base, openOpportunities: 6, pipelineAmount: 9000000 });
    expect(pipelineCoverageFinding(findingsInput({ total, periodTargets }))?.finding).toEqual({
      code: 'pipeline_coverage',
      tone: 'bad',
      message:
        '進行中の商談は6件・900万円で、目標までの残り600万円の1.5倍です。今の受注率50.0%で見込める受注は450万円で、残りの75.0%にとどまります。目標に届くには、あと300万円分の商談（今の受注単価なら3件）をパイプラインに加えてください。',
    });
  });

  it('quotes the same pipeline, win rate and 商談 as the gap-to-target finding', () => {
    const total = counts({ ...base, openOpportunities: 6, pipelineAmount: 9000000 });
    const gap = targetGapFinding(findingsInput({ total, periodTargets }))?.finding.message ?? '';
    const pipeline = pipelineCoverageFinding(findingsInput({ total, periodTargets }))?.finding.message ?? '';
    for (const shared of ['6件', '900万円', '受注率50.0%', '450万円']) expect([shared, gap.includes(shared), pipeline.includes(shared)]).toEqual([shared, true, true]);
    expect(gap).toContain('あと商談3件');
    expect(pipeline).toContain('今の受注単価なら3件');
  });

  it('says when the pipeline covers what is missing', () => {
    // ¥15,000,000 × 50 % = ¥7,500,000 ≥ ¥6,000,000.
    const total = counts({ ...base, openOpportunities: 10, pipelineAmount: 15000000 });
    expect(pipelineCoverageFinding(findingsInput({ language: 'en', total, periodTargets }))?.finding).toEqual({
      code: 'pipeline_coverage',
      tone: 'good',
      message:
        'The open pipeline is 10 opportunities worth ¥15 million, 2.5× the ¥6 million still missing to the target; at the current win rate (50.0%) it should bring ¥7.5 million. Make sure these opportunities are closed.',
    });
  });

  it('leaves out the count of 商談 when the deal size rests on fewer than 20 wins', () => {
    const total = counts({ ...base, won: 19, lost: 21, openOpportunities: 6, pipelineAmount: 9000000 });
    const message = pipelineCoverageFinding(findingsInput({ language: 'en', total, periodTargets }))?.finding.message ?? '';
    // 19 ÷ 40 = 47.5 %: ¥9,000,000 × 47.5 % = ¥4,275,000; left ¥1,725,000 ÷ 47.5 % = ¥3,631,579.
    expect(message).toContain('Add about ¥3.63 million of opportunities to the pipeline to reach the target.');
  });

  describe('edge cases', () => {
    it('says nothing once the period is over: the gap finding says what the pipeline hands on', () => {
      const total = counts({ ...base, openOpportunities: 6, pipelineAmount: 9000000 });
      expect(pipelineCoverageFinding(findingsInput({ total, periodTargets, periodEnded: true }))).toBeNull();
    });

    it('says nothing when the target is met, without pipeline, or on fewer than 20 closed opportunities', () => {
      const total = counts({ ...base, openOpportunities: 6, pipelineAmount: 9000000 });
      expect(pipelineCoverageFinding(findingsInput({ total, periodTargets: [{ ...periodTargets[0]!, actual: 10000000 }] }))).toBeNull();
      expect(pipelineCoverageFinding(findingsInput({ total: { ...total, pipelineAmount: 0 }, periodTargets }))).toBeNull();
      expect(pipelineCoverageFinding(findingsInput({ total: counts({ won: 10, lost: 9, openOpportunities: 6, pipelineAmount: 9000000 }), periodTargets }))).toBeNull();
      expect(pipelineCoverageFinding(findingsInput({ total }))).toBeNull();
    });
  });
});
