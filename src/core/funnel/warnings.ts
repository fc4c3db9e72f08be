/**
 * Warnings the funnel engine adds to the parser's (design §4.2, §4.3, §4.6), in the user's language.
 */
import { PAID_GROUPS } from '../channels/groups';
import type { ChannelGroupRow, ChannelRow } from '../model/summary';
import type { DealRow, Language, Warning } from '../model/types';
import { compareCodeUnits } from './labels';
import { formatCount, listLabels, quoteLabel } from './format';
import { serverMessage } from '../text/messages';
import { joinList } from '../text/wording';
import { dayToIso } from '../dates/calendar';
import type { FunnelWindow } from './window';

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
      // The first row it names, so a reader (and the JSON) can go straight to it.
      return { tab, row: sorted[0] ?? null, field: null, code: 'unlinked_deals' as const, message };
    });
}

/** How many channels a group warning names inside the brackets after the group. */
const CHANNELS_NAMED = 3;

/** 「ディスプレイ広告」（YDA、GDN）: a group and the channels that explain the warning. */
function groupWithChannels(group: ChannelGroupRow, channels: readonly ChannelRow[], pick: (row: ChannelRow) => boolean, language: Language): string {
  const members = channels.filter((row) => row.groupId === group.groupId && pick(row)).map((row) => row.channel);
  const quoted = quoteLabel(group.group, language);
  if (members.length === 0) return quoted;
  const named = listLabels(members, language, CHANNELS_NAMED);
  return language === 'ja' ? `${quoted}（${named}）` : `${quoted} (${named})`;
}

/**
 * Warnings about channel groups whose cost and leads do not meet (design §4.6): a group with cost
 * but no leads, and a paid group with leads but no cost. A free group (自然検索, 紹介 …) with leads
 * and no cost is expected and not warned about. Needs both an ads tab and a leads tab.
 *
 * @example
 * groupCostWarnings([{ ...group, group: 'ディスプレイ広告', groupId: 'display', cost: 50000, leads: 0 }], [{ ...row, channel: 'YDA', groupId: 'display', cost: 50000 }], 'ja')[0]?.message
 * //=> '費用があるのにリードが0件のチャネルグループがあります: 「ディスプレイ広告」（YDA）。リードの流入元の値がこのグループに振り分けられているか、チャネルの対応づけで確認してください。'
 */
export function groupCostWarnings(groups: readonly ChannelGroupRow[], channels: readonly ChannelRow[], language: Language): Warning[] {
  const warnings: Warning[] = [];
  const costOnly = groups.filter((row) => (row.cost ?? 0) > 0 && row.leads === 0);
  if (costOnly.length > 0) {
    const names = listLabels(costOnly.map((group) => groupWithChannels(group, channels, (row) => (row.cost ?? 0) > 0, language)), language);
    warnings.push({ tab: null, row: null, field: 'channel', code: 'channel_cost_without_leads', message: serverMessage(language, 'funnel.groupCostWithoutLeads', { groups: names }) });
  }
  const leadsOnly = groups.filter((row) => PAID_GROUPS.has(row.groupId) && (row.leads ?? 0) > 0 && row.cost === 0);
  if (leadsOnly.length > 0) {
    const names = listLabels(leadsOnly.map((group) => groupWithChannels(group, channels, (row) => (row.leads ?? 0) > 0, language)), language);
    warnings.push({ tab: null, row: null, field: 'channel', code: 'channel_leads_without_cost', message: serverMessage(language, 'funnel.groupLeadsWithoutCost', { groups: names }) });
  }
  return warnings;
}

/**
 * The warning that the chosen period misses every date in the data (the report would be empty);
 * `null` when the period and the data overlap.
 *
 * @example
 * periodOutsideDataWarning({ from: 100, to: 130, asOf: 400, dataFrom: 300, dataTo: 400 }, 'en')?.code
 * //=> 'period_outside_data'
 */
export function periodOutsideDataWarning(window: FunnelWindow, language: Language): Warning | null {
  const { dataFrom, dataTo } = window;
  if (dataFrom === null || dataFrom === undefined || dataTo === null || dataTo === undefined || (window.to >= dataFrom && window.from <= dataTo)) return null;
  return {
    tab: null,
    row: null,
    field: null,
    code: 'period_outside_data',
    message: serverMessage(language, 'funnel.periodOutsideData', { from: dayToIso(window.from), to: dayToIso(window.to), dataFrom: dayToIso(dataFrom), dataTo: dayToIso(dataTo) }),
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
