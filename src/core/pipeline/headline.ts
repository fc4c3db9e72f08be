/**
 * The headline KPIs (design §6, sheet 1): what the sidebar's result panel, `npm start` and the CLI
 * print. Numbers and money are worded by `funnel/format` and `money/currency`.
 */
import type { Language } from '../model/types';
import type { Bilingual } from '../text/translate';
import type { FunnelSummary, KpiRow } from '../model/summary';
import { formatMoney, formatMultiple, formatNumber, formatPercent, formatRoas } from '../funnel/format';

export interface Headline {
  readonly key: 'leads' | 'opportunityRate' | 'winRate' | 'cac' | 'roas' | 'ltvToCac';
  readonly label: string;
  /** Display text, `—` when the value cannot be computed. */
  readonly value: string;
}

const LABELS: Record<Headline['key'], Bilingual> = {
  leads: { ja: 'リード数', en: 'Leads' },
  opportunityRate: { ja: '商談化率', en: 'Opportunity rate' },
  winRate: { ja: '受注率', en: 'Win rate' },
  cac: { ja: '顧客獲得単価（CAC）', en: 'CAC' },
  roas: { ja: 'ROAS', en: 'ROAS' },
  ltvToCac: { ja: 'LTV/CAC', en: 'LTV/CAC' },
};

function entry(key: Headline['key'], language: Language, raw: number | null, format: (v: number) => string): Headline {
  return { key, label: LABELS[key][language], value: raw === null ? '—' : format(raw) };
}

/**
 * The 5 headline KPIs of a summary: leads, 商談化率, 受注率 (of closed opportunities), CAC, and
 * ROAS — or LTV/CAC when LTV settings were given.
 *
 * @example
 * headlineKpis(summary, 'ja').map((h) => h.label)
 * //=> ['リード数', '商談化率', '受注率', '顧客獲得単価（CAC）', 'ROAS']
 */
export function headlineKpis(summary: FunnelSummary, language: Language): Headline[] {
  const total: KpiRow = summary.total;
  const money = (v: number): string => formatMoney(v, summary.currency);
  // ROAS as a percentage in Japanese and a multiple in English (design §5); LTV/CAC as a multiple.
  const last =
    total.ltvToCac !== null
      ? entry('ltvToCac', language, total.ltvToCac, (v) => formatMultiple(v, language))
      : entry('roas', language, total.roas, (v) => formatRoas(v, language));
  return [
    entry('leads', language, total.leads, (v) => formatNumber(v, 0)),
    entry('opportunityRate', language, total.opportunityRate, formatPercent),
    entry('winRate', language, total.winRate, formatPercent),
    entry('cac', language, total.cac, money),
    last,
  ];
}
