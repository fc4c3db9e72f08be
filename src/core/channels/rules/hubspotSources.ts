/**
 * Channel rules, HubSpot sources: HubSpot's Original Source / Original Traffic Source (and Latest
 * Source) values: the English labels (old and new), the Japanese portal's labels and the internal API
 * names of `hs_analytics_source`.
 *
 * Sources: https://knowledge.hubspot.com/properties/understand-source-properties (values),
 * https://knowledge.hubspot.com/jp/contacts/understand-source-properties (Japanese labels),
 * https://knowledge.hubspot.com/ja/properties/understand-traffic-source-properties (AI referrals),
 * `reference/export-headers.md` §5.1.
 *
 * The tables travel outside Code.js in `CHANNEL_WORDS_ASSET` with the channel words
 * (`channelWordsAsset.ts`, design §10); only the build and the tests import them from here.
 */
import type { ChannelGroupId } from '../../model/breakdowns';

export const HUBSPOT_SOURCES: readonly { readonly names: readonly string[]; readonly group: ChannelGroupId }[] = [
  { names: ['Organic search', 'オーガニック検索', 'ORGANIC_SEARCH'], group: 'organic_search' },
  { names: ['Paid search', '検索連動型広告', '検索連動広告', 'PAID_SEARCH'], group: 'paid_search' },
  { names: ['Email marketing', 'Eメールマーケティング', 'メールマーケティング', 'EMAIL_MARKETING'], group: 'email' },
  { names: ['Organic social', 'Social media', 'オーガニックソーシャル', 'ソーシャルメディア', 'SOCIAL_MEDIA'], group: 'organic_social' },
  { names: ['Paid social', 'ソーシャル広告', 'PAID_SOCIAL'], group: 'paid_social' },
  { names: ['Referrals', 'リファーラル', 'REFERRALS', 'AI referrals', 'AIリファーラル', 'AI_REFERRALS'], group: 'referral' },
  { names: ['Direct traffic', '直接トラフィック', 'DIRECT_TRAFFIC'], group: 'direct' },
  // Contacts HubSpot did not see arrive online: imports, sales tools, business-card scans.
  { names: ['Offline sources', 'Offline', 'オフラインソース', 'OFFLINE'], group: 'contacts' },
  // UTM-tagged links that are neither email nor search ads: HubSpot does not know more.
  { names: ['Other campaigns', '他のキャンペーン', 'その他のキャンペーン', 'OTHER_CAMPAIGNS'], group: 'other' },
];
