/**
 * The gap to target, worked by hand: total 400 leads → 40 商談 → 20 受注 + 20 失注, ¥20,000,000.
 * Deal size ¥1,000,000; 受注率 20 ÷ 40 = 50 %; 商談化率 40 ÷ 400 = 10 %.
 */
import { targetGapFinding } from '../../../../src/core/funnel/findings/targetGap';
import { counts, findingsInput } from './helpers';

const total = counts({ leads: 400, opportunities: 40, won: 20, lost: 20, revenue: 20000000 });

describe('targetGapFinding', () => {
  it('says how far revenue is from target and what closing the gap takes at the current rates', () => {
    // Gap ¥6,000,000 → 6 wins at ¥1,000,000 → 12 商談 at 50 % → 120 leads at 10 %.
    const finding = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }] }));
    expect(finding?.finding).toEqual({
      code: 'target_gap',
      tone: 'bad',
      message:
        '受注金額は目標 ¥10,000,000に対して実績 ¥4,000,000（発生日ベース、達成率 40.0%）で、¥6,000,000足りません。今の受注単価 ¥1,000,000・受注率 50.0%・商談化率 10.0% のままなら、あと商談 12件（リードにして 120件）が必要です。まずは進行中の商談の受注と、商談化率の高いチャネルでのリード獲得に力を入れてください。',
    });
  });

  it('says it in English too, and prefers revenue over the other targets', () => {
    const finding = targetGapFinding(
      findingsInput({
        language: 'en',
        total,
        periodTargets: [
          { metric: 'leads', target: 300, actual: 400, attainment: 4 / 3 },
          { metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 },
        ],
      }),
    );
    expect(finding?.finding.message).toBe(
      'Revenue reached ¥4,000,000 against a target of ¥10,000,000 (by event date, 40.0% of target): ¥6,000,000 short. At the current deal size (¥1,000,000), win rate (50.0%) and opportunity rate (10.0%), that takes 12 more opportunities (120 more leads). Focus first on closing the open opportunities and on leads from the channels that turn into opportunities most often.',
    );
  });

  it('works back from a target of wins or of opportunities', () => {
    // 25 wins against 30: 5 more → 10 商談 → 100 leads.
    const won = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'won', target: 30, actual: 25, attainment: 25 / 30 }] }));
    expect(won?.finding.message).toContain('今の受注率 50.0%・商談化率 10.0% のままなら、あと商談 10件（リードにして 100件）が必要です。');
    // 33 商談 against 40: 7 more → 70 leads.
    const opportunities = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'opportunities', target: 40, actual: 33, attainment: 33 / 40 }] }));
    expect(opportunities?.finding.message).toContain('商談は目標 40件に対して実績 33件（発生日ベース、達成率 82.5%）で、7件足りません。今の商談化率 10.0% のままなら、あとリード 70件が必要です。');
  });

  it('says so when the target is met', () => {
    const finding = targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'won', target: 20, actual: 22, attainment: 1.1 }] }));
    expect(finding?.finding).toEqual({
      code: 'target_gap',
      tone: 'good',
      message: '受注は目標 20件を達成しました（実績 22件、発生日ベース、達成率 110.0%）。この水準を次の期間の目標づくりの基準にしてください。',
    });
  });

  describe('edge cases', () => {
    it('leaves out what the gap takes when a rate rests on fewer than 20', () => {
      // 19 closed opportunities behind the win rate.
      const thin = counts({ leads: 400, opportunities: 40, won: 10, lost: 9, revenue: 10000000 });
      const finding = targetGapFinding(findingsInput({ total: thin, periodTargets: [{ metric: 'won', target: 30, actual: 10, attainment: 1 / 3 }] }));
      expect(finding?.finding.message).toBe('受注は目標 30件に対して実績 10件（発生日ベース、達成率 33.3%）で、20件足りません。まずは進行中の商談の受注と、商談化率の高いチャネルでのリード獲得に力を入れてください。');
    });

    it('makes no finding without a target for the period', () => {
      expect(targetGapFinding(findingsInput({ total }))).toBeNull();
      expect(targetGapFinding(findingsInput({ total, periodTargets: [{ metric: 'cost', target: 100, actual: 90, attainment: 0.9 }] }))).toBeNull();
    });
  });
});
