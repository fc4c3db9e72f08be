/**
 * The rule names and the list of channels the sidebar's チャネルの対応づけ section edits (design §4.6,
 * §8): the hygiene audit's raw values folded per channel (one override maps every spelling of a
 * channel, since overrides are keyed by the normalised value), most rows first, bounded so the
 * sidebar's payload stays small whatever the data.
 */
import type { ChannelGroupId, ChannelMapRow, ChannelRule } from '../model/breakdowns';
import type { Bilingual } from '../text/translate';

/** What placed a channel in its group, as the report's audit and the sidebar name it. */
export const CHANNEL_RULE_LABELS: { readonly [R in ChannelRule]: Bilingual } = {
  user: { ja: 'ユーザーの対応づけ', en: 'Your mapping' },
  group_name: { ja: 'グループ名', en: 'Group name' },
  ga4_channel_group: { ja: 'GA4 のチャネルグループ', en: 'GA4 channel group' },
  hubspot_source: { ja: 'HubSpot の流入元', en: 'HubSpot source' },
  source_medium: { ja: '参照元 / メディア（UTM）', en: 'Source / medium (UTM)' },
  ad_platform: { ja: '広告媒体名', en: 'Ad platform' },
  words: { ja: 'キーワード', en: 'Keyword' },
  unmatched: { ja: '該当なし（その他）', en: 'No rule matched (Other)' },
  blank: { ja: '空欄', en: 'Blank' },
};

/** One channel as the sidebar lists it: language-neutral (ids), worded by the sidebar. */
export interface ChannelListEntry {
  /** The channel's label (its most frequent spelling). */
  readonly channel: string;
  readonly groupId: ChannelGroupId;
  readonly rule: ChannelRule;
  /** Rows carrying the channel, over every tab. */
  readonly rows: number;
  /** The tabs it appears in, in audit order. */
  readonly tabs: readonly string[];
}

export interface ChannelList {
  readonly entries: readonly ChannelListEntry[];
  /** Channels left out beyond the bound (they are all in the report's audit). */
  readonly more: number;
}

/** Most channel overrides a setup keeps (each is a value the user placed by hand). */
export const MAX_CHANNEL_OVERRIDES = 300;

/** Most channels the sidebar lists; the report's audit lists them all. */
export const MAX_LISTED_CHANNELS = 150;

/**
 * Folds the audit per channel, leaving out the blank channel (it cannot be mapped by name).
 *
 * @example
 * channelList([
 *   { tab: 'GA4', value: 'Organic Search', channel: 'Organic Search', group: '自然検索', groupId: 'organic_search', rule: 'ga4_channel_group', rows: 12 },
 *   { tab: 'リード', value: 'organic search', channel: 'Organic Search', group: '自然検索', groupId: 'organic_search', rule: 'ga4_channel_group', rows: 3 },
 * ]).entries
 * //=> [{ channel: 'Organic Search', groupId: 'organic_search', rule: 'ga4_channel_group', rows: 15, tabs: ['GA4', 'リード'] }]
 */
export function channelList(channelMap: readonly ChannelMapRow[], max = MAX_LISTED_CHANNELS): ChannelList {
  const byChannel = new Map<string, { channel: string; groupId: ChannelGroupId; rule: ChannelRule; rows: number; tabs: string[] }>();
  for (const row of channelMap) {
    if (row.rule === 'blank') continue;
    const entry = byChannel.get(row.channel);
    if (entry === undefined) {
      byChannel.set(row.channel, { channel: row.channel, groupId: row.groupId, rule: row.rule, rows: row.rows, tabs: [row.tab] });
      continue;
    }
    entry.rows += row.rows;
    if (!entry.tabs.includes(row.tab)) entry.tabs.push(row.tab);
  }
  const entries = [...byChannel.values()].sort((a, b) => b.rows - a.rows || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  return { entries: entries.slice(0, max), more: Math.max(0, entries.length - max) };
}
