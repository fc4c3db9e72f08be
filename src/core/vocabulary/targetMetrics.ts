/**
 * Metric names of a targets tab (design §3.1): the values of a long layout's metric column and the
 * column headers of a wide layout, in Japanese and English.
 */
import type { TargetMetric } from '../model/types';
import { headerKey } from './headerKey';

const METRIC_ALIASES: { readonly [M in TargetMetric]: readonly string[] } = {
  impressions: ['表示回数', 'インプレッション', 'インプレッション数', 'imp', 'imps', 'impressions'],
  clicks: ['クリック', 'クリック数', 'clicks'],
  sessions: ['セッション', 'セッション数', '訪問数', 'sessions', 'visits'],
  leads: ['リード', 'リード数', 'リード件数', 'リード獲得数', '新規リード', '新規リード数', 'leads', 'lead', 'new leads'],
  mql: ['mql', 'mql数', 'mql件数'],
  sql: ['sql', 'sql数', 'sql件数'],
  opportunities: [
    '商談', '商談数', '商談件数', '商談化数', '新規商談数', '案件数', 'opportunities', 'opportunity', 'opps', 'deals',
  ],
  won: [
    '受注', '受注数', '受注件数', '新規受注数', '成約', '成約数', '成約件数', '新規顧客数', 'won', 'wins', 'closed won',
    'customers', 'new customers',
  ],
  cost: ['費用', '広告費', '広告費用', 'コスト', '予算', '広告予算', 'cost', 'spend', 'ad spend', 'budget'],
  revenue: [
    '受注金額', '受注額', '売上', '売上高', '売上金額', '成約金額', '契約金額', 'revenue', 'sales', 'bookings',
  ],
};

/** The metric aliases by key, built on first use (module top levels build no tables, design §10). */
let metricByKey: ReadonlyMap<string, TargetMetric> | null = null;

function buildMetricByKey(): ReadonlyMap<string, TargetMetric> {
  const map = new Map<string, TargetMetric>();
  for (const metric of Object.keys(METRIC_ALIASES) as TargetMetric[]) {
    for (const alias of METRIC_ALIASES[metric]) map.set(headerKey(alias), metric);
  }
  return map;
}

const TARGET_WORD = '目標値|目標|target|goal|計画|plan';
const TARGET_AFFIXES = [
  new RegExp(`^(?:${TARGET_WORD})(?:の)?`),
  new RegExp(`\\((?:${TARGET_WORD})\\)$`),
  new RegExp(`(?:の)?(?:${TARGET_WORD})$`),
];

/**
 * The target metric a text names, ignoring a target word around it (`リード数目標`,
 * `目標リード数`, `売上目標`, `Leads target`, `商談数(目標)`); `null` when it names none.
 *
 * @example
 * targetMetricFromText('受注金額目標')
 * //=> 'revenue'
 */
export function targetMetricFromText(value: unknown): TargetMetric | null {
  if (typeof value !== 'string') return null;
  const key = headerKey(value);
  metricByKey ??= buildMetricByKey();
  const direct = metricByKey.get(key);
  if (direct) return direct;
  let stripped = key;
  for (const affix of TARGET_AFFIXES) stripped = stripped.replace(affix, '');
  return stripped === '' ? null : (metricByKey.get(stripped) ?? null);
}

/**
 * True when a text mentions a target or plan (`目標`, `予算`, `target`, `goal`, `計画`, `KPI`).
 *
 * @example
 * mentionsTarget('2025年度 目標')
 * //=> true
 */
export function mentionsTarget(value: string): boolean {
  return /目標|予算|target|goal|計画|plan|kpi/.test(headerKey(value));
}
