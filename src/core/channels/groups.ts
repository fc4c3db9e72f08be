/**
 * The default channel groups (design §4.6): ids in report order with their labels. A channel always
 * belongs to exactly one of them.
 */
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../model/breakdowns';
import type { Language } from '../model/types';
import type { Bilingual } from '../text/translate';

export const CHANNEL_GROUP_LABELS: { readonly [G in ChannelGroupId]: Bilingual } = {
  paid_search: { ja: '有料検索', en: 'Paid search' },
  display: { ja: 'ディスプレイ広告', en: 'Display ads' },
  paid_social: { ja: 'SNS広告', en: 'Paid social' },
  video: { ja: '動画広告', en: 'Video ads' },
  other_paid: { ja: 'その他の広告', en: 'Other paid' },
  organic_search: { ja: '自然検索', en: 'Organic search' },
  organic_social: { ja: 'SNS（自然）', en: 'Organic social' },
  email: { ja: 'メール', en: 'Email' },
  referral: { ja: '参照サイト', en: 'Referral sites' },
  direct: { ja: '直接', en: 'Direct' },
  affiliates: { ja: 'アフィリエイト', en: 'Affiliates' },
  events: { ja: '展示会・イベント', en: 'Events' },
  webinars: { ja: 'ウェビナー', en: 'Webinars' },
  partners: { ja: '紹介・パートナー', en: 'Partner referrals' },
  contacts: { ja: '名刺・既存接点', en: 'Business cards & existing contacts' },
  outbound: { ja: 'アウトバウンド', en: 'Outbound' },
  other: { ja: 'その他', en: 'Other' },
  unassigned: { ja: '未設定', en: 'Unassigned' },
};

/** Groups where spending is the point: a group here with leads but no cost is worth a look. */
export const PAID_GROUPS: ReadonlySet<ChannelGroupId> = new Set<ChannelGroupId>(['paid_search', 'display', 'paid_social', 'video', 'other_paid']);

/**
 * The label of a group in a language.
 *
 * @example
 * groupLabel('organic_search', 'ja')
 * //=> '自然検索'
 */
export function groupLabel(group: ChannelGroupId, language: Language): string {
  return CHANNEL_GROUP_LABELS[group][language];
}

/**
 * Position of a group in the default order (for sorting).
 *
 * @example
 * groupRank('paid_search') < groupRank('other')
 * //=> true
 */
export function groupRank(group: ChannelGroupId): number {
  return CHANNEL_GROUP_IDS.indexOf(group);
}

/**
 * Whether untrusted input names a group (a saved setup, the sidebar, a CLI mapping file).
 *
 * @example
 * isChannelGroupId('events')
 * //=> true
 * isChannelGroupId('Events')
 * //=> false
 */
export function isChannelGroupId(value: unknown): value is ChannelGroupId {
  return typeof value === 'string' && (CHANNEL_GROUP_IDS as readonly string[]).includes(value);
}
