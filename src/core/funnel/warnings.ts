/**
 * Warnings the funnel engine adds to the parser's (design §4.2, §4.3, §4.6), in the user's language.
 */
import type { DealRow, Language, Warning } from '../model/types';
import { compareCodeUnits } from './labels';
import { formatCount, listLabels, quoteLabel } from './format';

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
    message:
      language === 'ja'
        ? `同じリードの重複行が${count}行あったため、元のリードにまとめて数えました（リードIDが同じ行、リードIDがない行はメールアドレスが同じ行を重複とみなします）。`
        : `Merged ${count} duplicate lead rows into the leads they repeat (same lead ID, or same email address for rows without a lead ID).`,
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
      const named = sorted.slice(0, ROWS_NAMED).join(language === 'ja' ? '、' : ', ');
      const more = sorted.length - ROWS_NAMED;
      const count = formatCount(sorted.length);
      const message =
        language === 'ja'
          ? `このタブの商談${count}件が、どのリードとも結び付きません（${named}行目${more > 0 ? `ほか${more}件` : ''}）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「期間」の場合は商談自身の日付とチャネルで集計します。`
          : sorted.length === 1
            ? `1 deal in this tab matches no lead (row ${named}). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the period view counts it by its own dates and channel.`
            : `${count} deals in this tab match no lead (rows ${named}${more > 0 ? ` and ${more} more` : ''}). Check that their lead IDs or emails match the leads tab. The cohort view leaves them out; the period view counts them by their own dates and channels.`;
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
    message:
      language === 'ja'
        ? `費用があるのにリードが0件のチャネルがあります: ${names}。広告とリードでチャネル名の表記が違っていないか確認してください。`
        : `Some channels have cost but no leads: ${names}. Check that the channel names are spelled the same in the ad and lead data.`,
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
    message:
      language === 'ja'
        ? `リードがあるのに費用が0のチャネルがあります: ${names}。紹介や自然検索など費用のかからないチャネルなら問題ありません。そうでなければ、広告とリードでチャネル名の表記が違っていないか確認してください。`
        : `Some channels have leads but no cost: ${names}. That is expected for free channels (referrals, organic search); otherwise check that the channel names are spelled the same in the ad and lead data.`,
  };
}
