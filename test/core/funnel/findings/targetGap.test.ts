/**
 * The gap to target, worked by hand. Total: 400 leads → 40 商談 → 20 受注 + 20 失注, ¥20,000,000;
 * 6 商談 still open worth ¥9,000,000.
 * Deal size ¥1,000,000; 受注率 20 ÷ 40 = 50 %; 商談化率 40 ÷ 400 = 10 %.
 *
 * | target            | actual      | gap        | open pipeline × 50 %       | left       | 商談 for it           | leads    |
 * |-------------------|-------------|------------|----------------------------|------------|-----------------------|----------|
 * | 受注金額 ¥10,000,000 | ¥4,000,000 | ¥6,000,000 | ¥9,000,000 → ¥4,500,000   | ¥1,500,000 | ÷ ¥1,000,000 ÷ 50 % = 3 | ÷ 10 % = 30 |
 * | same, no pipeline |             | ¥6,000,000 | —                          | ¥6,000,000 | 12                    | 120      |
 * | same, ¥15,000,000 open |        | ¥6,000,000 | → ¥7,500,000 ≥ the gap     | 0          | —                     | —        |
 * | 受注 30件            | 25件         | 5件         | 6 open → 3 wins            | 2件         | ÷ 50 % = 4            | 40       |
 * | 商談 40件            | 33件         | 7件         | (open deals are 商談 already) | 7件       | —                     | 70       |
 *
 * Money in the sentences is rounded for reading (600万円, ¥6 million); these amounts are exact.
 */
import { targetGapFinding } from '../../../../src/core/funnel/findings/targetGap';
import { counts, findingsInput } from './helpers';

const total = counts({ leads: 400, opportunities: 40, won: 20, lost: 20, revenue: 20000000, openOpportunities: 6, pipelineAmount: 9000000 });
const revenueTarget = [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }];
const NEXT = 'まずは進行中の商談の受注と、商談化率の高いチャネルでのリード獲得に力を入れてください。';

