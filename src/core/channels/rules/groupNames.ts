/**
 * Channel rules, group names (after GA4 and HubSpot): a channel named after a group (`有料検索`, `Events`)
 * belongs to that group. Built from the group labels themselves plus a few everyday spellings of them.
 */
import type { ChannelGroupId } from '../../model/breakdowns';
import { CHANNEL_GROUP_LABELS } from '../groups';

/** Spellings of group names beyond the labels (`SNS(自然)` is the label already, NFKC-equal). */
const EXTRA_NAMES: readonly { readonly names: readonly string[]; readonly group: ChannelGroupId }[] = [
  { names: ['SNS自然', 'SNS (オーガニック)', '自然SNS'], group: 'organic_social' },
  { names: ['展示会', '展示会/イベント', 'イベント'], group: 'events' },
  { names: ['紹介', 'パートナー'], group: 'partners' },
  { names: ['名刺', '既存接点'], group: 'contacts' },
];

export const GROUP_NAME_ENTRIES: readonly { readonly names: readonly string[]; readonly group: ChannelGroupId }[] = [
  ...(Object.entries(CHANNEL_GROUP_LABELS) as [ChannelGroupId, { ja: string; en: string }][]).map(([group, label]) => ({
    names: [label.ja, label.en],
    group,
  })),
  ...EXTRA_NAMES,
];
