/**
 * Golden tests for closed and open opportunities (design §4.3, §5): won, lost, open, the pipeline
 * amount, 受注率 = won ÷ (won + lost) and 商談→受注率 = won ÷ opportunities, on the total, every
 * channel and every month, in both views, with a deals tab and with lead statuses and flags only.
 * Every expected number is worked out by hand in the comments.
 */
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import type { FunnelSummary, KpiRow } from '../../../src/core/model/summary';
import { ad, deal, lead, settings, workbook } from './builders';

const CLOSED = ['opportunities', 'won', 'lost', 'openOpportunities', 'revenue', 'pipelineAmount', 'winRate', 'opportunityToWinRate'] as const;
const closed = (row: KpiRow | undefined) => (row === undefined ? undefined : CLOSED.map((key) => row[key]));
const channel = (summary: FunnelSummary, name: string) => closed(summary.byChannel.find((row) => row.channel === name));
const month = (summary: FunnelSummary, name: string) => closed(summary.byMonth.find((row) => row.month === name));

describe('closed and open opportunities with a deals tab', () => {
  const book = workbook({
    ads: [ad({ date: '2025-04-01', cost: 10000, channel: 'Web' })],
    leads: [
      lead({ leadId: 'L1', created: '2025-04-02', channel: 'Web' }),
      lead({ leadId: 'L2', created: '2025-04-05', channel: 'Web' }),
      lead({ leadId: 'L3', created: '2025-04-10', channel: '展示会' }),
      lead({ leadId: 'L4', created: '2025-05-03', channel: '展示会', amount: 40000 }),
      lead({ leadId: 'L5', created: '2025-05-10', channel: 'Web' }),
      lead({ leadId: 'L6', created: '2025-05-12', channel: 'Web' }),
    ],
    deals: [
      deal({ leadId: 'L1', created: '2025-04-10', outcome: 'won', close: '2025-05-20', amount: 300000 }),
      // L2: one lost and one open deal — still open, its pipeline is the open deal's 80,000.
      deal({ leadId: 'L2', created: '2025-04-12', outcome: 'lost', close: '2025-05-02', amount: 100000 }),
      deal({ leadId: 'L2', created: '2025-04-20', outcome: 'open', amount: 80000 }),
      // L3: every deal lost, on 04-30.
      deal({ leadId: 'L3', created: '2025-04-15', outcome: 'lost', close: '2025-04-30', amount: 50000 }),
      // L4: open deal without an amount — the lead's own 40,000 is the pipeline.
      deal({ leadId: 'L4', created: '2025-05-05', outcome: 'open' }),
      // L5: lost on 06-10.
      deal({ leadId: 'L5', created: '2025-05-15', outcome: 'lost', close: '2025-06-10' }),
      // Deals matching no lead (period view only), channel 展示会.
      deal({ leadId: 'X1', created: '2025-05-20', outcome: 'lost', close: '2025-05-25', channel: '展示会' }),
      deal({ leadId: 'X2', created: '2025-05-21', outcome: 'open', amount: 70000, channel: '展示会' }),
    ],
  });
  const range = { from: '2025-04-01', to: '2025-06-30' };

  it('splits the cohort’s opportunities into won, lost and open (columns: opp, won, lost, open, revenue, pipeline, 受注率, 商談→受注率)', () => {
    const summary = computeFunnelSummary(book, settings(range));
    // Opportunities L1–L5; won L1; lost L3, L5; open L2, L4. Pipeline 80,000 + 40,000.
    // 受注率 1 ÷ (1 + 2); 商談→受注率 1 ÷ 5.
    expect(closed(summary.total)).toEqual([5, 1, 2, 2, 300000, 120000, 1 / 3, 1 / 5]);
    // Web: L1, L2, L5, L6 → opp L1 L2 L5; won L1, lost L5, open L2 (80,000). 1 ÷ 2; 1 ÷ 3.
    expect(channel(summary, 'Web')).toEqual([3, 1, 1, 1, 300000, 80000, 1 / 2, 1 / 3]);
    // 展示会: L3 lost, L4 open (40,000). 0 ÷ (0 + 1) = 0; 0 ÷ 2 = 0. The unlinked deals are left out.
    expect(channel(summary, '展示会')).toEqual([2, 0, 1, 1, 0, 40000, 0, 0]);
    // By created month. April: L1 won, L2 open, L3 lost. May: L4 open, L5 lost (L6 no opportunity).
    expect(month(summary, '2025-04')).toEqual([3, 1, 1, 1, 300000, 80000, 1 / 2, 1 / 3]);
    expect(month(summary, '2025-05')).toEqual([2, 0, 1, 1, 0, 40000, 0, 0]);
    // June: nothing closed — both rates have a zero denominator.
    expect(month(summary, '2025-06')).toEqual([0, 0, 0, 0, 0, 0, null, null]);
  });

  it('counts each outcome on the day it happened in the period view, unlinked deals included', () => {
    const summary = computeFunnelSummary(book, settings({ ...range, view: 'period' }));
    // Opportunities by first deal: L1 04-10, L2 04-12, L3 04-15, L4 05-05, L5 05-15, X1 05-20, X2 05-21.
    // Won L1 on 05-20. Lost: L3 04-30, X1 05-25, L5 06-10. Open (on the opportunity day): L2, L4, X2.
    // Pipeline 80,000 + 40,000 + 70,000. 受注率 1 ÷ (1 + 3); 商談→受注率 1 ÷ 7.
    expect(closed(summary.total)).toEqual([7, 1, 3, 3, 300000, 190000, 1 / 4, 1 / 7]);
    expect(month(summary, '2025-04')).toEqual([3, 0, 1, 1, 0, 80000, 0, 0]);
    // May: opportunities L4 L5 X1 X2; won L1; lost X1; open L4 X2 (40,000 + 70,000). 1 ÷ 2; 1 ÷ 4.
    expect(month(summary, '2025-05')).toEqual([4, 1, 1, 2, 300000, 110000, 1 / 2, 1 / 4]);
    expect(month(summary, '2025-06')).toEqual([0, 0, 1, 0, 0, 0, 0, null]);
    // 展示会: L3, L4, X1, X2; lost L3 X1; open L4 X2.
    expect(channel(summary, '展示会')).toEqual([4, 0, 2, 2, 0, 110000, 0, 0]);
    expect(channel(summary, 'Web')).toEqual([3, 1, 1, 1, 300000, 80000, 1 / 2, 1 / 3]);
  });
});

