/**
 * Every fixed word on the report sheets, in Japanese and English. KPI names live in the KPI catalog;
 * this file holds sheet names, headings, headers and notes.
 */
import type { FunnelView, IsoDay, Language, TabKind } from '../model/types';
import type { Velocity } from '../model/summary';
import type { ReportRole } from './model';

export interface ReportLabels {
  readonly sheetNames: { readonly [R in ReportRole]: string };
  readonly periodRange: (from: IsoDay, to: IsoDay) => string;
  readonly viewNames: { readonly [V in FunnelView]: string };
  readonly viewDescriptions: { readonly [V in FunnelView]: string };
  readonly periodViewNote: string;
  readonly maturityNote: string;
  readonly context: (period: string, view: string, asOf: IsoDay) => string;
  readonly info: {
    readonly period: string;
    readonly view: string;
    readonly note: string;
    readonly asOf: string;
    readonly generatedAt: string;
    readonly currency: string;
  };
  /** The row of scorecards on the summary: one column per KPI, one row per aspect. */
  readonly scorecards: {
    readonly heading: string;
    readonly measure: string;
    readonly value: string;
    readonly target: string;
    readonly eventActual: string;
    readonly attainment: string;
    readonly previous: (from: IsoDay, to: IsoDay) => string;
    readonly change: string;
  };
  readonly funnel: {
    readonly adHeading: string;
    readonly salesHeading: string;
    readonly stage: string;
    readonly count: string;
    readonly adChartTitle: string;
    readonly salesChartTitle: string;
  };
  readonly pipeline: { readonly heading: string; readonly status: string; readonly count: string; readonly amount: string };
  readonly findings: { readonly heading: string; readonly none: string };
  readonly sources: {
    readonly heading: string;
    readonly tab: string;
    readonly kind: string;
    readonly rowsRead: string;
    readonly rowsSkipped: string;
    /** Why a tab is not used, or that it has no day column. */
    readonly note: string;
    readonly kinds: { readonly [K in TabKind]: string };
    readonly unused: string;
  };
  readonly channels: { readonly channel: string; readonly total: string; readonly chartTitle: string };
  /** Captions of the tables below a core table. */
  readonly secondaryTables: { readonly web: string; readonly deals: string };
  readonly monthly: {
    readonly month: string;
    readonly maturity: string;
    readonly chartTitle: string;
    readonly rateChartTitle: string;
    readonly targetsHeading: string;
    readonly target: (metric: string) => string;
    /** The event-date actual a target is compared with (design §4.5). */
    readonly eventActual: (metric: string) => string;
    readonly attainment: (metric: string) => string;
  };
  readonly assumptions: string;
  readonly scores: { readonly band: string; readonly note: string };
  readonly velocity: { readonly step: string; readonly days: string; readonly note: string; readonly steps: { readonly [K in keyof Velocity]: string } };
  readonly email: { readonly campaign: string; readonly note: string };
  readonly guide: {
    readonly intro: string;
    readonly nameJa: string;
    readonly nameEn: string;
    readonly formula: string;
    readonly reading: string;
    readonly pitfall: string;
  };
}

