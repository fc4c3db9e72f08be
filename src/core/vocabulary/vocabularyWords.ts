/**
 * Words of the header vocabulary's project file (design §10), kept out of Code.js: the display
 * names of tab kinds, fields and target metrics (`fieldLabels.ts` reads them), and the metric names
 * of a targets tab (`targetMetrics.ts`). Pure data: the build writes it into `Vocabulary.html`.
 */
import type { AnyField, TabKind, TargetMetric } from '../model/types';
import type { Bilingual } from '../text/translate';

type Labels = Bilingual;

export const KIND_LABELS: { readonly [K in TabKind]: Labels } = {
  ads: { ja: '広告', en: 'Ads' },
  traffic: { ja: 'アクセス', en: 'Traffic' },
  leads: { ja: 'リード', en: 'Leads' },
  deals: { ja: '商談', en: 'Deals' },
  email: { ja: 'メール', en: 'Email' },
  targets: { ja: '目標', en: 'Targets' },
};

export const FIELD_LABELS: { readonly [F in AnyField]: Labels } = {
  date: { ja: '日付', en: 'date' },
  cost: { ja: '費用', en: 'cost' },
  channel: { ja: 'チャネル', en: 'channel' },
  medium: { ja: 'メディア', en: 'medium' },
  campaign: { ja: 'キャンペーン', en: 'campaign' },
  impressions: { ja: '表示回数', en: 'impressions' },
  clicks: { ja: 'クリック数', en: 'clicks' },
  conversions: { ja: 'コンバージョン数', en: 'conversions' },
  sessions: { ja: 'セッション', en: 'sessions' },
  new_users: { ja: '新規ユーザー数', en: 'new users' },
  engaged_sessions: { ja: 'エンゲージのあったセッション数', en: 'engaged sessions' },
  bounce_rate: { ja: '直帰率', en: 'bounce rate' },
  avg_engagement_seconds: { ja: '平均エンゲージメント時間', en: 'average engagement time' },
  downloads: { ja: '資料ダウンロード数', en: 'downloads' },
  created_date: { ja: '作成日', en: 'created date' },
  lead_id: { ja: 'リードID', en: 'lead ID' },
  email: { ja: 'メールアドレス', en: 'email' },
  company: { ja: '会社名', en: 'company' },
  score: { ja: 'スコア', en: 'score' },
  mql_date: { ja: 'MQL日', en: 'MQL date' },
  mql_flag: { ja: 'MQLフラグ', en: 'MQL flag' },
  sql_date: { ja: 'SQL日', en: 'SQL date' },
  sql_flag: { ja: 'SQLフラグ', en: 'SQL flag' },
  opportunity_date: { ja: '商談化日', en: 'opportunity date' },
  opportunity_flag: { ja: '商談化フラグ', en: 'opportunity flag' },
  won_date: { ja: '受注日', en: 'won date' },
  won_flag: { ja: '受注フラグ', en: 'won flag' },
  lost_flag: { ja: '失注フラグ', en: 'lost flag' },
  status: { ja: 'ステータス', en: 'status' },
  amount: { ja: '金額', en: 'amount' },
  industry: { ja: '業種', en: 'industry' },
  employees: { ja: '従業員数', en: 'employees' },
  company_size: { ja: '企業規模', en: 'company size' },
  job_title: { ja: '役職', en: 'job title' },
  department: { ja: '部署', en: 'department' },
  content: { ja: '資料・フォーム', en: 'content or form' },
  lead_type: { ja: 'リード種別', en: 'lead type' },
  deal_id: { ja: '商談ID', en: 'deal ID' },
  contact_email: { ja: 'コンタクトのメールアドレス', en: 'contact email' },
  contact_id: { ja: 'コンタクトID', en: 'contact ID' },
  link_key: { ja: '紐付けキー', en: 'link key' },
  closed_flag: { ja: '完了フラグ', en: 'closed flag' },
  stage: { ja: 'ステージ', en: 'stage' },
  deal_status: { ja: '商談の結果', en: 'deal status' },
  close_date: { ja: 'クローズ日', en: 'close date' },
  delivered: { ja: '配信成功数', en: 'delivered' },
  sent: { ja: '配信数', en: 'sent' },
  opens: { ja: '開封数', en: 'opens' },
  campaign_id: { ja: 'キャンペーンID', en: 'campaign ID' },
  segment: { ja: 'セグメント', en: 'segment' },
  month: { ja: '月', en: 'month' },
  metric: { ja: '指標', en: 'metric' },
  target: { ja: '目標値', en: 'target' },
};

export const TARGET_METRIC_LABELS: { readonly [M in TargetMetric]: Labels } = {
  impressions: { ja: '表示回数', en: 'impressions' },
  clicks: { ja: 'クリック数', en: 'clicks' },
  sessions: { ja: 'セッション', en: 'sessions' },
  leads: { ja: 'リード数', en: 'leads' },
  mql: { ja: 'MQL数', en: 'MQL' },
  sql: { ja: 'SQL数', en: 'SQL' },
  opportunities: { ja: '商談数', en: 'opportunities' },
  won: { ja: '受注数', en: 'won' },
  cost: { ja: '費用', en: 'cost' },
  revenue: { ja: '受注金額', en: 'revenue' },
};

/** Metric names of a targets tab: the values of a long layout's metric column and the column headers of a wide layout, in Japanese and English. */
export const METRIC_ALIASES: { readonly [M in TargetMetric]: readonly string[] } = {
  impressions: ['表示回数', 'インプレッション', 'インプレッション数', 'imp', 'imps', 'impressions'],
  clicks: ['クリック', 'クリック数', 'clicks'],
  sessions: ['セッション', 'セッション数', '訪問数', 'sessions', 'visits'],
  leads: ['リード', 'リード数', 'リード件数', 'リード獲得数', '新規リード', '新規リード数', 'leads', 'lead', 'new leads'],
  mql: ['mql', 'mql数', 'mql件数'],
  sql: ['sql', 'sql数', 'sql件数'],
  opportunities: [
    '商談', '商談数', '商談件数', '商談化数', '新規商談数', '案件数', 'opportunities', 'opportunity', 'opps', 'deals',
  ],
  won: [
    '受注', '受注数', '受注件数', '新規受注数', '成約', '成約数', '成約件数', '新規顧客数', 'won', 'wins', 'closed won',
    'customers', 'new customers',
  ],
  cost: ['費用', '広告費', '広告費用', 'コスト', '予算', '広告予算', 'cost', 'spend', 'ad spend', 'budget'],
  revenue: [
    '受注金額', '受注額', '売上', '売上高', '売上金額', '成約金額', '契約金額', 'revenue', 'sales', 'bookings',
  ],
};
