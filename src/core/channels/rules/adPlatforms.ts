/**
 * Channel rules, ad platforms: ad platforms in tab names and channel values (design §4.6): `Google広告`,
 * `Yahoo!広告 検索`, `Meta広告`, `YouTube`. A platform counts when the value also says it is advertising (an
 * ad word) or comes from an ads tab (it carries cost); the campaign type in the value (ディスプレイ, 動画 …)
 * then picks the group, else the platform's usual one.
 *
 * Platform names are the services' own Japanese and English names (not ones that hide inside other
 * words: メタ is in メタバース, ライン in オンライン); YDA / YSA / GDN are the common abbreviations of
 * Yahoo!ディスプレイ広告, Yahoo!検索広告 and the Google Display Network.
 *
 * The tables travel outside Code.js in `CHANNEL_WORDS_ASSET` with the channel words
 * (`channelWordsAsset.ts`, design §10); only the build and the tests import them from here.
 */
import type { ChannelGroupId } from '../../model/breakdowns';

export interface AdPlatform {
  readonly id: string;
  readonly names: readonly string[];
  /** The group when nothing in the value names the campaign type. */
  readonly group: ChannelGroupId;
  /** Names that are advertising by themselves (`AdWords`, `YDA`): no ad word needed. */
  readonly adNames?: readonly string[];
}

/** Checked in order: YouTube before Google, so `Google広告 YouTube` is video. */
export const AD_PLATFORMS: readonly AdPlatform[] = [
  { id: 'youtube', names: ['youtube', 'ユーチューブ', 'trueview'], group: 'video', adNames: ['trueview'] },
  { id: 'google', names: ['google', 'グーグル', 'adwords', 'アドワーズ', 'gdn', 'p-max', 'pmax'], group: 'paid_search', adNames: ['adwords', 'アドワーズ', 'gdn', 'google ads', 'p-max', 'pmax'] },
  { id: 'yahoo', names: ['yahoo', 'ヤフー', 'yda', 'ydn', 'ysa', 'yss'], group: 'paid_search', adNames: ['yda', 'ydn', 'ysa', 'yss'] },
  { id: 'microsoft', names: ['microsoft', 'マイクロソフト', 'bing'], group: 'paid_search' },
  { id: 'meta', names: ['meta', 'facebook', 'フェイスブック', 'fb', 'instagram', 'インスタグラム', 'インスタ', 'ig'], group: 'paid_social' },
  { id: 'linkedin', names: ['linkedin', 'リンクトイン'], group: 'paid_social' },
  { id: 'x', names: ['x', 'twitter', 'ツイッター', 'エックス'], group: 'paid_social' },
  // Not ライン: it is inside オンライン.
  { id: 'line', names: ['line'], group: 'paid_social' },
  { id: 'tiktok', names: ['tiktok', 'ティックトック'], group: 'paid_social' },
  { id: 'smartnews', names: ['smartnews', 'スマートニュース', 'gunosy', 'グノシー', 'newspicks', 'ニューズピックス'], group: 'display' },
  { id: 'native', names: ['criteo', 'クリテオ', 'taboola', 'outbrain', 'logicad', 'microad', 'マイクロアド'], group: 'display', adNames: ['criteo', 'クリテオ', 'taboola', 'outbrain', 'logicad', 'microad', 'マイクロアド'] },
];

/** Words that say a value is advertising. */
export const AD_WORDS: readonly string[] = ['広告', '出稿', 'ads', 'ad', 'adwords', 'advertising', 'advertisement', 'cpc', 'ppc', 'paid', 'sponsored', 'リスティング'];

/** Campaign types named in a value, checked in this order. */
export const CAMPAIGN_TYPE_WORDS: readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[] = [
  { words: ['動画', 'video', 'youtube', 'ユーチューブ', 'trueview', 'bumper', 'バンパー'], group: 'video' },
  {
    words: ['ディスプレイ', 'display', 'gdn', 'yda', 'ydn', 'バナー', 'banner', 'リマーケティング', 'リタゲ', 'リターゲティング', 'remarketing', 'retargeting'],
    group: 'display',
  },
  { words: ['p-max', 'pmax', 'performance max', 'デマンドジェネレーション', 'demand gen', 'ファインド', 'discovery'], group: 'other_paid' },
  { words: ['検索', 'search', 'リスティング', 'listing', 'ysa', 'yss'], group: 'paid_search' },
];

/** Search advertising named without a platform: リスティング広告, 検索連動型広告. */
export const SEARCH_AD_NAMES: readonly string[] = ['リスティング', 'listing ads', '検索広告', '検索連動', 'search ads', 'sem広告'];