const JAPANESE: ReportLabels = {
  sheetNames: {
    summary: 'ファネル概要',
    channels: 'チャネル別',
    monthly: '月次推移',
    scores: 'スコア分析',
    velocity: 'リードタイム',
    email: 'メール分析',
    guide: 'KPIガイド',
  },
  periodRange: (from, to) => `${from} 〜 ${to}`,
  viewNames: { cohort: 'コホート', period: '期間' },
  viewDescriptions: {
    cohort: 'コホート（期間内に作成されたリードが、基準日までにどの段階まで進んだかで集計）',
    period: '期間（各段階に進んだ日で集計）',
  },
  periodViewNote: '集計方法が「期間」のときは、分子と分母が同じリードとは限らないため、率が 100% を超えることがあります。',
  maturityNote:
    '「集計途中（暫定）」の月は、月末から基準日までの日数が、リードから受注までの日数の中央値（算出できないときは90日）に満たない月です。まだ途中の段階にあるリードが多いため、率は今後上がる見込みです。',
  context: (period, view, asOf) => `期間 ${period} ／ ${view} ／ 基準日 ${asOf}`,
  info: {
    period: '期間',
    view: '集計方法',
    note: '注意',
    asOf: '基準日',
    generatedAt: '作成日時',
    currency: '通貨',
  },
  scorecards: {
    heading: '主要KPI',
    measure: '指標',
    value: '実績',
    target: '目標',
    eventActual: '実績（発生日ベース）',
    attainment: '達成率',
    previous: (from, to) => `前期間（${from} 〜 ${to}）`,
    change: '前期間比',
  },
  funnel: {
    adHeading: '広告ファネル',
    salesHeading: '営業ファネル',
    stage: '段階',
    count: '件数',
    adChartTitle: '広告ファネル（表示回数 → クリック → セッション）',
    salesChartTitle: '営業ファネル（リード → 受注）',
  },
  pipeline: { heading: '商談の状況', status: '状態', count: '件数', amount: '金額' },
  findings: {
    heading: '気づき',
    none: '目立った点はありません（分母が20件以上の比較だけを取り上げます）。',
  },
  sources: {
    heading: '読み込んだタブ',
    tab: 'タブ',
    kind: '種類',
    rowsRead: '読み込んだ行',
    rowsSkipped: '除外した行',
    note: '備考',
    kinds: { ads: '広告', traffic: 'アクセス', leads: 'リード', deals: '商談', email: 'メール', targets: '目標' },
    unused: '使わない',
  },
  channels: { channel: 'チャネル', total: '合計', chartTitle: '費用と受注金額（チャネル別）' },
  secondaryTables: { web: '広告とサイト', deals: 'ステージと商談' },
  monthly: {
    month: '月',
    maturity: '集計状況',
    chartTitle: '月ごとの件数の推移',
    rateChartTitle: '月ごとの商談化率と受注率',
    targetsHeading: '目標と実績（実績は発生日ベース）',
    target: (metric) => `目標: ${metric}`,
    eventActual: (metric) => `実績（発生日ベース）: ${metric}`,
    attainment: (metric) => `達成率: ${metric}`,
  },
  assumptions: 'LTV の前提',
  scores: {
    band: 'スコア帯',
    note: 'リードのスコア帯ごとに、商談や受注に進んだ割合を比べます。スコアの高い帯ほど率が高ければ、スコアがうまく機能しています。',
  },
  velocity: {
    step: '区間',
    days: '日数（中央値）',
    note: '両方の日付がそろったリードだけで計算した中央値です。日付のないリードは含まれません。',
    steps: {
      leadToMqlDays: 'リード → MQL',
      mqlToSqlDays: 'MQL → SQL',
      sqlToOpportunityDays: 'SQL → 商談',
      opportunityToWonDays: '商談 → 受注',
      leadToWonDays: 'リード → 受注',
    },
  },
  email: {
    campaign: 'キャンペーン',
    note: '開封数はメールのプライバシー保護機能で多めに記録されることがあります。クリック率と反応率もあわせて見てください。',
  },
  guide: {
    intro: 'このレポートに出てくる指標の意味です。表の率はすべてセルの数式で計算しているので、セルを選ぶと計算のもとが分かります。',
    nameJa: '指標',
    nameEn: '英語名',
    formula: '計算式',
    reading: '見方',
    pitfall: 'よくある落とし穴',
  },
};

