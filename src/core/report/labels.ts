/**
 * Every fixed word on the report sheets, in Japanese and English. KPI names live in the KPI catalog;
 * this file holds sheet names, headings, headers and notes.
 */
import type { DuplicateReason } from '../model/breakdowns';
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
  readonly channels: {
    readonly channel: string;
    readonly total: string;
    readonly chartTitle: string;
    /** Caption of the small group table the chart draws from. */
    readonly chartTable: string;
    readonly group: string;
  };
  /** The channel hygiene audit under the チャネル別 tables (design §4.6). */
  readonly channelAudit: {
    readonly heading: string;
    readonly note: string;
    readonly tab: string;
    readonly value: string;
    readonly rows: string;
    readonly rule: string;
    /** What a blank cell's value shows as. */
    readonly blank: string;
    readonly duplicatesHeading: string;
    readonly duplicateFirst: string;
    readonly duplicateSecond: string;
    readonly reason: string;
    readonly reasons: { readonly [R in DuplicateReason]: string };
    readonly otherHeading: string;
  };
  /** 属性別 (design §4.7). */
  readonly attributes: {
    readonly note: (minimum: number) => string;
    readonly value: string;
    readonly smallSample: string;
    readonly yes: string;
    readonly merged: (distinct: number) => string;
  };
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
  /** 目標逆算 (design §6.3) and the 見込み table it shares with the monthly sheet. */
  readonly plan: {
    readonly note: string;
    readonly roughGuide: string;
    readonly noTarget: string;
    readonly inputs: string;
    readonly item: string;
    readonly value: string;
    readonly source: string;
    readonly basis: string;
    readonly observed: string;
    readonly observedHeader: (name: string) => string;
    readonly targetSources: { readonly targets: string; readonly settings: string; readonly none: string };
    readonly targetRevenue: string;
    readonly targetCustomers: string;
    readonly steps: { readonly win: string; readonly opportunity: string; readonly sql: string; readonly mql: string };
    readonly leadToWonDays: string;
    /** The win rate's basis: deals won or lost (open deals do not count). */
    readonly closedDeals: string;
    readonly basisCount: (stage: string, count: string) => string;
    readonly required: string;
    readonly stage: string;
    readonly budget: string;
    readonly leadTiming: (from: string, to: string) => string;
    readonly byGroup: string;
    readonly group: string;
    readonly leadShare: string;
    readonly total: string;
    readonly projections: string;
    readonly provisionalMonth: string;
    readonly actual: (stage: string) => string;
    readonly expected: (stage: string) => string;
    readonly low: string;
    readonly high: string;
  };
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
    attributes: '属性別',
    plan: '目標逆算',
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
  channels: {
    channel: 'チャネル',
    total: '合計',
    chartTitle: '費用と受注金額（チャネルグループ別）',
    chartTable: 'グラフ用：チャネルグループ別の費用と受注金額',
    group: 'チャネルグループ',
  },
  channelAudit: {
    heading: 'チャネル名の点検',
    note: '各タブのチャネルの値が、どのチャネルとグループに入ったかの一覧です。グループを変えるときは、サイドバーの「チャネルの対応づけ」で指定します。',
    tab: 'タブ',
    value: '元の値',
    rows: '行数',
    rule: '判定の根拠',
    blank: '（空欄）',
    duplicatesHeading: '同じチャネルの表記ゆれかもしれない組',
    duplicateFirst: 'チャネル',
    duplicateSecond: 'よく似たチャネル',
    reason: '理由',
    reasons: {
      same_name: '同じ名前の別表記',
      kana: 'カナの表記ちがい',
      romaji: 'ローマ字とカナ',
      spelling: '1〜2文字ちがい',
    },
    otherHeading: 'どのルールにも当てはまらず「その他」に入った値',
  },
  attributes: {
    note: (minimum) => `期間内に作成されたリードを、リードの属性ごとに集計しています。リードが${minimum}件未満の行は率のぶれが大きいため「少数」と示します。`,
    value: '値',
    smallSample: '少数',
    yes: '少数',
    merged: (distinct) => `値は${distinct}種類。少ないものは「その他」にまとめています。`,
  },
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
  plan: {
    note: '実績値のセルは上書きできます。必要数と予算は数式で計算し直されます。率は集計が済んだ月のリードから算出しています。',
    roughGuide: '件数が20未満の率があるため、この計画は目安です。',
    noTarget: '目標が未設定です。目標のセル（— と表示）に入力すると計算されます。',
    inputs: '前提（上書きできます）',
    item: '項目',
    value: '値',
    source: '出どころ',
    basis: '根拠',
    observed: '実績値',
    observedHeader: (name) => `${name}（実績値）`,
    targetSources: { targets: '目標タブ', settings: '設定', none: '未設定' },
    targetRevenue: '目標 受注金額',
    targetCustomers: '目標 新規顧客数',
    steps: { win: '受注率（決着した商談）', opportunity: '商談化率（前の段階から）', sql: 'SQL化率（前の段階から）', mql: 'MQL化率' },
    leadToWonDays: 'リード → 受注 日数（中央値）',
    closedDeals: '決着した商談',
    basisCount: (stage, count) => `${stage} ${count}件`,
    required: '必要数',
    stage: '段階',
    budget: '予算（リード × CPL）',
    leadTiming: (from, to) => `リードが必要な時期: ${from} 〜 ${to}`,
    byGroup: 'チャネルグループ別（リード構成比は上書きできます）',
    group: 'チャネルグループ',
    leadShare: 'リード構成比',
    total: '合計',
    projections: '集計途中の月の見込み（実績には含めていません）',
    provisionalMonth: '集計途中の月',
    actual: (stage) => `${stage}（実績）`,
    expected: (stage) => `${stage} 見込み`,
    low: '下限',
    high: '上限',
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
    attributes: 'By attribute',
    plan: 'Plan',
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
  channels: {
    channel: 'Channel',
    total: 'Total',
    chartTitle: 'Cost and revenue by channel group',
    chartTable: 'For the chart: cost and revenue by channel group',
    group: 'Channel group',
  },
  channelAudit: {
    heading: 'Channel names check',
    note: 'Every channel value of every tab, and the channel and group it went to. To move a value to another group, use Channel mapping in the sidebar.',
    tab: 'Tab',
    value: 'Value as written',
    rows: 'Rows',
    rule: 'Placed by',
    blank: '(blank)',
    duplicatesHeading: 'Channels that may be one source spelled two ways',
    duplicateFirst: 'Channel',
    duplicateSecond: 'Similar channel',
    reason: 'Why',
    reasons: {
      same_name: 'Same name, written differently',
      kana: 'Kana spelling',
      romaji: 'Romaji and kana',
      spelling: 'Differs by 1–2 letters',
    },
    otherHeading: 'Values no rule matched (placed in Other)',
  },
  attributes: {
    note: (minimum) => `Leads created in the period, by lead attribute. Rows with fewer than ${minimum} leads are marked small: their rates move a lot by chance.`,
    value: 'Value',
    smallSample: 'Small sample',
    yes: 'Small',
    merged: (distinct) => `${distinct} distinct values; the smallest are merged into Other.`,
  },
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
  plan: {
    note: 'Observed cells may be overwritten; the required counts and budget are formulas over them. Rates come from the leads of complete months.',
    roughGuide: 'Some rate rests on fewer than 20: treat this plan as a rough guide.',
    noTarget: 'No target set: type one into the target cell (shown as —).',
    inputs: 'Inputs (editable)',
    item: 'Item',
    value: 'Value',
    source: 'Source',
    basis: 'Based on',
    observed: 'Observed',
    observedHeader: (name) => `${name} (observed)`,
    targetSources: { targets: 'Targets tab', settings: 'Settings', none: 'Not set' },
    targetRevenue: 'Target revenue',
    targetCustomers: 'Target new customers',
    steps: { win: 'Win rate (closed deals)', opportunity: 'Opportunity rate (from the stage above)', sql: 'SQL rate (from the stage above)', mql: 'MQL rate' },
    leadToWonDays: 'Lead → won days (median)',
    closedDeals: 'Closed deals',
    basisCount: (stage, count) => `${stage}: ${count}`,
    required: 'Required',
    stage: 'Stage',
    budget: 'Budget (leads × CPL)',
    leadTiming: (from, to) => `Leads needed from ${from} to ${to}`,
    byGroup: 'By channel group (lead share editable)',
    group: 'Channel group',
    leadShare: 'Lead share',
    total: 'Total',
    projections: 'Provisional months: expected (not in the actuals)',
    provisionalMonth: 'Provisional month',
    actual: (stage) => `${stage} (actual)`,
    expected: (stage) => `${stage} expected`,
    low: 'Low',
    high: 'High',
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
