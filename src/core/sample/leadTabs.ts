/**
 * Renders the simulated leads and deals as an MA-tool lead export (リード) and a CRM deal export
 * (商談), the way a Japanese HubSpot or Salesforce portal writes them.
 */
import type { SampleCell, SampleTab } from './cells';
import { cellOfDay, rectangular } from './grid';
import type { DealPhase, SampleDeal, SimulatedFunnel } from './leads';
import { FISCAL_YEAR_END } from './plan';
import type { YearDay } from './year';

export const LEAD_HEADERS = ['リードID', '作成日', '会社名', 'メールアドレス', '流入元', 'スコア', 'MQL日', 'SQL日', 'ライフサイクルステージ', '業種', '従業員数'] as const;
export const DEAL_HEADERS = ['商談ID', '取引先', 'メールアドレス', '作成日', 'フェーズ', '完了予定日', '金額'] as const;

/**
 * Phase shown for a deal on the last day of the year: closed deals show their outcome, open ones
 * move from 商談中 (under 21 days old) to 提案 (under 50) to 見積.
 *
 * @example
 * dealPhase({ ...deal, outcome: 'open', created: dayFromIso('2026-03-20') })
 * //=> '商談中'
 */
export function dealPhase(deal: SampleDeal): DealPhase {
  if (deal.outcome === 'won') return '受注';
  if (deal.outcome === 'lost') return '失注';
  const age = FISCAL_YEAR_END - deal.created;
  return age < 21 ? '商談中' : age < 50 ? '提案' : '見積';
}

/**
 * The リード tab: one row per lead with its stage dates, lifecycle stage, and its company's industry
 * and headcount (the attributes of design §4.7).
 *
 * @example
 * leadsTab(simulateFunnel(createRandom(1), days, 100), days, 'リード').values[0]
 * //=> ['リードID', '作成日', '会社名', 'メールアドレス', '流入元', 'スコア', 'MQL日', 'SQL日', 'ライフサイクルステージ', '業種', '従業員数']
 */
export function leadsTab(funnel: SimulatedFunnel, days: readonly YearDay[], name: string): SampleTab {
  const rows: SampleCell[][] = [[...LEAD_HEADERS]];
  for (const lead of funnel.leads) {
    rows.push([
      lead.id,
      lead.createdText ?? cellOfDay(days, lead.created),
      lead.company.name,
      lead.email,
      lead.channelLabel,
      lead.score,
      lead.mql === null ? '' : cellOfDay(days, lead.mql),
      lead.sql === null ? '' : cellOfDay(days, lead.sql),
      lead.lifecycle,
      lead.company.industry,
      lead.company.employees,
    ]);
  }
  return { name, values: rectangular(rows) };
}

/**
 * The 商談 tab: one row per deal, linked to its lead only by the email address.
 *
 * @example
 * dealsTab(simulateFunnel(createRandom(1), days, 100), days, '商談').values[0]
 * //=> ['商談ID', '取引先', 'メールアドレス', '作成日', 'フェーズ', '完了予定日', '金額']
 */
export function dealsTab(funnel: SimulatedFunnel, days: readonly YearDay[], name: string): SampleTab {
  const rows: SampleCell[][] = [[...DEAL_HEADERS]];
  funnel.deals.forEach((deal, index) => {
    rows.push([
      `OPP-${String(index + 1).padStart(5, '0')}`,
      deal.company,
      deal.email,
      cellOfDay(days, deal.created),
      dealPhase(deal),
      cellOfDay(days, deal.closeDay),
      deal.amount,
    ]);
  });
  return { name, values: rectangular(rows) };
}
