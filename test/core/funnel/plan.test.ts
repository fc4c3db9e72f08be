/**
 * 目標逆算 (design §6.3): a hand-computed plan on a small workbook, worked out here from the rows.
 */
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import { ad, lead, settings, target, workbook } from './builders';

// January 2025 cohort, 10 leads: 6 from Google広告 (有料検索), 4 from 展示会 (展示会・イベント).
// MQL 7, SQL 5, 商談 4 (2 won for ¥300,000 and ¥500,000, 2 lost).
const januaryLeads = [
  lead({ created: '2025-01-01', channel: 'Google広告', mql: '2025-01-05', sql: '2025-01-10', opportunities: '2025-01-15', won: '2025-02-14', amount: 300_000 }),
  lead({ created: '2025-01-03', channel: 'Google広告', mql: '2025-01-05', sql: '2025-01-10', opportunities: '2025-01-20', lost: true }),
  lead({ created: '2025-01-04', channel: 'Google広告', mql: '2025-01-06', sql: '2025-01-12' }),
  lead({ created: '2025-01-05', channel: 'Google広告', mql: '2025-01-07' }),
  lead({ created: '2025-01-06', channel: 'Google広告' }),
  lead({ created: '2025-01-07', channel: 'Google広告' }),
  lead({ created: '2025-01-02', channel: '展示会', mql: '2025-01-05', sql: '2025-01-10', opportunities: '2025-01-25', won: '2025-03-01', amount: 500_000 }),
  lead({ created: '2025-01-08', channel: '展示会', mql: '2025-01-09', sql: '2025-01-12', opportunities: '2025-01-26', lost: true }),
  lead({ created: '2025-01-09', channel: '展示会', mql: '2025-01-10' }),
  lead({ created: '2025-01-10', channel: '展示会' }),
];
// Cost ¥60,000 for Google広告 (CPL ¥10,000) and ¥80,000 for 展示会 (CPL ¥20,000); a ¥0 row on 06-20 sets as-of.
const ads = [
  ad({ date: '2025-01-10', cost: 60_000, channel: 'Google広告' }),
  ad({ date: '2025-01-15', cost: 80_000, channel: '展示会' }),
  ad({ date: '2025-06-20', cost: 0, channel: 'Google広告' }),
];

describe('plan (目標逆算)', () => {
  it('works a revenue target back to 受注, 商談, SQL, MQL, leads and budget at the mature rates', () => {
    const summary = computeFunnelSummary(workbook({ ads, leads: januaryLeads }), settings({ targetRevenue: 4_000_000 }));
    const plan = summary.plan;
    // Lead→won days 44 and 58: median 51; a month is mature when it ended at least 51 days before 06-20:
    // April (ended 51 days before) is, May is not. Only January has leads.
    expect(plan.inputs.leadToWonDays).toBe(51);
    expect(plan.inputs.matureMonths).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(plan.inputs.averageDealSize).toBe(400_000);
    expect([plan.inputs.winRate, plan.inputs.opportunityStepRate, plan.inputs.sqlStepRate, plan.inputs.mqlRate]).toEqual([0.5, 0.8, 5 / 7, 0.7]);
    expect(plan.inputs.bases).toEqual({ winRate: 4, opportunityStepRate: 5, sqlStepRate: 7, mqlRate: 10 });
    // ¥4,000,000 ÷ ¥400,000 = 10 受注 → ÷ 0.5 = 20 商談 → ÷ 0.8 = 25 SQL → ÷ 5/7 = 35 MQL → ÷ 0.7 = 50 leads.
    const required = plan.required;
    expect(required.won).toBe(10);
    expect(required.opportunities).toBe(20);
    expect(required.sql).toBeCloseTo(25, 9);
    expect(required.mql).toBeCloseTo(35, 9);
    expect(required.leads).toBeCloseTo(50, 9);
    // Lead shares 60 % and 40 %: 30 leads × ¥10,000 + 20 leads × ¥20,000 = ¥700,000.
    expect(plan.byGroup.map((row) => [row.groupId, row.leadShare, row.cpl])).toEqual([
      ['paid_search', 0.6, 10_000],
      ['events', 0.4, 20_000],
    ]);
    expect(plan.byGroup[0]?.budget).toBeCloseTo(300_000, 6);
    expect(plan.byGroup[1]?.budget).toBeCloseTo(400_000, 6);
    expect(required.budget).toBeCloseTo(700_000, 6);
    // Every rate rests on fewer than 20: a rough guide.
    expect(plan.roughGuide).toBe(true);
    expect(plan.target).toEqual({ revenue: 4_000_000, customers: null, source: 'settings', fromMonth: null, toMonth: null });
  });

  it('takes the targets tab’s revenue over its months and says when the leads must arrive', () => {
    const book = workbook({ ads, leads: januaryLeads, targets: [target('2025-07', 'revenue', 2_000_000), target('2025-08', 'revenue', 2_000_000)] });
    const plan = computeFunnelSummary(book, settings()).plan;
    expect(plan.target).toEqual({ revenue: 4_000_000, customers: null, source: 'targets', fromMonth: '2025-07', toMonth: '2025-08' });
    expect(plan.required.leads).toBeCloseTo(50, 9);
    // 2025-07-01 − 51 days = 2025-05-11; 2025-08-31 − 51 days = 2025-07-11.
    expect([plan.leadsFrom, plan.leadsTo]).toEqual(['2025-05-11', '2025-07-11']);
  });

  it('starts from 受注 for a new-customer target; the setting wins over the tab', () => {
    const book = workbook({ ads, leads: januaryLeads, targets: [target('2025-07', 'revenue', 2_000_000)] });
    const plan = computeFunnelSummary(book, settings({ targetCustomers: 3 })).plan;
    expect(plan.target).toMatchObject({ revenue: null, customers: 3 });
    // 3 ÷ 0.5 ÷ 0.8 ÷ (5/7) ÷ 0.7 = 15 leads.
    expect(plan.required.leads).toBeCloseTo(15, 9);
  });

  it('has rates but no required counts without a target', () => {
    const plan = computeFunnelSummary(workbook({ ads, leads: januaryLeads }), settings()).plan;
    expect(plan.target).toBeNull();
    expect(plan.inputs.winRate).toBe(0.5);
    expect(plan.required).toEqual({ won: null, opportunities: null, sql: null, mql: null, leads: null, budget: null });
  });
});
