/**
 * The gap to target, worked by hand. Everything counts by event date (design §6.2): the event-date
 * row of the period — 400 leads → 40 商談, 20 受注 + 20 失注 closed in the period, ¥20,000,000 — and
 * the opportunities open at the as-of date, 6 worth ¥9,000,000 (2 from leads created before the
 * period). Deal size ¥1,000,000; 受注率 20 ÷ 40 = 50 % (95% Wilson interval 35.2 %–64.8 %);
 * 商談化率 40 ÷ 400 = 10 %. The cohort row (`total`) is set apart on purpose: it must not be used.
 *
 * | target            | actual      | gap        | open pipeline × 50 %                  | left       | 商談 for it           | leads    |
 * |-------------------|-------------|------------|---------------------------------------|------------|-----------------------|----------|
 * | 受注金額 ¥10,000,000 | ¥4,000,000 | ¥6,000,000 | ¥9,000,000 → ¥4,500,000 (3.17M–5.83M) | ¥1,500,000 | ÷ ¥1,000,000 ÷ 50 % = 3 | ÷ 10 % = 30 |
 * | same, no pipeline |             | ¥6,000,000 | —                                     | ¥6,000,000 | 12                    | 120      |
 * | same, ¥15,000,000 open |        | ¥6,000,000 | → ¥7,500,000 ≥ the gap                | 0          | —                     | —        |
 * | 受注 30件            | 25件         | 5件         | 6 open → 3 wins (2–4)                 | 2件         | ÷ 50 % = 4            | 40       |
 * | 商談 40件            | 33件         | 7件         | (open deals are 商談 already)           | 7件         | —                     | 70       |
 *
 * Mid-period: monthly revenue targets of ¥3,000,000 for April to July, as-of 2025-06-15. Due to date:
 * April + May + June × 15/30 = ¥7,500,000; the period's ¥12,000,000 ends 2025-07-31, 46 days later.
 * Actual ¥6,000,000: 80.0 %, ¥1,500,000 behind; ¥6,000,000 remains, the pipeline should bring
 * ¥4,500,000, ¥1,500,000 is left → 3 商談 → 30 leads.
 *
 * Money in the sentences is rounded for reading (600万円, ¥6 million); estimates always carry 約.
 */
import { targetGapFinding } from '../../../../src/core/funnel/findings/targetGap';
import type { FindingsInput } from '../../../../src/core/funnel/findings';
import { counts, findingsInput } from './helpers';

const eventTotal = counts({ leads: 400, opportunities: 40, won: 20, lost: 20, revenue: 20000000 });
// The cohort of the period's leads: younger, fewer closed. Nothing in the finding may come from it.
const total = counts({ leads: 400, opportunities: 30, won: 5, lost: 5, revenue: 3000000, openOpportunities: 20, pipelineAmount: 30000000 });
const pipeline = { count: 6, amount: 9000000, earlier: 2 };
const base: Partial<FindingsInput> = { total, eventTotal, pipeline };
const revenueTarget = [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }];
const NEXT = 'まずは進行中の商談の受注と、商談化率の高いチャネルでのリード獲得に力を入れてください。';
const PIPELINE = '進行中の商談6件（900万円、期間前のリードからの2件を含む）からは、期間中に結果の出た商談40件の受注率50.0%なら約450万円（約317万円〜約583万円）の受注が見込めます。';

const running = {
  ...base,
  periodTargets: [{ metric: 'revenue', target: 7500000, actual: 6000000, attainment: 0.8, periodTarget: 12000000 }],
  progress: { asOf: '2025-06-15', end: '2025-07-31', daysLeft: 46, proRated: { month: '2025-06', days: 15, of: 30 }, leadToWonDays: 30 },
};

