/**
 * Numbers and names as the findings write them, in the user's language.
 */
import type { Language, TargetMetric } from '../../model/types';
import { formatApproximateMoney } from '../../money/currency';
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

/**
 * A count for a sentence: the number in Japanese (the template writes 件 after it), the number and
 * its noun in English, singular or plural ("1 more opportunity", "3 won deals").
 *
 * @example
 * counted(1, 'en', 'more opportunity')
 * //=> '1 more opportunity'
 * counted(14, 'en', 'more opportunity')
 * //=> '14 more opportunities'
 * counted(46, 'en', 'day')
 * //=> '46 days'
 */
export function counted(value: number, language: Language, noun: string): string {
  const number = formatCount(value);
  if (language === 'ja') return number;
  return `${number} ${value === 1 ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

/** Money in a finding's prose, rounded for reading (約2,541万円, about ¥25.4 million); the tables keep the exact figure. */
export function proseMoney(value: number, language: Language, currency: string): string {
  return formatApproximateMoney(value, currency, language);
}

/** An estimate in a finding's prose: always 約 / "about", even when the product happens to be round. */
export function estimateMoney(value: number, language: Language, currency: string): string {
  return formatApproximateMoney(value, currency, language, { estimate: true });
}

/** A value of a metric: money for revenue and cost (rounded for reading), a count otherwise. */
export function metricValue(metric: TargetMetric, value: number, language: Language, currency: string): string {
  return metric === 'revenue' || metric === 'cost' ? proseMoney(value, language, currency) : countText(Math.round(value), language);
}

/**
 * "商談30件 ÷ リード120件" / "30 opportunities ÷ 120 leads" (English nouns given in the singular).
 *
 * @example
 * ratioText(30, 120, ['商談', 'opportunity'], ['リード', 'lead'], 'en')
 * //=> '30 opportunities ÷ 120 leads'
 */
export function ratioText(numerator: number, denominator: number, top: readonly [string, string], bottom: readonly [string, string], language: Language): string {
  return language === 'ja'
    ? `${top[0]}${formatCount(numerator)}件 ÷ ${bottom[0]}${formatCount(denominator)}件`
    : `${counted(numerator, language, top[1])} ÷ ${counted(denominator, language, bottom[1])}`;
}

export { formatCount, formatMoney, formatPercent };
