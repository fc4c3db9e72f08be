/**
 * Invariants of the funnel summary over random workbooks: small pools of ids, emails and channel
 * spellings so that duplicates, links and spelling variants happen often.
 */
import fc from 'fast-check';
import { MEASURES } from '../../../src/core/funnel/availability';
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import type { ChannelGroupOverrides } from '../../../src/core/model/breakdowns';
import type { KpiRow } from '../../../src/core/model/summary';
import type { AdRow, DealRow, FunnelView, LeadRow, ParsedWorkbook, Stage, StageEvidence, TrafficRow } from '../../../src/core/model/types';
import { day, settings, workbook } from './builders';

const FIRST_DAY = day('2025-01-01');
const dayArb = fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 180 });
const channelArb = fc.constantFrom(
  'Google広告',
  'google広告',
  ' Google広告 ',
  'Google Ads',
  '展示会',
  'Web',
  'Organic Search',
  '自然検索',
  'google / cpc',
  'Paid Search',
  '=HYPERLINK("http://x","a")',
  '<img src=x onerror=alert(1)>',
  '',
  null,
);
const leadIdArb = fc.option(fc.constantFrom('L1', 'L2', 'L3', 'L4', 'L5', 'L6'), { nil: null });
const emailArb = fc.option(fc.constantFrom('a@example.jp', 'b@example.jp', 'c@example.jp'), { nil: null });
const stageArb = fc.constantFrom<Stage>('leads', 'mql', 'sql', 'opportunities', 'won');
const evidenceArb: fc.Arbitrary<StageEvidence> = fc.oneof(
  fc.constant({ date: null, flag: false }),
  fc.constant({ date: null, flag: true }),
  dayArb.map((date) => ({ date, flag: false })),
);
const amountArb = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });

const leadArb = fc.record({
  created: dayArb,
  leadId: leadIdArb,
  emailKey: emailArb,
  channel: channelArb,
  score: fc.option(fc.integer({ min: -10, max: 150 }), { nil: null }),
  mql: evidenceArb,
  sql: evidenceArb,
  opportunities: evidenceArb,
  won: evidenceArb,
  statusStage: fc.option(stageArb, { nil: null }),
  lost: fc.boolean(),
  amount: amountArb,
});
const dealArb = fc.record({
  created: dayArb,
  dealId: fc.constant(null),
  leadId: leadIdArb,
  emailKey: emailArb,
  channel: channelArb,
  outcome: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
  closeDate: fc.option(dayArb, { nil: null }),
  amount: amountArb,
});
const adArb = fc.record({
  date: dayArb,
  channel: channelArb,
  campaign: fc.constant(null),
  cost: fc.integer({ min: 0, max: 500_000 }),
  impressions: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  clicks: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  conversions: fc.constant(null),
  // A dated row (a row of a report without a day column has its last day here).
  until: fc.constant(null),
});
const trafficArb = fc.record({
  date: dayArb,
  channel: channelArb,
  sessions: fc.integer({ min: 0, max: 250 }).map((quarter) => quarter * 4),
  newUsers: fc.constant(null),
  engagedSessions: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  // Quarters keep sessions × (1 − bounce rate) exact in binary.
  bounceRate: fc.option(fc.constantFrom(0, 0.25, 0.5, 0.75, 1), { nil: null }),
  averageEngagementSeconds: fc.constant(null),
  downloads: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  until: fc.constant(null),
});

/** Gives every row its own origin, the way rows of real tabs have. */
function withOrigins<T>(rows: readonly T[], tab: string): (T & { tab: string; row: number })[] {
  return rows.map((row, index) => ({ ...row, tab, row: index + 2 }));
}

const workbookArb: fc.Arbitrary<ParsedWorkbook> = fc
  .record({
    leads: fc.array(leadArb, { maxLength: 40 }),
    deals: fc.array(dealArb, { maxLength: 15 }),
    ads: fc.array(adArb, { maxLength: 15 }),
    traffic: fc.array(trafficArb, { maxLength: 10 }),
  })
  .map((rows) =>
    workbook({
      leads: withOrigins(rows.leads, 'リード') as LeadRow[],
      deals: withOrigins(rows.deals, '商談') as DealRow[],
      ads: withOrigins(rows.ads, '広告') as AdRow[],
      traffic: withOrigins(rows.traffic, 'アクセス') as TrafficRow[],
      alsoMapped: ['ads.impressions', 'ads.clicks', 'leads.amount'],
    }),
  );