const ENGLISH: ReportLabels = {
  sheetNames: {
    summary: 'Funnel summary',
    channels: 'By channel',
    monthly: 'Monthly',
    scores: 'Lead score',
    velocity: 'Velocity',
    email: 'Email performance',
    guide: 'KPI guide',
  },
  periodRange: (from, to) => `${from} to ${to}`,
  viewNames: { cohort: 'Cohort view', period: 'Period view' },
  viewDescriptions: {
    cohort: 'Cohort (leads created in the period, and how far they got by the as-of date)',
    period: 'Period (each stage counted on the day it happened)',
  },
  periodViewNote: 'In the period view the numerator and the denominator are not necessarily the same leads, so rates can exceed 100%.',
  maturityNote:
    'A provisional month ended fewer days before the as-of date than the median lead-to-win time (90 days when unknown). Many of its leads are still on their way, so its rates are likely to rise.',
  context: (period, view, asOf) => `Period ${period} · ${view} · As of ${asOf}`,
  info: {
    period: 'Period',
    view: 'View',
    note: 'Note',
    asOf: 'As of',
    generatedAt: 'Generated at',
    currency: 'Currency',
  },
  scorecards: {
    heading: 'Headline KPIs',
    measure: 'KPI',
    value: 'Actual',
    target: 'Target',
    eventActual: 'Actual by event date',
    attainment: 'Attainment',
    previous: (from, to) => `Previous period (${from} to ${to})`,
    change: 'Change vs previous period',
  },
  funnel: {
    adHeading: 'Ad funnel',
    salesHeading: 'Sales funnel',
    stage: 'Stage',
    count: 'Count',
    adChartTitle: 'Ad funnel (impressions → clicks → sessions)',
    salesChartTitle: 'Sales funnel (leads → won)',
  },
  pipeline: { heading: 'Opportunities', status: 'Status', count: 'Count', amount: 'Amount' },
  findings: {
    heading: 'Findings',
    none: 'Nothing stands out (only comparisons with a denominator of at least 20 are reported).',
  },
  sources: {
    heading: 'Tabs read',
    tab: 'Tab',
    kind: 'Kind',
    rowsRead: 'Rows read',
    rowsSkipped: 'Rows skipped',
    note: 'Details',
    kinds: { ads: 'Ads', traffic: 'Traffic', leads: 'Leads', deals: 'Deals', email: 'Email', targets: 'Targets' },
    unused: 'Not used',
  },
  channels: { channel: 'Channel', total: 'Total', chartTitle: 'Cost and revenue by channel' },
  secondaryTables: { web: 'Ads and site', deals: 'Stages and deals' },
  monthly: {
    month: 'Month',
    maturity: 'Status',
    chartTitle: 'Counts by month',
    rateChartTitle: 'Rates by month',
    targetsHeading: 'Targets against actuals (actuals by event date)',
    target: (metric) => `Target: ${metric}`,
    eventActual: (metric) => `Actual by event date: ${metric}`,
    attainment: (metric) => `Attainment: ${metric}`,
  },
  assumptions: 'LTV assumptions',
  scores: {
    band: 'Score band',
    note: 'Compares how often leads in each score band became opportunities and wins. If higher bands convert better, the score is doing its job.',
  },
  velocity: {
    step: 'Step',
    days: 'Days (median)',
    note: 'Medians over the leads that have both dates; leads without them are left out.',
    steps: {
      leadToMqlDays: 'Lead → MQL',
      mqlToSqlDays: 'MQL → SQL',
      sqlToOpportunityDays: 'SQL → Opportunity',
      opportunityToWonDays: 'Opportunity → Won',
      leadToWonDays: 'Lead → Won',
    },
  },
  email: {
    campaign: 'Campaign',
    note: 'Privacy features can record opens that never happened; read the click and click-to-open rates too.',
  },
  guide: {
    intro: 'What each figure on this report means. Every rate in the tables is a formula over cells, so selecting a cell shows how it is computed.',
    nameJa: 'Japanese name',
    nameEn: 'KPI',
    formula: 'Formula',
    reading: 'How to read it',
    pitfall: 'Common pitfall',
  },
};

/**
 * The fixed words of the report in a language.
 *
 * @example
 * reportLabels('en').sheetNames.channels
 * //=> 'By channel'
 */
export function reportLabels(language: Language): ReportLabels {
  return language === 'ja' ? JAPANESE : ENGLISH;
}