describe('closed and open opportunities from lead statuses and flags (no deals tab)', () => {
  const book = workbook({
    leads: [
      lead({ created: '2025-04-01', status: 'won', amount: 100000, channel: 'Web' }),
      // Status names the opportunity stage: open, its own amount is pipeline.
      lead({ created: '2025-04-02', status: 'opportunities', amount: 50000, channel: 'Web' }),
      lead({ created: '2025-04-03', opportunities: true, lost: true, channel: '展示会' }),
      // A 失注 status reads as opportunity + lost.
      lead({ created: '2025-04-04', status: 'opportunities', lost: true, channel: '展示会' }),
      // Lost flag but never an opportunity: not a lost opportunity.
      lead({ created: '2025-04-05', sql: true, lost: true, channel: '展示会' }),
      lead({ created: '2025-05-01', opportunities: '2025-05-03', channel: 'Web' }),
    ],
  });
  const range = { from: '2025-04-01', to: '2025-05-31' };

  it('classifies the cohort', () => {
    const summary = computeFunnelSummary(book, settings(range));
    // Opportunities 5: won 1, lost 2 (04-03, 04-04), open 2 (04-02 with 50,000; 05-01 without amount).
    expect(closed(summary.total)).toEqual([5, 1, 2, 2, 100000, 50000, 1 / 3, 1 / 5]);
    expect(channel(summary, 'Web')).toEqual([3, 1, 0, 2, 100000, 50000, 1, 1 / 3]);
    expect(channel(summary, '展示会')).toEqual([2, 0, 2, 0, 0, 0, 0, 0]);
    expect(month(summary, '2025-04')).toEqual([4, 1, 2, 1, 100000, 50000, 1 / 3, 1 / 4]);
    expect(month(summary, '2025-05')).toEqual([1, 0, 0, 1, 0, 0, null, 0]);
  });

  it('counts a loss known only by status or flag on the created date in the period view', () => {
    const summary = computeFunnelSummary(book, settings({ ...range, view: 'period' }));
    // Same leads, all dated in the period: the totals match the cohort's.
    expect(closed(summary.total)).toEqual([5, 1, 2, 2, 100000, 50000, 1 / 3, 1 / 5]);
    // The open opportunity of the May lead counts on its opportunity date, 05-03.
    expect(month(summary, '2025-05')).toEqual([1, 0, 0, 1, 0, 0, null, 0]);
    expect(month(summary, '2025-04')).toEqual([4, 1, 2, 1, 100000, 50000, 1 / 3, 1 / 4]);
  });

  it('leaves the pipeline amount null when no tab has an amount, but still counts open opportunities', () => {
    const noAmounts = workbook({ leads: [lead({ created: '2025-04-02', status: 'opportunities' })] });
    const summary = computeFunnelSummary(noAmounts, settings(range));
    expect([summary.total.openOpportunities, summary.total.pipelineAmount, summary.total.revenue]).toEqual([1, null, null]);
  });
});