const viewArb = fc.constantFrom<FunnelView>('cohort', 'period');
const LEAD_STAGES = ['leads', 'mql', 'sql', 'opportunities', 'won'] as const;

function stagesNeverIncrease(row: KpiRow): boolean {
  const counts = LEAD_STAGES.map((stage) => row[stage] ?? 0);
  return counts.every((count, index) => index === 0 || count <= (counts[index - 1] as number));
}

function sumOf(rows: readonly KpiRow[], measure: (typeof MEASURES)[number]): number {
  return rows.reduce((total, row) => total + (row[measure] ?? 0), 0);
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('computeFunnelSummary properties', () => {
  it('never lets lead-level stage counts increase down the funnel in the cohort view', () => {
    fc.assert(
      fc.property(workbookArb, (book) => {
        const summary = computeFunnelSummary(book, settings());
        // Deals without leads have no cohort: such a workbook is shown in the period view (design §3.2.1).
        if (book.leads.length === 0 && book.deals.length > 0) {
          expect([summary.view, summary.viewReason]).toEqual(['period', 'no_leads']);
          return;
        }
        expect(summary.view).toBe('cohort');
        expect(stagesNeverIncrease(summary.total)).toBe(true);
        expect(summary.byChannel.every(stagesNeverIncrease)).toBe(true);
        expect(summary.byMonth.every(stagesNeverIncrease)).toBe(true);
      }),
    );
  });

  it('splits every row’s opportunities into won + lost + open in the cohort view', () => {
    fc.assert(
      fc.property(workbookArb, (book) => {
        const summary = computeFunnelSummary(book, settings());
        // A deals-only workbook is shown in the period view (design §3.2.1), where a month's wins
        // need not be its opportunities: the next property covers it.
        if (summary.viewReason === 'no_leads') return;
        expect(summary.view).toBe('cohort');
        for (const row of [summary.total, ...summary.byChannel, ...summary.byMonth]) {
          expect((row.won ?? 0) + (row.lost ?? 0) + (row.openOpportunities ?? 0)).toBe(row.opportunities ?? 0);
          // 受注率 uses closed opportunities only, so it is never below 商談→受注率.
          if (row.winRate !== null && row.opportunityToWinRate !== null) expect(row.winRate).toBeGreaterThanOrEqual(row.opportunityToWinRate - 1e-12);
        }
      }),
    );
  });

  it('splits the period view’s opportunities the same way when the period holds every date', () => {
    fc.assert(
      fc.property(workbookArb, (book) => {
        const summary = computeFunnelSummary(book, settings({ view: 'period', from: '2024-01-01', to: '2026-12-31' }));
        const total = summary.total;
        expect((total.won ?? 0) + (total.lost ?? 0) + (total.openOpportunities ?? 0)).toBe(total.opportunities ?? 0);
      }),
    );
  });

  it('gives the same event-date attainment in both views', () => {
    fc.assert(
      fc.property(workbookArb, fc.integer({ min: 1, max: 50 }), (book, goal) => {
        const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];
        const metrics = ['opportunities', 'won', 'revenue', 'cost', 'sessions', 'clicks'] as const;
        const targets = months.flatMap((month, index) => metrics.map((metric) => ({ tab: '目標', row: index + 2, month, metric, target: goal })));
        const withTargets = { ...book, targets };
        const cohort = computeFunnelSummary(withTargets, settings());
        const period = computeFunnelSummary(withTargets, settings({ view: 'period' }));
        expect(cohort.byMonth.map((row) => row.targets)).toEqual(period.byMonth.map((row) => row.targets));
        expect(cohort.periodTargets).toEqual(period.periodTargets);
      }),
    );
  });

  it('makes per-channel and per-month counts and sums add up to the total', () => {
    fc.assert(
      fc.property(workbookArb, viewArb, (book, view) => {
        const summary = computeFunnelSummary(book, settings({ view }));
        for (const measure of MEASURES) {
          const total = summary.total[measure] ?? 0;
          expect(sumOf(summary.byChannel, measure)).toBeCloseTo(total, 6);
          expect(sumOf(summary.byMonth, measure)).toBeCloseTo(total, 6);
        }
      }),
    );
  });

  it('makes channel groups add up to their channels and to the total, in both views, with or without a user mapping', () => {
    const overridesArb = fc.constantFrom<ChannelGroupOverrides>({}, { 'google ads': 'display', web: 'organic_search', '': 'direct' });
    fc.assert(
      fc.property(workbookArb, viewArb, overridesArb, (book, view, channelGroups) => {
        const summary = computeFunnelSummary(book, settings({ view, channelGroups }));
        for (const measure of MEASURES) {
          const total = summary.total[measure] ?? 0;
          expect(sumOf(summary.byChannelGroup, measure)).toBeCloseTo(total, 6);
          for (const group of summary.byChannelGroup) {
            const members = summary.byChannel.filter((row) => row.groupId === group.groupId);
            expect(sumOf(members, measure)).toBeCloseTo(group[measure] ?? 0, 6);
          }
        }
        // A channel with nothing in any column is not a row; every row belongs to a listed group.
        expect(summary.byChannel.filter((row) => MEASURES.every((measure) => (row[measure] ?? 0) === 0))).toEqual([]);
        const groups = new Set(summary.byChannelGroup.map((row) => row.groupId));
        expect(summary.byChannel.every((row) => groups.has(row.groupId))).toBe(true);
        // Rates on a group row come from the group's sums.
        for (const group of summary.byChannelGroup) {
          // …CPL among them, except in a group none of whose channels has cost data: its cost is 0
          // and its CPL null (no cost, not ¥0 a lead).
          if (group.cpl === null) expect(!group.leads || (group.cost ?? 0) === 0).toBe(true);
          else expect(group.cpl).toBe(group.cost !== null && group.leads ? group.cost / group.leads : null);
          if ((group.cost ?? 0) > 0 && group.leads) expect(group.cpl).toBe((group.cost ?? 0) / group.leads);
          expect(group.leadConversionRate).toBe(group.leads !== null && group.sessions ? group.leads / group.sessions : null);
        }
      }),
    );
  });

  it('lists every channel value of every tab once in the channel map, with its rows', () => {
    fc.assert(
      fc.property(workbookArb, (book) => {
        const summary = computeFunnelSummary(book, settings());
        const rowsIn = (tab: string) => summary.channelMap.filter((row) => row.tab === tab).reduce((sum, row) => sum + row.rows, 0);
        expect(rowsIn('リード')).toBe(book.leads.length);
        expect(rowsIn('広告')).toBe(book.ads.length);
        expect(rowsIn('アクセス')).toBe(book.traffic.length);
        const ids = summary.channelMap.map((row) => `${row.tab}|${row.value}`);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('gives the same summary whatever order the rows come in', () => {
    const shuffledArb = workbookArb.chain((book) =>
      fc
        .record({
          leads: fc.shuffledSubarray([...book.leads], { minLength: book.leads.length }),
          deals: fc.shuffledSubarray([...book.deals], { minLength: book.deals.length }),
          ads: fc.shuffledSubarray([...book.ads], { minLength: book.ads.length }),
          traffic: fc.shuffledSubarray([...book.traffic], { minLength: book.traffic.length }),
        })
        .map((shuffled) => [book, { ...book, ...shuffled }] as const),
    );
    fc.assert(
      fc.property(shuffledArb, viewArb, ([book, shuffled], view) => {
        expect(computeFunnelSummary(shuffled, settings({ view }))).toEqual(computeFunnelSummary(book, settings({ view })));
      }),
    );
  });

  it('never gives NaN, Infinity or -0 anywhere', () => {
    fc.assert(
      fc.property(workbookArb, viewArb, (book, view) => {
        const summary = computeFunnelSummary(book, settings({ view, grossMargin: 0.6, expectedPurchases: 2 }));
        expect(numbersIn(summary).filter((value) => !Number.isFinite(value) || Object.is(value, -0))).toEqual([]);
      }),
    );
  });
});