describe('targetGapFinding', () => {
  describe('while the period runs past the as-of date', () => {
    it('compares with the target to date, says what remains and in how many days, then what it takes', () => {
      expect(targetGapFinding(findingsInput(running))?.finding).toEqual({
        code: 'target_gap',
        tone: 'bad',
        message:
          '受注金額は2025-06-15までの目標750万円（2025年6月は15/30日分）に対して実績600万円（発生日ベース、達成率80.0%）で、150万円遅れています。' +
          '期間末2025-07-31の目標1,200万円までは、残り46日で600万円です。' +
          PIPELINE +
          '残りの約150万円を埋めるには、今の受注単価100万円・受注率50.0%・商談化率10.0%のままなら、あと商談3件（リードにして30件）が必要です。' +
          NEXT,
      });
    });

    it('in English', () => {
      expect(targetGapFinding(findingsInput({ ...running, language: 'en' }))?.finding.message).toBe(
        'Revenue reached ¥6 million against a target to date (2025-06-15) of ¥7.5 million (Jun 2025 pro-rated, 15 of 30 days) (by event date, 80.0% of target): ¥1.5 million behind. ' +
          'The target for the period to 2025-07-31 is ¥12 million: ¥6 million to go in the 46 days left. ' +
          'The open pipeline, 6 opportunities (¥9 million; from leads created before the period: 2), should bring about ¥4.5 million (about ¥3.17 million–about ¥5.83 million) at the win rate of the 40 closed opportunities in the period (50.0%). ' +
          'To close the rest (about ¥1.5 million) at the current deal size (¥1 million), win rate (50.0%) and opportunity rate (10.0%), it takes 3 more opportunities (30 more leads). ' +
          'Focus first on closing the open opportunities and on leads from the channels that turn into opportunities most often.',
      );
    });

    it('warns that new leads come too late when a lead takes longer to win than the days left', () => {
      const late = { ...running, progress: { ...running.progress, leadToWonDays: 83 } };
      expect(targetGapFinding(findingsInput(late))?.finding.message).toContain(
        'あと商談3件（リードにして30件）が必要です。ただし、リードから受注までは中央値で83日かかり、期間末までは46日なので、これから獲得するリードの多くは期間内の受注に間に合いません。まずは進行中の商談の受注と、商談化の近いリードへの対応に力を入れてください。',
      );
    });

    it('is good news when ahead of the target to date, and says whether the pipeline covers the rest', () => {
      // ¥8,000,000 against ¥7,500,000; ¥4,000,000 remains, the pipeline should bring ¥4,500,000.
      const ahead = { ...running, periodTargets: [{ ...running.periodTargets[0]!, actual: 8000000, attainment: 8 / 7.5 }] };
      expect(targetGapFinding(findingsInput(ahead))?.finding).toEqual({
        code: 'target_gap',
        tone: 'good',
        message:
          '受注金額は2025-06-15までの目標750万円（2025年6月は15/30日分）に対して実績800万円（発生日ベース、達成率106.7%）で、予定を上回っています。' +
          '期間末2025-07-31の目標1,200万円までは、残り46日で400万円です。' +
          PIPELINE +
          'これが決まれば目標に届く計算です。このペースを保ちつつ、進行中の商談を受注まで進めてください。',
      });
    });

    it('says why the pipeline is not weighed when fewer than 20 opportunities closed in the period', () => {
      // 10 won + 9 lost = 19 closed.
      const thin = { ...running, eventTotal: counts({ leads: 400, opportunities: 40, won: 10, lost: 9, revenue: 10000000 }) };
      expect(targetGapFinding(findingsInput(thin))?.finding.message).toBe(
        '受注金額は2025-06-15までの目標750万円（2025年6月は15/30日分）に対して実績600万円（発生日ベース、達成率80.0%）で、150万円遅れています。' +
          '期間末2025-07-31の目標1,200万円までは、残り46日で600万円です。' +
          '期間中に結果の出た商談が19件と20件に満たないため、進行中の商談6件（900万円、期間前のリードからの2件を含む）からの受注見込みと必要な商談数は出していません。' +
          NEXT,
      );
    });

    it('says why the 商談 needed are missing when fewer than 20 wins fix the deal size', () => {
      // 19 won + 21 lost: 受注率 47.5 % on 40 closed; ¥9,000,000 × 47.5 % = ¥4,275,000; ¥1,725,000 left.
      const fewWins = { ...running, eventTotal: counts({ leads: 400, opportunities: 40, won: 19, lost: 21, revenue: 19000000 }) };
      expect(targetGapFinding(findingsInput(fewWins))?.finding.message).toContain(
        '受注率47.5%なら約428万円（約296万円〜約563万円）の受注が見込めます。残りの約173万円に必要な商談数は、期間中の受注が19件と20件に満たず受注単価が定まらないため出していません。',
      );
    });

    it('is met early when the actual already reaches the whole period’s target', () => {
      const met = { ...running, periodTargets: [{ ...running.periodTargets[0]!, actual: 12500000, attainment: 12.5 / 7.5 }] };
      expect(targetGapFinding(findingsInput(met))?.finding).toMatchObject({ tone: 'good' });
      expect(targetGapFinding(findingsInput(met))?.finding.message).toContain('期間末2025-07-31の目標1,200万円にはすでに届いています。');
    });
  });

  describe('against a whole period’s target', () => {
    it('counts what the open pipeline should bring, then what the rest takes at the current rates', () => {
      expect(targetGapFinding(findingsInput({ ...base, periodTargets: revenueTarget }))?.finding.message).toBe(
        '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円足りません。' +
          PIPELINE +
          '残りの約150万円を埋めるには、今の受注単価100万円・受注率50.0%・商談化率10.0%のままなら、あと商談3件（リードにして30件）が必要です。' +
          NEXT,
      );
    });

    it('says when the pipeline alone would close the gap', () => {
      const full = { ...base, pipeline: { count: 10, amount: 15000000, earlier: 0 } };
      expect(targetGapFinding(findingsInput({ ...full, periodTargets: revenueTarget }))?.finding.message).toBe(
        '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円足りません。進行中の商談10件（1,500万円）からは、期間中に結果の出た商談40件の受注率50.0%なら約750万円（約528万円〜約972万円）の受注が見込めます。これが決まれば目標に届く計算です。' +
          NEXT,
      );
    });

    it('works the whole gap back through the funnel without open deals', () => {
      const none = { ...base, pipeline: { count: 0, amount: 0, earlier: 0 } };
      expect(targetGapFinding(findingsInput({ ...none, periodTargets: revenueTarget }))?.finding.message).toContain(
        '600万円足りません。この差を埋めるには、今の受注単価100万円・受注率50.0%・商談化率10.0%のままなら、あと商談12件（リードにして120件）が必要です。',
      );
    });

    it('works back from a target of wins or of opportunities', () => {
      const won = targetGapFinding(findingsInput({ ...base, periodTargets: [{ metric: 'won', target: 30, actual: 25, attainment: 25 / 30 }] }));
      expect(won?.finding.message).toContain(
        '5件足りません。進行中の商談6件（900万円、期間前のリードからの2件を含む）からは、期間中に結果の出た商談40件の受注率50.0%なら約3件（2〜4件）の受注が見込めます。残りの約2件を埋めるには、今の受注率50.0%・商談化率10.0%のままなら、あと商談4件（リードにして40件）が必要です。',
      );
      const opportunities = targetGapFinding(findingsInput({ ...base, periodTargets: [{ metric: 'opportunities', target: 40, actual: 33, attainment: 33 / 40 }] }));
      expect(opportunities?.finding.message).toBe('商談は目標40件に対して実績33件（発生日ベース、達成率82.5%）で、7件足りません。この差を埋めるには、今の商談化率10.0%のままなら、あとリード70件が必要です。' + NEXT);
    });

    it('falls back on the report’s own row when no event-date row or pipeline is given (the period view)', () => {
      const periodRow = counts({ leads: 400, opportunities: 40, won: 20, lost: 20, revenue: 20000000, openOpportunities: 6, pipelineAmount: 9000000 });
      expect(targetGapFinding(findingsInput({ total: periodRow, periodTargets: revenueTarget }))?.finding.message).toContain(
        '進行中の商談6件（900万円）からは、期間中に結果の出た商談40件の受注率50.0%なら約450万円',
      );
    });
  });

  it('says how many open deals match no lead, which the cohort tables leave out', () => {
    const withUnlinked = { ...base, pipeline: { count: 7, amount: 9500000, earlier: 2, unlinked: 1 } };
    expect(targetGapFinding(findingsInput({ ...withUnlinked, periodTargets: revenueTarget }))?.finding.message).toContain(
      '進行中の商談7件（950万円、期間前のリードからの2件とリードと結び付かない商談1件を含む）からは',
    );
  });

  it("names a customer's further open deals, which the lead-level 商談の状況 block does not count as open", () => {
    const withCustomers = { ...base, pipeline: { count: 8, amount: 9800000, earlier: 2, unlinked: 1, customers: 1 } };
    expect(targetGapFinding(findingsInput({ ...withCustomers, periodTargets: revenueTarget }))?.finding.message).toContain(
      '進行中の商談8件（980万円、期間前のリードからの2件と受注済みの顧客の追加商談1件とリードと結び付かない商談1件を含む）からは',
    );
    expect(targetGapFinding(findingsInput({ ...withCustomers, periodTargets: revenueTarget, language: 'en' }))?.finding.message).toContain(
      "8 opportunities (¥9.8 million; from leads created before the period: 2; customers' further deals: 1; deals matching no lead: 1)",
    );
  });

  describe('once the period is over', () => {
    it('states the result and what the pipeline hands on, without a plan that is not this target’s', () => {
      const finding = targetGapFinding(findingsInput({ ...base, periodTargets: revenueTarget, periodEnded: true }));
      expect(finding?.finding).toEqual({
        code: 'target_gap',
        tone: 'bad',
        message:
          '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円届かずに期間を終えました。' +
          '進行中の商談6件（900万円、期間前のリードからの2件を含む）は次の期間に持ち越され、期間中に結果の出た商談40件の受注率50.0%なら約450万円（約317万円〜約583万円）の受注が見込めます。' +
          '届かなかった段階とチャネルを「チャネル別」「月次推移」で確かめ、次の期間の目標と予算に反映してください。',
      });
      expect(finding?.finding.message).not.toMatch(/足りません|埋めるには|目標逆算/);
    });

    it('points to the plan sheet only when it works back this same target', () => {
      const same = targetGapFinding(findingsInput({ ...base, periodTargets: revenueTarget, periodEnded: true, planTarget: { metric: 'revenue', value: 10000000 } }));
      expect(same?.finding.message).toMatch(/同じ目標を次の期間も掲げるなら、「目標逆算」シートで必要な商談数・リード数と予算を確かめてください。$/);
      const other = targetGapFinding(findingsInput({ ...base, periodTargets: revenueTarget, periodEnded: true, planTarget: { metric: 'revenue', value: 82000000 } }));
      expect(other?.finding.message).not.toContain('目標逆算');
    });

    it('in English', () => {
      expect(targetGapFinding(findingsInput({ ...base, language: 'en', periodTargets: revenueTarget, periodEnded: true }))?.finding.message).toBe(
        'Revenue ended the period at ¥4 million against a target of ¥10 million (by event date, 40.0% of target), ¥6 million short. ' +
          'The open pipeline, 6 opportunities (¥9 million; from leads created before the period: 2), carries over to the next period; at the win rate of the 40 closed opportunities in the period (50.0%) it should bring about ¥4.5 million (about ¥3.17 million–about ¥5.83 million). ' +
          'Find on the By channel and Monthly sheets where it fell short, and take that into the next period’s targets and budget.',
      );
    });
  });

  it('says so when the target is met', () => {
    const finding = targetGapFinding(findingsInput({ ...base, periodTargets: [{ metric: 'won', target: 20, actual: 22, attainment: 1.1 }] }));
    expect(finding?.finding).toEqual({
      code: 'target_gap',
      tone: 'good',
      message: '受注は目標20件を達成しました（実績22件、発生日ベース、達成率110.0%）。この水準を次の期間の目標づくりの基準にしてください。',
    });
  });

  describe('edge cases', () => {
    it('counts the pipeline with 20 closed opportunities', () => {
      const twenty = { ...base, eventTotal: counts({ leads: 400, opportunities: 40, won: 10, lost: 10, revenue: 10000000 }), pipeline: { count: 20, amount: 9000000, earlier: 0 } };
      const finding = targetGapFinding(findingsInput({ ...twenty, periodTargets: [{ metric: 'won', target: 30, actual: 10, attainment: 1 / 3 }] }));
      // 20 open × 50 % = 10 wins (6–14); 10 more at 50 % = 20 商談 → 200 leads.
      expect(finding?.finding.message).toContain('進行中の商談20件（900万円）からは、期間中に結果の出た商談20件の受注率50.0%なら約10件（6〜14件）の受注が見込めます。残りの約10件を埋めるには');
    });

    it('gives a lead target no sentence of what it takes: its gap is already a number of leads', () => {
      const finding = targetGapFinding(findingsInput({ ...base, periodTargets: [{ metric: 'leads', target: 500, actual: 400, attainment: 0.8 }] }));
      expect(finding?.finding.message).toBe('リードは目標500件に対して実績400件（発生日ベース、達成率80.0%）で、100件足りません。' + NEXT);
    });

    it('makes no finding without a target for the period', () => {
      expect(targetGapFinding(findingsInput({ ...base }))).toBeNull();
      expect(targetGapFinding(findingsInput({ ...base, periodTargets: [{ metric: 'cost', target: 100, actual: 90, attainment: 0.9 }] }))).toBeNull();
    });
  });
});
