/**
 * Headers that say what kind of table a tab is without being a field the engine reads (design
 * §3.2.1): GA4's `Users` and `Event count`, Google Ads' `CTR` and `Currency code`, a CRM's
 * `Probability` and `IsWon`. They count as evidence for the kind, so a GA4 events report is told to
 * be a traffic report without sessions (not "leads" because of its `Total revenue` column), and an
 * opportunity export is read as deals even when it also has a lead-source column.
 *
 * Sources: the export files of test/fixtures/real-exports, reference/export-headers.md (GA4, Google
 * Ads, Yahoo!広告, HubSpot, Salesforce), Mailchimp's campaign list export.
 *
 * Like the header aliases, this table travels outside Code.js in `VOCABULARY_ASSET` (design §10):
 * only recognition reads it, through `recognitionVocabulary()`.
 */
import type { TabKind } from '../model/types';

/** The signal headers per kind, as written in exports (matched by header key). */
export type SignalHeaders = { readonly [K in TabKind]: readonly string[] };

export const SIGNAL_HEADERS: SignalHeaders = {
  ads: [
    'ctr', 'クリック率', 'avg. cpc', 'cpc', '平均クリック単価', '平均cpc', 'avg. cpm', 'cpm', '平均インプレッション単価',
    'interactions', 'インタラクション', 'interaction rate', 'インタラクション率', 'currency code', '通貨コード',
    'campaign status', 'キャンペーンの状態', 'campaign type', 'キャンペーン タイプ', 'budget', 'budget type', '予算タイプ',
    'ad group', '広告グループ', '広告グループ名', 'ad set name', '広告セット名', 'ad name', '広告名', 'reach', 'リーチ',
    'frequency', 'フリークエンシー', 'cost / conv.', 'コンバージョン単価', 'conv. rate', 'コンバージョン率', 'cpa',
    'search impr. share', 'impr. (top) %', 'optimization score', '最適化スコア', 'keyword', 'キーワード',
  ],
  traffic: [
    'users', 'total users', 'active users', 'ユーザー', 'ユーザー数', '総ユーザー数', 'アクティブ ユーザー数',
    'アクティブユーザー', 'event count', 'イベント数', 'event name', 'イベント名', 'event count per user',
    'engagement rate', 'エンゲージメント率', 'views', 'page views', 'pageviews', 'ページビュー数', 'events per session',
    'セッションあたりのイベント数', 'engaged sessions per user', 'ユーザーあたりのエンゲージのあったセッション数',
    'landing page', 'ランディング ページ', 'page path', 'ページ パス', 'page title', 'ページ タイトル', 'key events',
    'キーイベント', 'nth day', 'nth week', 'stream name', 'ストリーム名', 'app-instance id',
  ],
  leads: [
    'first name', 'last name', 'full name', 'firstname', 'lastname', '氏名', '名前', 'お名前', '姓', '名', 'phone',
    'phone number', '電話番号', 'mobile phone number', '携帯電話番号',
    // No job title or department: they are lead attributes (design §4.7), on deals and ads tabs as often.
  ],
  deals: [
    'probability', 'probability (%)', '確度', '受注確度', 'iswon', 'isclosed', 'is won', 'is closed', 'is_closed_won',
    'forecast category', 'forecastcategory', 'forecastcategoryname', 'forecast category name', 'expected revenue',
    'expectedrevenue', 'deal name', 'dealname', 'opportunity name', '商談名', '取引名', '案件名', 'pipeline', 'パイプライン',
    'deal type', '取引タイプ', 'deal owner', '取引担当者', 'closed lost reason', '失注理由', 'next step', 'nextstep',
    'sales agent', 'sales_agent', 'opportunity owner', '商談所有者',
    // Zoho CRM names its deals Potentials (older editions) and gives them a forecast type
    'potential name', 'potential owner', 'forecast type',
  ],
  email: [
    'open rate', '開封率', 'click rate', 'click-through rate', 'unsubscribes', 'unsubscribed', '配信停止数', 'bounces',
    'hard bounces', 'soft bounces', 'bounce count', 'エラー数', 'send weekday', 'emails opened', 'unique opens rate',
  ],
  targets: [],
};

/**
 * The signals of an opportunity list, in groups: a deal stage, an amount, a (expected) close date,
 * a won/closed flag and a probability (design §3.2.1), in this order: `kindSignals.ts` counts
 * the groups by their place (the last two prove an opportunity list on their own).
 */
export const OPPORTUNITY_SIGNALS: readonly (readonly string[])[] = [
  [
    'stagename', 'stage name', 'stage', 'ステージ', 'deal stage', 'dealstage', 'opportunity stage', 'opportunitystage',
    '取引ステージ', '商談フェーズ', '商談ステージ', 'フェーズ',
  ],
  [
    'amount', '金額', 'deal amount', '商談金額', '取引金額', 'close value', 'deal value', 'estimated value',
    'estimatedvalue', 'opportunity amount', '見積金額',
  ],
  ['closedate', 'close date', '完了予定日', 'クローズ日', 'クローズ予定日', '受注予定日', 'expected close date', 'estimated close date'],
  ['iswon', 'isclosed', 'is won', 'is closed', 'is_closed_won', 'is closed won'],
  ['probability', 'probability (%)', '確度', '受注確度'],
];
