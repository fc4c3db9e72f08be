/**
 * The headline KPIs (design §6, sheet 1): what the sidebar's result panel, `npm start` and the CLI
 * print. Plain text formatting without Intl (not guaranteed in Apps Script).
 */
import type { Language } from '../model/types';
import type { FunnelSummary, KpiRow } from '../model/summary';

export interface Headline {
  readonly key: 'leads' | 'opportunityRate' | 'winRate' | 'cac' | 'roas' | 'ltvToCac';
  readonly label: string;
  /** Display text, `—` when the value cannot be computed. */
  readonly value: string;
}

const LABELS: Record<Headline['key'], { readonly [L in Language]: string }> = {
  leads: { ja: 'リード数', en: 'Leads' },
  opportunityRate: { ja: '商談化率', en: 'Opportunity rate' },
  winRate: { ja: '受注率', en: 'Win rate' },
  cac: { ja: '顧客獲得単価（CAC）', en: 'CAC' },
  roas: { ja: 'ROAS', en: 'ROAS' },
  ltvToCac: { ja: 'LTV/CAC', en: 'LTV/CAC' },
};

const CURRENCY_SYMBOLS: Record<string, string> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£' };

/**
 * Groups digits by thousands.
 *
 * @example
 * groupThousands(1234567.891, 0)
 * //=> '1,234,568'
 */
export function groupThousands(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Formats a money amount in the report currency.
 *
 * @example
 * formatMoney(45000, 'JPY')
 * //=> '¥45,000'
 * formatMoney(12.5, 'USD')
 * //=> '$12.50'
 */
export function formatMoney(value: number, currency: string): string {
  const decimals = currency === 'JPY' ? 0 : 2;
  const symbol = CURRENCY_SYMBOLS[currency];
  const amount = groupThousands(value, decimals);
  return symbol ? (amount.startsWith('-') ? `-${symbol}${amount.slice(1)}` : `${symbol}${amount}`) : `${amount} ${currency}`;
}

/**
 * Formats a fraction as a percentage with one decimal.
 *
 * @example
 * formatPercent(0.1234)
 * //=> '12.3%'
 */
export function formatPercent(value: number): string {
  return `${groupThousands(value * 100, 1)}%`;
}

function entry(key: Headline['key'], language: Language, raw: number | null, format: (v: number) => string): Headline {
  return { key, label: LABELS[key][language], value: raw === null ? '—' : format(raw) };
}

/**
 * The 5 headline KPIs of a summary: leads, 商談化率, 受注率, CAC, and ROAS — or LTV/CAC when LTV
 * settings were given.
 *
 * @example
 * headlineKpis(summary, 'ja').map((h) => h.label)
 * //=> ['リード数', '商談化率', '受注率', '顧客獲得単価（CAC）', 'ROAS']
 */
export function headlineKpis(summary: FunnelSummary, language: Language): Headline[] {
  const total: KpiRow = summary.total;
  const money = (v: number): string => formatMoney(v, summary.currency);
  const ratio = (v: number): string => `${groupThousands(v, 2)}`;
  const last =
    total.ltvToCac !== null ? entry('ltvToCac', language, total.ltvToCac, ratio) : entry('roas', language, total.roas, ratio);
  return [
    entry('leads', language, total.leads, (v) => groupThousands(v, 0)),
    entry('opportunityRate', language, total.opportunityRate, formatPercent),
    entry('winRate', language, total.winRate, formatPercent),
    entry('cac', language, total.cac, money),
    last,
  ];
}
