/**
 * Warnings the funnel engine adds to the parser's (design §4.2, §4.3, §4.6), in the user's language.
 */
import type { DealRow, Language, Warning } from '../model/types';
import { compareCodeUnits } from './labels';
import { formatCount, listLabels, quoteLabel } from './format';
import { serverMessage } from '../text/messages';
import { joinList } from '../text/wording';

/** How many row numbers an unlinked-deals warning names before summarising the rest. */
const ROWS_NAMED = 5;

/**
 * The warning that duplicate lead rows were merged; `null` when none were.
 *
 * @example
 * duplicateLeadsWarning(3, 'en')?.message
 * //=> 'Merged 3 duplicate lead rows into the leads they repeat (same lead ID, or same email address for rows without a lead ID).'
 */
export function duplicateLeadsWarning(mergedRows: number, language: Language): Warning | null {
  if (mergedRows <= 0) return null;
  const count = formatCount(mergedRows);
  return {
    tab: null,
    row: null,
    field: 'lead_id',
    code: 'duplicate_leads_merged',
    message: serverMessage(language, 'funnel.duplicateLeads', { count }),
  };
}

/**
 * One warning per deals tab listing deals that match no lead, with the first few row numbers.
 *
 * @example
 * unlinkedDealsWarnings([{ ...deal, tab: '商談', row: 4 }], 'en')[0]?.message
 * //=> '1 deal in this tab matches no lead (row 4). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the period view counts it by its own dates and channel.'
 */
export function unlinkedDealsWarnings(deals: readonly DealRow[], language: Language): Warning[] {
  const rowsByTab = new Map<string, number[]>();
  for (const deal of deals) {
    const rows = rowsByTab.get(deal.tab) ?? [];
    rows.push(deal.row);
    rowsByTab.set(deal.tab, rows);
  }
  return [...rowsByTab.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([tab, rows]) => {
      const sorted = [...rows].sort((a, b) => a - b);
      const named = joinList(sorted.slice(0, ROWS_NAMED).map(String), language);
      const rest = sorted.length - ROWS_NAMED;
      const more = rest > 0 ? serverMessage(language, 'funnel.unlinkedDealsMore', { count: formatCount(rest) }) : '';
      const message =
        sorted.length === 1
          ? serverMessage(language, 'funnel.unlinkedDeal', { rows: named })
          : serverMessage(language, 'funnel.unlinkedDeals', { count: formatCount(sorted.length), rows: named, more });
      return { tab, row: null, field: null, code: 'unlinked_deals' as const, message };
    });
}

/**
 * The warning naming channels that have cost but no leads; `null` when there are none.
 *
 * @example
 * costWithoutLeadsWarning(['展示会'], 'ja')?.message
 * //=> '費用があるのにリードが0件のチャネルがあります: 「展示会」。広告とリードでチャネル名の表記が違っていないか確認してください。'
 */
export function costWithoutLeadsWarning(channels: readonly string[], language: Language): Warning | null {
  if (channels.length === 0) return null;
  const names = listLabels(channels.map((channel) => quoteLabel(channel, language)), language);
  return {
    tab: null,
    row: null,
    field: 'channel',
    code: 'channel_cost_without_leads',
    message: serverMessage(language, 'funnel.costWithoutLeads', { channels: names }),
  };
}

/**
 * The warning naming channels that have leads but no cost; `null` when there are none.
 *
 * @example
 * leadsWithoutCostWarning(['紹介'], 'en')?.message
 * //=> 'Some channels have leads but no cost: "紹介". That is expected for free channels (referrals, organic search); otherwise check that the channel names are spelled the same in the ad and lead data.'
 */
export function leadsWithoutCostWarning(channels: readonly string[], language: Language): Warning | null {
  if (channels.length === 0) return null;
  const names = listLabels(channels.map((channel) => quoteLabel(channel, language)), language);
  return {
    tab: null,
    row: null,
    field: 'channel',
    code: 'channel_leads_without_cost',
    message: serverMessage(language, 'funnel.leadsWithoutCost', { channels: names }),
  };
}

/**
 * The warning that a workbook with deals and no leads is counted in the period view.
 *
 * @example
 * periodViewWithoutLeadsWarning('en').code
 * //=> 'period_view_without_leads'
 */
export function periodViewWithoutLeadsWarning(language: Language): Warning {
  return { tab: null, row: null, field: null, code: 'period_view_without_leads', message: serverMessage(language, 'funnel.periodViewWithoutLeads') };
}
