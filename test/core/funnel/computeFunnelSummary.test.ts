/**
 * Golden tests: small hand-built workbooks, one per rule, with every expected number worked out
 * by hand in the comments next to it.
 */
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import type { ChannelRow, FunnelSummary, MonthRow } from '../../../src/core/model/summary';
import type { Warning } from '../../../src/core/model/types';
import { ad, deal, email, lead, settings, target, times, traffic, workbook } from './builders';

const STAGES = ['leads', 'mql', 'sql', 'opportunities', 'won'] as const;
const stageCounts = (row: { readonly [K in (typeof STAGES)[number]]: number | null }) => STAGES.map((stage) => row[stage]);
const channelNamed = (summary: FunnelSummary, name: string): ChannelRow | undefined => summary.byChannel.find((row) => row.channel === name);
const monthNamed = (summary: FunnelSummary, name: string): MonthRow | undefined => summary.byMonth.find((row) => row.month === name);
const warningCodes = (summary: FunnelSummary): Warning['code'][] => summary.warnings.map((warning) => warning.code);

describe('computeFunnelSummary', () => {
  describe('stage implication', () => {
    it('counts a lead at every stage before the furthest one it reached', () => {
      const summary = computeFunnelSummary(
        workbook({
          leads: [
            lead({ created: '2025-04-01', won: true }), // won ⇒ opportunity, SQL, MQL
            lead({ created: '2025-04-02', sql: '2025-04-09' }), // SQL ⇒ MQL
            lead({ created: '2025-04-03', status: 'mql' }),
            lead({ created: '2025-04-04' }),
          ],
        }),
        settings(),
      );
      expect(stageCounts(summary.total)).toEqual([4, 3, 2, 1, 1]);
      // 3/4, 2/3, 1/4, 1/1, 1/4
      expect([summary.total.mqlRate, summary.total.sqlRate, summary.total.opportunityRate, summary.total.winRate, summary.total.leadToWinRate]).toEqual([
        0.75,
        2 / 3,
        0.25,
        1,
        0.25,
      ]);
    });
  });

  describe('duplicate leads', () => {
    const book = workbook({
      leads: [
        lead({ leadId: 'L1', created: '2025-05-02', opportunities: true, channel: 'Web', row: 5 }),
        lead({ leadId: 'L1', created: '2025-04-10', mql: '2025-04-12', channel: '展示会', row: 2 }),
        lead({ email: 'a@example.jp', created: '2025-04-20', row: 3 }),
        lead({ email: 'a@example.jp', created: '2025-04-25', won: '2025-05-20', amount: 50000, row: 6 }),
        lead({ leadId: 'L2', created: '2025-05-01', row: 4 }),
      ],
    });
    const summary = computeFunnelSummary(book, settings());

    it('counts duplicates once, at the earliest created date and the furthest stage', () => {
      // L1: created 04-10, reached opportunity; a@example.jp: created 04-20, won; L2: created 05-01.
      expect(stageCounts(summary.total)).toEqual([3, 2, 2, 2, 1]);
      expect(stageCounts(monthNamed(summary, '2025-04') as MonthRow)).toEqual([2, 2, 2, 2, 1]);
      expect(stageCounts(monthNamed(summary, '2025-05') as MonthRow)).toEqual([1, 0, 0, 0, 0]);
      expect(summary.total.revenue).toBe(50000);
    });

    it('takes the channel of the earliest row', () => {
      expect(channelNamed(summary, '展示会')?.leads).toBe(1);
      // Web keeps no lead: a channel with nothing in any column is not a row (design §4.6).
      expect(channelNamed(summary, 'Web')).toBeUndefined();
    });

    it('reports how many rows were merged', () => {
      expect(summary.warnings).toEqual([
        {
          tab: null,
          row: null,
          field: 'lead_id',
          code: 'duplicate_leads_merged',
          message: '同じリードの重複行が2行あったため、元のリードにまとめて数えました（リードIDが同じ行、リードIDがない行はメールアドレスが同じ行を重複とみなします）。',
        },
      ]);
    });
  });

  describe('deal linking', () => {
    const book = workbook({
      leads: [
        lead({ leadId: 'L1', email: 'a@example.jp', created: '2025-04-01', channel: '展示会' }),
        lead({ leadId: 'L2', email: 'b@example.jp', created: '2025-04-02', channel: 'Web' }),
        lead({ email: 'c@example.jp', created: '2025-04-03', channel: 'Web' }),
      ],
      deals: [
        // Linked to the third lead by email; its own channel is ignored.
        deal({ email: 'c@example.jp', created: '2025-04-20', outcome: 'won', close: '2025-05-10', amount: 100000, channel: 'Google広告', row: 2 }),
        // Names L2 but carries L1's email: the lead ID wins.
        deal({ leadId: 'L2', email: 'a@example.jp', created: '2025-04-15', outcome: 'open', row: 3 }),
        // Matches no lead.
        deal({ email: 'z@example.jp', created: '2025-04-25', outcome: 'won', close: '2025-05-01', amount: 50000, channel: '展示会', row: 4 }),
      ],
    });

    it('links by email, lead ID first, and uses the lead’s channel (cohort view)', () => {
      const summary = computeFunnelSummary(book, settings());
      // Leads: 3. Opportunities: L2 and the c@ lead. Won: the c@ lead, 100,000. The stray deal is left out.
      expect(stageCounts(summary.total)).toEqual([3, 2, 2, 2, 1]);
      expect(summary.total.revenue).toBe(100000);
      expect(stageCounts(channelNamed(summary, 'Web') as ChannelRow)).toEqual([2, 2, 2, 2, 1]);
      expect(stageCounts(channelNamed(summary, '展示会') as ChannelRow)).toEqual([1, 0, 0, 0, 0]);
      // Google広告 appears only on a linked deal, which counts under its lead's channel: no row.
      expect(channelNamed(summary, 'Google広告')).toBeUndefined();
    });

    it('reports the deal that matches no lead, with its row', () => {
      const summary = computeFunnelSummary(book, settings({ language: 'en' }));
      expect(summary.warnings).toEqual([
        {
          tab: '商談',
          row: 4,
          field: null,
          code: 'unlinked_deals',
          message:
            '1 deal in this tab matches no lead (row 4). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the event-date view counts it by its own dates and channel.',
        },
      ]);
    });

    it('counts the unlinked deal by its own dates and channel in the period view', () => {
      const summary = computeFunnelSummary(book, settings({ view: 'period', from: '2025-04-01', to: '2025-05-31' }));
      // Opportunities: 04-15 (L2), 04-20 (c@), 04-25 (stray). Won: 05-10 (c@), 05-01 (stray).
      expect(stageCounts(summary.total)).toEqual([3, 2, 2, 3, 2]);
      expect(summary.total.revenue).toBe(150000);
      expect(stageCounts(monthNamed(summary, '2025-04') as MonthRow)).toEqual([3, 2, 2, 3, 0]);
      expect(stageCounts(monthNamed(summary, '2025-05') as MonthRow)).toEqual([0, 0, 0, 0, 2]);
      expect(stageCounts(channelNamed(summary, '展示会') as ChannelRow)).toEqual([1, 0, 0, 1, 1]);
      expect(channelNamed(summary, '展示会')?.revenue).toBe(50000);
    });
  });

  describe('cohort and period views', () => {
    const book = workbook({
      ads: [ad({ date: '2025-04-01', cost: 30000, channel: 'Web' }), ad({ date: '2025-06-30', cost: 10000, channel: 'Web' })],
      leads: [
        lead({ created: '2025-04-10', mql: '2025-05-03', won: '2025-06-20', amount: 90000, channel: 'Web' }),
        lead({ created: '2025-05-05', sql: true, channel: 'Web' }),
      ],
    });

    it('puts everything a lead did on its created month in the cohort view', () => {
      const summary = computeFunnelSummary(book, settings());
      expect(summary.byMonth.map((row) => [row.month, ...stageCounts(row), row.revenue, row.cost])).toEqual([
        ['2025-04', 1, 1, 1, 1, 1, 90000, 30000],
        ['2025-05', 1, 1, 1, 0, 0, 0, 0],
        ['2025-06', 0, 0, 0, 0, 0, 0, 10000],
      ]);
    });

    it('puts each stage on the month it happened in the period view, undated stages on the created month', () => {
      const summary = computeFunnelSummary(book, settings({ view: 'period' }));
      // Lead 1: SQL and opportunity undated → April; MQL May; won and revenue June.
      // Lead 2: created May; SQL by flag and MQL by implication → May.
      expect(summary.byMonth.map((row) => [row.month, ...stageCounts(row), row.revenue])).toEqual([
        ['2025-04', 1, 0, 1, 1, 0, 0],
        ['2025-05', 1, 2, 1, 0, 0, 0],
        ['2025-06', 0, 0, 0, 0, 1, 90000],
      ]);
      expect(summary.byMonth.every((row) => !row.immature)).toBe(true);
      expect(summary.view).toBe('period');
    });
  });

  describe('null versus 0', () => {
    it('gives 0 for a provided field with no matching data, and null for ratios over it', () => {
      const summary = computeFunnelSummary(
        workbook({
          ads: [
            ad({ tab: 'Google広告', channel: 'Google広告', date: '2025-04-01', cost: 10000, impressions: 5000, clicks: 100 }),
            ad({ tab: '展示会', channel: '展示会', date: '2025-04-02', cost: 300000 }),
          ],
          leads: [lead({ created: '2025-04-03', channel: '展示会' })],
        }),
        settings(),
      );
      const tradeShow = channelNamed(summary, '展示会');
      expect([tradeShow?.impressions, tradeShow?.clicks, tradeShow?.ctr, tradeShow?.cpc, tradeShow?.cost, tradeShow?.cpl]).toEqual([0, 0, null, null, 300000, 300000]);
      // CTR 100 / 5,000. CPC over the ad rows with clicks: ¥10,000 / 100 — the trade show's ¥300,000
      // has no clicks, so it stays out of the cost of a click (it was ¥310,000 / 100 = ¥3,100).
      expect([summary.total.impressions, summary.total.ctr, summary.total.adCost, summary.total.cpc, summary.total.cost]).toEqual([5000, 0.02, 10000, 100, 310000]);
      expect([tradeShow?.adCost, channelNamed(summary, 'Google広告')?.adCost]).toEqual([0, 10000]);
    });

    it('gives null for every field no tab provides', () => {
      const summary = computeFunnelSummary(
        workbook({ ads: [ad({ date: '2025-04-01', cost: 10000 })], leads: [lead({ created: '2025-04-03' })] }),
        settings(),
      );
      const total = summary.total;
      expect([total.impressions, total.clicks, total.sessions, total.revenue, total.engagedSessions, total.downloads]).toEqual([null, null, null, null, null, null]);
      expect([total.ctr, total.cpc, total.leadConversionRate, total.roas, total.averageDealSize, total.engagementRate, total.downloadRate]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      // Provided but empty: won 0, so CAC is null; opportunities 0, so the win rate is null.
      expect([total.won, total.cac, total.opportunities, total.winRate, total.cpl]).toEqual([0, null, 0, null, 10000]);
    });

    it('gives null lead counts without a leads tab', () => {
      const summary = computeFunnelSummary(workbook({ ads: [ad({ date: '2025-04-01', cost: 100 })] }), settings());
      expect(stageCounts(summary.total)).toEqual([null, null, null, null, null]);
      expect(summary.total.cpl).toBeNull();
    });
  });

  describe('maturity', () => {
    const ads = [ad({ date: '2025-01-15', cost: 1 }), ad({ date: '2025-04-30', cost: 1 })];

    it('flags cohort months that ended fewer than the median lead→won days before the as-of date', () => {
      const summary = computeFunnelSummary(
        workbook({
          ads,
          leads: [
            lead({ created: '2025-01-15', won: '2025-02-14' }), // 30 days
            lead({ created: '2025-01-20', won: '2025-03-01' }), // 40 days
          ],
        }),
        settings(),
      );
      // Median 35 days; as-of 2025-04-30. Jan ends 89 days before, Feb 61, Mar 30, Apr 0.
      expect(summary.velocity.leadToWonDays).toBe(35);
      expect(summary.byMonth.map((row) => [row.month, row.immature])).toEqual([
        ['2025-01', false],
        ['2025-02', false],
        ['2025-03', true],
        ['2025-04', true],
      ]);
    });

    it('assumes 90 days when no lead has both dates', () => {
      const summary = computeFunnelSummary(workbook({ ads, leads: [lead({ created: '2025-01-15', won: true })] }), settings());
      // January ends 89 days before 2025-04-30: under 90, so immature too.
      expect(summary.velocity.leadToWonDays).toBeNull();
      expect(summary.byMonth.map((row) => row.immature)).toEqual([true, true, true, true]);
    });
  });

  describe('channel spelling', () => {
    it('matches Google広告, google広告 and " Google広告 " and shows the most frequent spelling', () => {
      const summary = computeFunnelSummary(
        workbook({
          ads: [ad({ date: '2025-04-01', cost: 1000, channel: 'Google広告' }), ad({ date: '2025-04-02', cost: 1000, channel: 'Google広告' })],
          leads: [lead({ created: '2025-04-01', channel: 'google広告' }), lead({ created: '2025-04-02', channel: ' Google広告 ' })],
        }),
        settings(),
      );
      // Spellings: "Google広告" ×3 (two ads, one lead once trimmed), "google広告" ×1.
      expect(summary.byChannel.map((row) => [row.channel, row.cost, row.leads, row.cpl])).toEqual([['Google広告', 2000, 2, 1000]]);
      expect(warningCodes(summary)).toEqual([]);
    });

    it('shows a blank channel as (未設定) or (not set)', () => {
      const book = workbook({ leads: [lead({ created: '2025-04-01', channel: '  ' }), lead({ created: '2025-04-02' })] });
      expect(computeFunnelSummary(book, settings()).byChannel.map((row) => [row.channel, row.leads])).toEqual([['(未設定)', 2]]);
      expect(computeFunnelSummary(book, settings({ language: 'en' })).byChannel.map((row) => row.channel)).toEqual(['(not set)']);
    });
  });

  describe('tab-name channels', () => {
    const summary = computeFunnelSummary(
      workbook({
        // Exports without a channel column: every row carries its tab's name.
        ads: [
          ad({ tab: 'Yahoo!広告', channel: 'Yahoo!広告', date: '2025-04-01', cost: 40000 }),
          ad({ tab: 'Facebook広告', channel: 'Facebook広告', date: '2025-04-01', cost: 25000 }),
        ],
        leads: [
          lead({ created: '2025-04-02', channel: 'yahoo!広告' }),
          lead({ created: '2025-04-03', channel: 'Yahoo!広告' }),
          lead({ created: '2025-04-04', channel: 'ウェビナー' }),
        ],
      }),
      settings(),
    );

    it('matches leads to the tab-named channel', () => {
      // Sorted by leads, then label: Yahoo!広告 2, ウェビナー 1, Facebook広告 0 ('F' sorts before 'ウ' but has fewer leads).
      expect(summary.byChannel.map((row) => [row.channel, row.leads, row.cost, row.cpl])).toEqual([
        ['Yahoo!広告', 2, 40000, 20000],
        // ウェビナー has no cost row: its cost is 0, its CPL null (no cost data), not ¥0.
        ['ウェビナー', 1, 0, null],
        ['Facebook広告', 0, 25000, null],
      ]);
    });

    it('tells a channel without cost data (CPL, CAC, ROAS null) from one whose cost rows add up to ¥0 (CPL ¥0)', () => {
      const costs = computeFunnelSummary(
        workbook({
          ads: [ad({ channel: 'Google広告', date: '2025-04-01', cost: 0 })],
          leads: [
            lead({ created: '2025-04-02', channel: 'Google広告', won: '2025-04-20', amount: 100000 }),
            lead({ created: '2025-04-03', channel: '自然検索', won: '2025-04-20', amount: 100000 }),
          ],
        }),
        settings(),
      );
      const row = (label: string) => costs.byChannel.find((entry) => entry.channel === label)!;
      const group = (label: string) => costs.byChannelGroup.find((entry) => entry.group === label)!;
      for (const entry of [row('Google広告'), group('有料検索')]) expect([entry.cost, entry.cpl, entry.cac, entry.costPerOpportunity]).toEqual([0, 0, 0, 0]);
      for (const entry of [row('自然検索'), group('自然検索')]) expect([entry.cost, entry.cpl, entry.cac, entry.costPerOpportunity, entry.roas]).toEqual([0, null, null, null, null]);
      // The plan budgets a group without cost data at ¥0 a lead, as before.
      expect(costs.plan.byGroup.find((entry) => entry.group === '自然検索')?.cpl).toBe(0);
    });

    it('warns about a group with cost but no leads, naming its channels; a free group without cost is fine', () => {
      // Facebook広告 (SNS広告) has cost and no lead; ウェビナー has a lead and no cost, which is normal for its group.
      expect(summary.warnings.map((warning) => [warning.code, warning.message])).toEqual([
        [
          'channel_cost_without_leads',
          '費用があるのにリードが0件のチャネルグループがあります: 「SNS広告」（Facebook広告）。リードの流入元の値がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
        ],
      ]);
    });

    it('warns about a paid group with leads but no cost', () => {
      const paidLeads = computeFunnelSummary(
        workbook({
          ads: [ad({ tab: 'Yahoo!広告', channel: 'Yahoo!広告', date: '2025-04-01', cost: 40000 })],
          leads: [lead({ created: '2025-04-02', channel: 'Yahoo!広告' }), lead({ created: '2025-04-03', channel: 'YouTube広告' }), lead({ created: '2025-04-04', channel: '紹介' })],
        }),
        settings({ language: 'en' }),
      );
      expect(paidLeads.warnings.map((warning) => [warning.code, warning.message])).toEqual([
        [
          'channel_leads_without_cost',
          'Some paid channel groups have leads but no cost: "Video ads" (YouTube広告). Check that the ad spend tab is read and that its channels are placed in the same group.',
        ],
      ]);
    });

    it('adds the cost-without-leads finding by group, which needs no minimum', () => {
      expect(summary.findings.map((finding) => finding.message)).toEqual([
        '費用があるのにリードが0件のチャネルグループ：「SNS広告」（2.5万円）。リードの流入元がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
      ]);
    });
  });

  describe('as-of date and period', () => {
    const book = workbook({
      leads: [lead({ leadId: 'L1', created: '2025-04-10' }), lead({ leadId: 'L2', created: '2025-03-05' })],
      deals: [deal({ leadId: 'L1', created: '2025-05-01', outcome: 'won', close: '2025-08-12', amount: 1 })],
    });

    it('takes the as-of date from the latest date anywhere, not from the period end', () => {
      const summary = computeFunnelSummary(book, settings());
      expect([summary.period.from, summary.period.to, summary.asOf]).toEqual(['2025-03-05', '2025-04-10', '2025-08-12']);
    });

    it('keeps the as-of date when settings move the period, and lists every month of the period', () => {
      const summary = computeFunnelSummary(book, settings({ from: '2025-04-01', to: '2025-12-31' }));
      expect([summary.period.from, summary.period.to, summary.asOf]).toEqual(['2025-04-01', '2025-12-31', '2025-08-12']);
      expect(summary.byMonth.map((row) => row.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
      // Only L1 was created in the period (L2 in March is outside it).
      expect(stageCounts(summary.total)).toEqual([1, 1, 1, 1, 1]);
      // Lead→won: 04-10 → 08-12 = 124 days; every month up to August ends fewer than 124 days before
      // 08-12; September to December start after it: not started, with no figures (design §6.2).
      expect(summary.byMonth.map((row) => (row.notStarted ? 'not started' : row.immature ? 'provisional' : 'complete'))).toEqual([
        ...Array<string>(5).fill('provisional'),
        ...Array<string>(4).fill('not started'),
      ]);
      expect(summary.byMonth[8]?.leads).toBeNull();
    });
  });

  describe('score bands', () => {
    it('uses the default bands when every score lies in 0–100', () => {
      const summary = computeFunnelSummary(
        workbook({ leads: [lead({ created: '2025-04-01', score: 15 }), lead({ created: '2025-04-01', score: 95, won: true }), lead({ created: '2025-04-01' })] }),
        settings(),
      );
      expect(summary.scoreBands.map((row) => [row.band, row.leads, row.opportunities, row.won])).toEqual([
        ['0-19', 1, 0, 0],
        ['20-39', 0, 0, 0],
        ['40-59', 0, 0, 0],
        ['60-79', 0, 0, 0],
        ['80+', 1, 1, 1],
      ]);
    });

    it('uses five equal-count bands when a score is outside 0–100', () => {
      const scores = [900, 100, 300, 500, 700, 200, 400, 600, 800, 1000];
      const summary = computeFunnelSummary(workbook({ leads: scores.map((score) => lead({ created: '2025-04-01', score })) }), settings());
      expect(summary.scoreBands.map((row) => [row.band, row.leads])).toEqual([
        ['100-200', 2],
        ['300-400', 2],
        ['500-600', 2],
        ['700-800', 2],
        ['900-1000', 2],
      ]);
    });

    it('uses the bands from the settings', () => {
      const summary = computeFunnelSummary(workbook({ leads: [lead({ created: '2025-04-01', score: 55 })] }), settings({ scoreBands: [0, 50] }));
      expect(summary.scoreBands.map((row) => [row.band, row.leads])).toEqual([
        ['0-49', 0],
        ['50+', 1],
      ]);
    });

    it('gives no bands when no score column is mapped', () => {
      expect(computeFunnelSummary(workbook({ leads: [lead({ created: '2025-04-01' })] }), settings()).scoreBands).toEqual([]);
    });
  });

  describe('velocity', () => {
    it('takes medians of odd and even counts', () => {
      const summary = computeFunnelSummary(
        workbook({
          leads: [
            lead({ created: '2025-04-01', mql: '2025-04-03', sql: '2025-04-13' }), // lead→MQL 2, MQL→SQL 10
            lead({ created: '2025-04-01', mql: '2025-04-07', sql: '2025-04-08' }), // 6, 1
            lead({ created: '2025-04-01', mql: '2025-04-05' }), // 4
          ],
        }),
        settings(),
      );
      // Lead→MQL: 2, 4, 6 → 4. MQL→SQL: 1, 10 → 5.5.
      expect(summary.velocity).toEqual({ leadToMqlDays: 4, mqlToSqlDays: 5.5, sqlToOpportunityDays: null, opportunityToWonDays: null, leadToWonDays: null });
    });
  });

  describe('findings thresholds', () => {
    // Web: n leads, 10 of them opportunities; 展示会: 200 leads, 10 opportunities.
    const bookWith = (leadCount: number) =>
      workbook({
        leads: [
          ...times(leadCount, (index) => lead({ created: '2025-04-01', leadId: `W${index}`, channel: 'Web', status: index < 10 ? 'opportunities' : 'leads' })),
          ...times(200, (index) => lead({ created: '2025-04-01', leadId: `E${index}`, channel: '展示会', status: index < 10 ? 'opportunities' : 'leads' })),
        ],
      });

    it('makes a finding when the denominator is 20', () => {
      // Web 10/20 = 50 % against 10/200 = 5 %: pooled 20/220, z = 0.45 / 0.0674 = 6.67; two tests (each
      // group against the other), 6.67 ≥ 2.24 (Holm's first level of two).
      expect(computeFunnelSummary(bookWith(20), settings()).findings).toEqual([
        {
          code: 'rate_difference',
          tone: 'good',
          message:
            // Findings compare channel groups (design §4.6): a lead source "Web" falls in その他.
        '「その他」の商談化率は50.0%（商談10件 ÷ リード20件、95%信頼区間は29.9%〜70.1%）で、ほかのチャネルグループの5.0%（商談10件 ÷ リード200件）より高く、偶然では説明できない差です（このレポートの2通りの比較をまとめて判定）。「その他」のリードを増やす方法を優先して検討してください。',
        },
      ]);
    });

    it('makes none when the denominator is 19', () => {
      expect(computeFunnelSummary(bookWith(19), settings()).findings).toEqual([]);
    });
  });

  describe('the rest of the summary', () => {
    it('passes sources and workbook warnings through, and fills in settings, LTV, targets and email', () => {
      const parserWarning: Warning = { tab: '広告', row: 7, field: 'cost', code: 'unparseable_number', message: '…' };
      const source = { tab: 'リード', kind: 'leads' as const, headerRow: 1, rowsRead: 2, rowsSkipped: 0, mapping: { created_date: '作成日' } };
      const summary = computeFunnelSummary(
        workbook({
          ads: [ad({ date: '2025-04-01', cost: 100000, channel: 'Web' })],
          traffic: [traffic({ date: '2025-04-01', sessions: 400, channel: 'Web', bounceRate: 0.25, downloads: 8 })],
          leads: [
            lead({ created: '2025-04-02', channel: 'Web', won: '2025-04-20', amount: 200000 }),
            lead({ created: '2025-04-03', channel: 'Web', won: '2025-04-25', amount: 100000 }),
          ],
          targets: [target('2025-04', 'leads', 4), target('2025-04', 'revenue', 600000)],
          email: [email({ campaign: '4月メルマガ', delivered: 1000, opens: 300, clicks: 30, date: '2025-04-02' })],
          warnings: [parserWarning],
          sources: [source],
        }),
        settings({ currency: 'USD', grossMargin: 0.5, expectedPurchases: 4 }),
      );
      expect(summary).toMatchObject({ schemaVersion: 1, view: 'cohort', currency: 'USD', sources: [source] });
      expect(summary.warnings[0]).toBe(parserWarning);
      // Average deal size 300,000 / 2 = 150,000; LTV 150,000 × 0.5 × 4 = 300,000; CAC 100,000 / 2 = 50,000; LTV/CAC 6.
      expect([summary.total.averageDealSize, summary.total.ltv, summary.total.cac, summary.total.ltvToCac]).toEqual([150000, 300000, 50000, 6]);
      // Engaged sessions 400 × 0.75 = 300; rates 300/400 and 8/400; leads per session 2/400; ROAS 300,000 / 100,000.
      expect([summary.total.engagedSessions, summary.total.engagementRate, summary.total.downloadRate, summary.total.leadConversionRate, summary.total.roas]).toEqual([
        300, 0.75, 0.02, 0.005, 3,
      ]);
      // Targets compare with event-date counts within the period (04-01 to 04-03, the last created date):
      // 2 leads created; the wins of 04-20 and 04-25 fall after the period, so no revenue yet.
      expect(summary.byMonth[0]?.targets).toEqual([
        { metric: 'leads', target: 4, actual: 2, attainment: 0.5 },
        { metric: 'revenue', target: 600000, actual: 0, attainment: 0 },
      ]);
      expect(summary.email).toEqual([{ campaign: '4月メルマガ', delivered: 1000, opens: 300, clicks: 30, openRate: 0.3, clickRate: 0.03, clickToOpenRate: 0.1 }]);
    });
  });

  describe('edge cases', () => {
    it('summarises an empty workbook without NaN', () => {
      const summary = computeFunnelSummary(workbook({}), settings());
      expect(summary).toMatchObject({ period: { from: '1970-01-01', to: '1970-01-01', undated: true }, asOf: '1970-01-01', byChannel: [], scoreBands: [], email: [], findings: [], warnings: [] });
      // No dated row: no month to show (the days above are placeholders the report shows as "no dated rows").
      expect(summary.byMonth).toEqual([]);
      expect(Object.values(summary.total).every((value) => value === null)).toBe(true);
    });

    it('lists a month with no data at all as an empty month', () => {
      const summary = computeFunnelSummary(
        workbook({ leads: [lead({ created: '2025-01-10' }), lead({ created: '2025-03-10' })] }),
        settings(),
      );
      expect(summary.byMonth.map((row) => [row.month, row.leads, row.leadsChange])).toEqual([
        ['2025-01', 1, null],
        ['2025-02', 0, -1],
        ['2025-03', 1, null],
      ]);
    });

    it('counts deals without a leads tab in the period view whatever the settings say, and says so (design §3.2.1)', () => {
      const book = workbook({ deals: [deal({ created: '2025-04-01', outcome: 'won', close: '2025-04-10', amount: 5000 })] });
      for (const view of ['cohort', 'period'] as const) {
        const summary = computeFunnelSummary(book, settings({ view }));
        expect(stageCounts(summary.total)).toEqual([null, null, null, 1, 1]);
        expect([summary.view, summary.viewReason]).toEqual(['period', 'no_leads']);
        expect(summary.warnings.map((warning) => warning.code)).toEqual(['period_view_without_leads']);
      }
    });
  });
});

describe('a period that misses the data', () => {
  const book = workbook({ leads: [lead({ created: '2025-04-01' }), lead({ created: '2025-04-20' })], ads: [ad({ date: '2025-04-02', cost: 1000 })] });

  it('warns when --to lies before every date in the data, naming both ranges', () => {
    const summary = computeFunnelSummary(book, settings({ to: '2025-03-31', language: 'en' }));
    expect(summary.total.leads).toBe(0);
    const warning = summary.warnings.find((w) => w.code === 'period_outside_data');
    expect(warning?.message).toContain('2025-04-01 to 2025-04-20');
    expect(warning?.message).toContain('to 2025-03-31');
  });

  it('warns when --from lies after every date, and says nothing when the period overlaps the data', () => {
    expect(warningCodes(computeFunnelSummary(book, settings({ from: '2025-05-01', to: '2025-05-31' })))).toContain('period_outside_data');
    expect(warningCodes(computeFunnelSummary(book, settings({ from: '2025-04-20', to: '2025-05-31' })))).not.toContain('period_outside_data');
  });
});
