/**
 * Hygiene findings and the list as a whole: at most five, most important first, nothing on fewer
 * than 20 in a denominator.
 */
import { buildFindings, type ComparisonRow } from '../../../../src/core/funnel/findings';
import { costWithoutLeadsFinding, sessionsWithoutLeadsFinding } from '../../../../src/core/funnel/findings/hygiene';
import { counts, findingsInput, month } from './helpers';

const row = (label: string, values: Partial<Omit<ComparisonRow, 'label'>>): ComparisonRow => ({
  label,
  leads: 0,
  opportunities: 0,
  won: 0,
  lost: 0,
  cost: 0,
  revenue: 0,
  sessions: 0,
  ...values,
});

describe('hygiene findings', () => {
  it('names rows with cost but no lead', () => {
    const rows = [row('Web', { leads: 10, cost: 100000 }), row('展示会', { cost: 300000 })];
    expect(costWithoutLeadsFinding(findingsInput({ total: counts({ leads: 10, cost: 400000 }), rows }))?.finding).toEqual({
      code: 'channel_hygiene',
      tone: 'bad',
      message: '費用があるのにリードが0件のチャネルグループ：「展示会」（30万円）。リードの流入元がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
    });
  });

  it('names rows holding most sessions but no lead or cost: analytics names channels its own way', () => {
    // 1,500 of 2,000 sessions (75 %) sit on rows without leads.
    const rows = [row('Google広告', { leads: 40, cost: 1000, sessions: 500 }), row('Paid Search', { sessions: 1000 }), row('Direct', { sessions: 500 })];
    const finding = sessionsWithoutLeadsFinding(findingsInput({ language: 'en', total: counts({ leads: 40, sessions: 2000 }), rows }));
    expect(finding?.finding.message).toBe(
      'The channel groups with sessions ("Paid Search", "Direct") have no leads at all, so 75.0% of the sessions cannot be tied to leads, and the CVR (sessions → leads) of these groups cannot be read. In the channel mapping, place the lead sources in these groups.',
    );
  });

  describe('edge cases', () => {
    it('says nothing when most sessions are tied to leads, or without leads at all', () => {
      const rows = [row('Web', { leads: 40, sessions: 1500 }), row('Direct', { sessions: 500 })];
      expect(sessionsWithoutLeadsFinding(findingsInput({ total: counts({ leads: 40, sessions: 2000 }), rows }))).toBeNull();
      expect(costWithoutLeadsFinding(findingsInput({ total: counts({ cost: 5 }), rows: [row('X', { cost: 5 })] }))).toBeNull();
    });
  });
});

describe('buildFindings', () => {
  // A workbook-sized story: a revenue target missed, one channel wasting money, a referral channel
  // converting far better, analytics channels without leads, and a flat trend.
  const rows = [
    row('Google広告', { leads: 447, opportunities: 38, won: 4, lost: 15, cost: 21400000, revenue: 8860000 }),
    row('展示会', { leads: 268, opportunities: 18, won: 2, lost: 4, cost: 13000000, revenue: 1700000 }),
    row('ウェビナー', { leads: 224, opportunities: 22, won: 5, lost: 8, cost: 3440000, revenue: 7380000 }),
    row('Yahoo!広告', { leads: 179, opportunities: 11, won: 1, lost: 4, cost: 8310000, revenue: 1440000 }),
    row('紹介', { leads: 120, opportunities: 30, won: 8, lost: 10, revenue: 13280000 }),
    row('Paid Search', { sessions: 300000 }),
  ];
  const total = counts({ leads: 1238, opportunities: 119, won: 20, lost: 41, openOpportunities: 58, cost: 46150000, revenue: 32660000, pipelineAmount: 100000000, sessions: 300000 });
  const months = ['2025-04', '2025-05', '2025-06', '2025-07'].map((name, index) => month(name, 100, [12, 10, 14, 11][index]!));
  const input = findingsInput({ total, rows, months, periodTargets: [{ metric: 'revenue', target: 80000000, actual: 32660000, attainment: 0.41 }] });

  it('keeps the five most important, in order', () => {
    // Candidates: target (1); Google広告 worst spent (3) — judged only against ウェビナー, the other row
    // with cost and 20+ 商談: ¥21,400,000 for 38 商談 is 86.2 % of their cost for 63.3 % of their 60
    // 商談, z = −5.1, beyond chance among the report's tests; 展示会 (18) and Yahoo!広告 (11) are too few
    // and named. With two judged rows ウェビナー is the same comparison seen from the other side: named
    // in Google広告's next step, not a finding of its own. 紹介 商談化率 (5), sessions without leads
    // (7), the flat trend (9). The pipeline is quoted in the target finding only.
    expect(buildFindings(input).map((finding) => [finding.code, finding.tone])).toEqual([
      ['target_gap', 'bad'],
      ['channel_spend', 'bad'],
      ['rate_difference', 'good'],
      ['channel_hygiene', 'bad'],
      ['opportunity_rate_trend', 'neutral'],
    ]);
    expect(buildFindings(input)[1]?.message).toMatch(/^費用の割に商談が少ないのは「Google広告」です。/);
    expect(buildFindings(input)[1]?.message).toContain('商談が20件未満の「展示会」（費用1,300万円、商談18件）、「Yahoo!広告」（費用831万円、商談11件）は、件数が少なく判断できないため比べる相手から外しています。');
  });

  it('never states the structural fact that 商談 → 受注 is the smallest step', () => {
    for (const finding of buildFindings(input)) expect(finding.message).not.toMatch(/いちばん低いのは「商談→受注」/);
  });

  describe('edge cases', () => {
    it('finds nothing when every denominator is under 20', () => {
      const small = [row('A', { leads: 19, opportunities: 9, cost: 1000 }), row('B', { leads: 19, opportunities: 1, cost: 1000 })];
      expect(buildFindings(findingsInput({ total: counts({ leads: 38, opportunities: 10, cost: 2000 }), rows: small }))).toEqual([]);
    });
  });
});
