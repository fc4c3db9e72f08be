/**
 * Channel rules, GA4 channel groups: the values of GA4's default channel group dimensions (セッションのデフォルト
 * チャネル グループ / Session default channel group …) in the English and Japanese UI, and the older Universal
 * Analytics names still found in exported sheets.
 *
 * Sources: https://support.google.com/analytics/answer/9756891 (English and `hl=ja`: the channel list
 * and definitions); UA names from https://support.google.com/analytics/answer/3297892.
 *
 * Where GA4 has a channel our default groups do not (Shopping, Audio, SMS, push), the choice is
 * written next to it.
 *
 * The tables travel outside Code.js in `CHANNEL_WORDS_ASSET` with the channel words
 * (`channelWordsAsset.ts`, design §10); only the build and the tests import them from here.
 */
import type { ChannelGroupId } from '../../model/breakdowns';

export const GA4_CHANNEL_GROUPS: readonly { readonly names: readonly string[]; readonly group: ChannelGroupId }[] = [
  { names: ['Paid Search', '有料検索', 'Generic Paid Search'], group: 'paid_search' },
  // Shopping ads run on Google's search results; B2B sites rarely see them.
  { names: ['Paid Shopping', '有料ショッピング'], group: 'paid_search' },
  { names: ['Display', 'ディスプレイ'], group: 'display' },
  { names: ['Paid Social', '有料ソーシャル'], group: 'paid_social' },
  { names: ['Paid Video', '有料動画'], group: 'video' },
  // Performance Max and other campaigns across networks, audio ads, GA4's "Paid Other" and UA's "Other Advertising".
  { names: ['Cross-network', 'クロスネットワーク', 'Paid Other', '有料その他', 'その他の有料', 'Other Advertising', 'Audio', 'オーディオ'], group: 'other_paid' },
  { names: ['Organic Search', 'オーガニック検索'], group: 'organic_search' },
  // Unpaid video (a YouTube channel) is social media for a B2B marketer; UA's "Social" was both.
  { names: ['Organic Social', 'オーガニック ソーシャル', 'Organic Video', 'オーガニック動画', 'Social', 'ソーシャル'], group: 'organic_social' },
  // SMS is a message the company sends, like a newsletter.
  { names: ['Email', 'メール', 'SMS'], group: 'email' },
  // Unpaid shopping listings are links from another site.
  { names: ['Referral', '参照', '参照元サイト', 'Organic Shopping', 'オーガニック ショッピング'], group: 'referral' },
  { names: ['Direct', 'ノーリファラー'], group: 'direct' },
  { names: ['Affiliates', 'アフィリエイト'], group: 'affiliates' },
  { names: ['Mobile Push Notifications', 'モバイルのプッシュ通知'], group: 'other' },
  { names: ['Unassigned', '未割り当て'], group: 'unassigned' },
];
