/**
 * Deals with and without leads (design §3.2.1, §4.1, §4.3, §4.5): which key linked the tabs, and a
 * deals-only workbook counted in the period view over the dates it has. Numbers worked by hand.
 */
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import { deal, lead, settings, source, workbook } from './builders';

describe('deals-only workbooks', () => {
  const deals = [
    deal({ created: '2025-01-10', outcome: 'won', close: '2025-03-05', amount: 1000, tab: 'Deals' }),
    deal({ created: '2025-02-01', outcome: 'lost', close: '2025-02-20', amount: 400, tab: 'Deals' }),
    // An open deal's close date is expected (2025-09-30): it neither ends the period nor moves as-of.
    deal({ created: '2025-02-15', outcome: 'open', close: '2025-09-30', amount: 700, tab: 'Deals' }),
  ];
  const sources = [source('Deals', 'deals', 3)];

  it('counts every deal in the period view over the deal dates there are, and says why', () => {
    const summary = computeFunnelSummary(workbook({ deals, sources }), settings({ language: 'en' }));
    // Period: earliest created (01-10) to the latest closed deal's close date (03-05).
    expect(summary.period).toEqual({ from: '2025-01-10', to: '2025-03-05' });
    expect(summary.asOf).toBe('2025-03-05');
    expect([summary.view, summary.viewReason]).toEqual(['period', 'no_leads']);
    // 3 opportunities (created dates), 1 won on 03-05 with 1,000.
    expect([summary.total.leads, summary.total.opportunities, summary.total.won, summary.total.revenue]).toEqual([null, 3, 1, 1000]);
    expect(summary.byMonth.map((month) => [month.month, month.opportunities, month.won])).toEqual([
      ['2025-01', 1, 0],
      ['2025-02', 2, 0],
      ['2025-03', 0, 1],
    ]);
    expect(summary.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      [
        'period_view_without_leads',
        'There is no leads tab (only deals), so there are no leads to follow as a cohort. Deals are counted by event date: opportunities on the day they were created, wins and losses on the day they closed. Add a leads tab to see the cohort view.',
      ],
    ]);
    // Nothing to link to: no link summary, and no "matches no lead" warning.
    expect(summary.sources).toEqual(sources);
  });
});

describe('deals linked to leads', () => {
  it('says in the deals tab’s source which key linked its deals, and counts the cohort through them', () => {
    const summary = computeFunnelSummary(
      workbook({
        leads: [
          lead({ leadId: 'C1', email: 'anna@example.net', created: '2025-04-01', tab: 'contacts' }),
          lead({ leadId: 'C2', email: 'bob@example.org', created: '2025-04-02', tab: 'contacts' }),
          lead({ leadId: 'C3', email: 'carl@example.com', created: '2025-04-03', tab: 'contacts' }),
        ],
        deals: [
          deal({ contactEmail: 'anna@example.net', created: '2025-04-10', outcome: 'won', close: '2025-05-01', amount: 300, tab: 'deals' }),
          deal({ contactEmail: 'bob@example.org', created: '2025-04-11', outcome: 'lost', close: '2025-04-30', amount: 200, tab: 'deals' }),
          deal({ contactEmail: 'zed@example.com', created: '2025-04-12', outcome: 'won', close: '2025-04-20', amount: 999, tab: 'deals' }),
        ],
        sources: [source('contacts', 'leads', 3), source('deals', 'deals', 3)],
      }),
      settings(),
    );
    // C1 won (300), C2 an opportunity (its deal lost), C3 a lead; zed's deal links to nobody and stays out of the cohort.
    expect([summary.view, summary.total.leads, summary.total.opportunities, summary.total.won, summary.total.revenue]).toEqual(['cohort', 3, 2, 1, 300]);
    expect(summary.viewReason).toBeUndefined();
    expect(summary.sources.map((source) => source.dealLinks)).toEqual([undefined, { linked: 2, unlinked: 1, byKey: [{ key: 'contact_email', deals: 2 }] }]);
    expect(summary.warnings.map((warning) => [warning.tab, warning.code])).toEqual([['deals', 'unlinked_deals']]);
  });
});
