/**
 * Numbers and names as the findings write them, in the user's language.
 */
import type { Language, TargetMetric } from '../../model/types';
import type { Bilingual } from '../../text/translate';
import { formatCount, formatMoney, formatPercent } from '../format';

const METRIC_NAMES: Readonly<Record<TargetMetric, Bilingual>> = {
  impressions: { ja: '表示回数', en: 'Impressions' },
  clicks: { ja: 'クリック数', en: 'Clicks' },
  sessions: { ja: 'セッション', en: 'Sessions' },
  leads: { ja: 'リード', en: 'Leads' },
  mql: { ja: 'MQL', en: 'MQLs' },
  sql: { ja: 'SQL', en: 'SQLs' },
  opportunities: { ja: '商談', en: 'Opportunities' },
  won: { ja: '受注', en: 'Won deals' },
  cost: { ja: '費用', en: 'Cost' },
  revenue: { ja: '受注金額', en: 'Revenue' },
};

/** The name of a target metric, as the subject of a sentence. */
export function metricName(metric: TargetMetric, language: Language): string {
  return METRIC_NAMES[metric][language];
}

/**
 * A count with its unit: "12件" in Japanese, "12" in English.
 *
 * @example
 * countText(1234, 'ja')
 * //=> '1,234件'
 */
export function countText(value: number, language: Language): string {
  return language === 'ja' ? `${formatCount(value)}件` : formatCount(value);
}

/** A value of a metric: money for revenue and cost, a count otherwise. */
export function metricValue(metric: TargetMetric, value: number, language: Language, currency: string): string {
  return metric === 'revenue' || metric === 'cost' ? formatMoney(value, currency) : countText(Math.round(value), language);
}

/**
 * "商談 30件 ÷ リード 120件" / "30 opportunities ÷ 120 leads".
 *
 * @example
 * ratioText(30, 120, ['商談', 'opportunities'], ['リード', 'leads'], 'en')
 * //=> '30 opportunities ÷ 120 leads'
 */
export function ratioText(numerator: number, denominator: number, top: readonly [string, string], bottom: readonly [string, string], language: Language): string {
  return language === 'ja'
    ? `${top[0]} ${formatCount(numerator)}件 ÷ ${bottom[0]} ${formatCount(denominator)}件`
    : `${formatCount(numerator)} ${top[1]} ÷ ${formatCount(denominator)} ${bottom[1]}`;
}

export { formatCount, formatMoney, formatPercent };
