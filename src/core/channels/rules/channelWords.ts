/**
 * Channel rules, words (the last family): Japanese and English words people use for a lead source
 * (design §4.6), including Salesforce's default Lead Source values that name a channel: newer
 * orgs' Partner Referral, Purchased List (パートナー紹介, 購入リスト) and older orgs' Employee Referral,
 * External Referral, Public Relations, Seminar - Internal / Partner, Trade Show, Word of mouth,
 * Advertisement (as in django-salesforce's example `Lead` model). `Web`, `Phone Inquiry`
 * (電話問い合わせ) and `自社サイト` say how the lead arrived, not through which channel: they fall to
 * その他 for the user to place.
 *
 * Checked in order, first match wins, so the more specific words come first (ウェビナー before セミナー and
 * イベント; 広告 last). Japanese words match anywhere in a value, English words only as whole words, `=x`
 * only as the whole value (see `matchText.ts`); a word that hides inside other words is left out.
 *
 * The table travels outside Code.js in `CHANNEL_WORDS_ASSET` (`channelWordsAsset.ts`, design §10).
 */
import type { ChannelGroupId } from '../../model/breakdowns';

export const CHANNEL_WORDS: readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[] = [
  { words: ['ウェビナー', 'ウエビナー', 'webinar', 'オンラインセミナー', 'online seminar', 'web seminar', 'webセミナー', 'ライブ配信'], group: 'webinars' },
  {
    words: ['展示会', '出展', 'expo', 'エキスポ', 'trade show', 'tradeshow', 'セミナー', 'seminar', 'イベント', 'event', 'カンファレンス', 'conference', 'フォーラム', 'forum', 'サミット', 'summit', '見本市', '説明会'],
    group: 'events',
  },
  { words: ['アフィリエイト', 'affiliate', 'asp'], group: 'affiliates' },
  {
    words: ['紹介', 'パートナー', 'partner', '代理店', 'agency', 'reseller', 'リファラル', 'referral partner', 'employee referral', 'external referral', '口コミ', 'クチコミ', 'word of mouth', '販売店', '協業'],
    group: 'partners',
  },
  { words: ['名刺', 'sansan', 'eight', '既存', '既存顧客', 'existing customer', '休眠', '掘り起こし', '顧客リスト', 'オフライン'], group: 'contacts' },
  {
    words: ['テレアポ', 'テレマーケティング', 'コールドコール', 'cold call', 'フォーム営業', 'アウトバウンド', 'outbound', '飛び込み', '手紙', 'purchased list', '購入リスト', 'リスト購入', '電話営業'],
    group: 'outbound',
  },
  { words: ['メルマガ', 'メールマガジン', 'メール配信', 'メールマーケティング', 'newsletter', 'ニュースレター', 'メール', 'mail'], group: 'email' },
  { words: ['自然検索', 'オーガニック', 'organic', 'seo', '検索エンジン'], group: 'organic_search' },
  { words: ['直接', 'direct', 'ダイレクト', 'ブックマーク', 'bookmark'], group: 'direct' },
  // Press coverage sends readers from news sites: links from another site.
  { words: ['プレスリリース', 'press release', 'pr', 'pr times', 'public relations', 'メディア掲載', '取材', '記事掲載', '外部サイト', '参照サイト', '比較サイト', 'レビューサイト', '被リンク'], group: 'referral' },
  { words: ['sns', 'ソーシャル', 'social', '=x', 'twitter', 'ツイッター', 'facebook', 'フェイスブック', 'instagram', 'インスタ', 'linkedin', 'note', 'threads', 'tiktok'], group: 'organic_social' },
  { words: ['ディスプレイ', 'バナー', 'banner', 'リターゲティング', 'リマーケティング', 'リタゲ', 'retargeting', 'remarketing', '純広告', 'ネイティブ広告', 'インフィード'], group: 'display' },
  { words: ['動画広告', 'video ad', 'video ads', 'cm', 'テレビ', 'tvcm', '動画'], group: 'video' },
  { words: ['広告', 'advertisement', 'advertising', 'ads', 'paid', '出稿', 'タイアップ', 'スポンサー', 'sponsor', '協賛'], group: 'other_paid' },
];