describe('targetGapFinding', () => {
  describe('while the period runs', () => {
    it('counts what the open pipeline should bring, then what the rest takes at the current rates', () => {
      const finding = targetGapFinding(findingsInput({ total, periodTargets: revenueTarget }));
      expect(finding?.finding).toEqual({
        code: 'target_gap',
        tone: 'bad',
        message:
          '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円足りません。' +
          '進行中の商談6件（900万円）からは、今の受注率50.0%なら450万円の受注が見込めます。' +
          '残りの150万円を埋めるには、今の受注単価100万円・受注率50.0%・商談化率10.0%のままなら、あと商談3件（リードにして30件）が必要です。' +
          NEXT,
      });
    });

    it('says it in English too, and prefers revenue over the other targets', () => {
      const finding = targetGapFinding(findingsInput({ language: 'en', total, periodTargets: [{ metric: 'leads', target: 300, actual: 400, attainment: 4 / 3 }, ...revenueTarget] }));
      expect(finding?.finding.message).toBe(
        'Revenue reached ¥4 million against a target of ¥10 million (by event date, 40.0% of target): ¥6 million short. ' +
          'The open pipeline, 6 opportunities (¥9 million), should bring ¥4.5 million at the current win rate (50.0%). ' +
          'To close the remaining ¥1.5 million at the current deal size (¥1 million), win rate (50.0%) and opportunity rate (10.0%), it takes 3 more opportunities (30 more leads). ' +
          'Focus first on closing the open opportunities and on leads from the channels that turn into opportunities most often.',
      );
    });

    it('says when the pipeline alone would close the gap', () => {
      const full = { ...total, openOpportunities: 10, pipelineAmount: 15000000 };
      expect(targetGapFinding(findingsInput({ total: full, periodTargets: revenueTarget }))?.finding.message).toBe(
        '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円足りません。進行中の商談10件（1,500万円）からは、今の受注率50.0%なら750万円の受注が見込めます。これが決まれば目標に届く計算です。' +
          NEXT,
      );
    });

    it('works the whole gap back through the funnel without open deals', () => {
      const none = { ...total, openOpportunities: 0, pipelineAmount: 0 };
      expect(targetGapFinding(findingsInput({ total: none, periodTargets: revenueTarget }))?.finding.message).toContain(
        '600万円足りません。この差を埋めるには、今の受注単価100万円・受注率50.0%・商談化率10.0%のままなら、あと商談12件（リードにして120件）が必要です。',
      );
    });

    it('works back from a target of wins or of opportunities', () => {
      const won = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'won', target: 30, actual: 25, attainment: 25 / 30 }] }));
      expect(won?.finding.message).toContain(
        '5件足りません。進行中の商談6件（900万円）からは、今の受注率50.0%なら約3件の受注が見込めます。残りの2件を埋めるには、今の受注率50.0%・商談化率10.0%のままなら、あと商談4件（リードにして40件）が必要です。',
      );
      const opportunities = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'opportunities', target: 40, actual: 33, attainment: 33 / 40 }] }));
      expect(opportunities?.finding.message).toBe(
        '商談は目標40件に対して実績33件（発生日ベース、達成率82.5%）で、7件足りません。この差を埋めるには、今の商談化率10.0%のままなら、あとリード70件が必要です。' + NEXT,
      );
    });
  });

  describe('once the period is over', () => {
    it('states the result, what the pipeline hands on, and points to the next period’s plan', () => {
      const finding = targetGapFinding(findingsInput({ total, periodTargets: revenueTarget, periodEnded: true }));
      expect(finding?.finding).toEqual({
        code: 'target_gap',
        tone: 'bad',
        message:
          '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円届かずに期間を終えました。' +
          '進行中の商談6件（900万円）は次の期間に持ち越され、今の受注率50.0%なら450万円の受注が見込めます。' +
          '次の期間に向けて、「目標逆算」シートで目標に必要な商談数・リード数と予算を確かめてください。',
      });
      expect(finding?.finding.message).not.toMatch(/足りません|埋めるには/);
    });

    it('in English', () => {
      expect(targetGapFinding(findingsInput({ language: 'en', total, periodTargets: revenueTarget, periodEnded: true }))?.finding.message).toBe(
        'Revenue ended the period at ¥4 million against a target of ¥10 million (by event date, 40.0% of target), ¥6 million short. ' +
          'The open pipeline, 6 opportunities (¥9 million), carries over to the next period; at the current win rate (50.0%) it should bring ¥4.5 million. ' +
          'For the next period, check on the Plan sheet the opportunities, leads and budget its target needs.',
      );
    });
  });

  it('says so when the target is met', () => {
    const finding = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'won', target: 20, actual: 22, attainment: 1.1 }] }));
    expect(finding?.finding).toEqual({
      code: 'target_gap',
      tone: 'good',
      message: '受注は目標20件を達成しました（実績22件、発生日ベース、達成率110.0%）。この水準を次の期間の目標づくりの基準にしてください。',
    });
  });

  describe('edge cases', () => {
    it('leaves out the pipeline and what the gap takes when the win rate rests on fewer than 20', () => {
      // 19 closed opportunities behind the win rate.
      const thin = counts({ leads: 400, opportunities: 40, won: 10, lost: 9, revenue: 10000000, openOpportunities: 21, pipelineAmount: 9000000 });
      const finding = targetGapFinding(findingsInput({ total: thin, periodTargets: [{ metric: 'won', target: 30, actual: 10, attainment: 1 / 3 }] }));
      expect(finding?.finding.message).toBe('受注は目標30件に対して実績10件（発生日ベース、達成率33.3%）で、20件足りません。' + NEXT);
    });

    it('counts the pipeline with 20 closed opportunities', () => {
      const twenty = counts({ leads: 400, opportunities: 40, won: 10, lost: 10, revenue: 10000000, openOpportunities: 20, pipelineAmount: 9000000 });
      const finding = targetGapFinding(findingsInput({ total: twenty, periodTargets: [{ metric: 'won', target: 30, actual: 10, attainment: 1 / 3 }] }));
      // 20 open × 50 % = 10 wins; 10 more at 50 % = 20 商談 → 200 leads.
      expect(finding?.finding.message).toContain('進行中の商談20件（900万円）からは、今の受注率50.0%なら約10件の受注が見込めます。残りの10件を埋めるには');
    });

    it('gives a lead target no sentence of what it takes: its gap is already a number of leads', () => {
      const finding = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'leads', target: 500, actual: 400, attainment: 0.8 }] }));
      expect(finding?.finding.message).toBe('リードは目標500件に対して実績400件（発生日ベース、達成率80.0%）で、100件足りません。' + NEXT);
    });

    it('makes no finding without a target for the period', () => {
      expect(targetGapFinding(findingsInput({ total }))).toBeNull();
      expect(targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'cost', target: 100, actual: 90, attainment: 0.9 }] }))).toBeNull();
    });
  });
});
