/**
 * Column-name aliases per tab kind and field (design §3.2). Plain data: earlier entries are preferred
 * when several columns match the same field. Entries are compared after `headerKey`, so case,
 * full-width characters, spaces and `. _ - ・ :` do not matter, and a trailing unit such as `(円)`
 * is ignored.
 *
 * The same header can mean different fields in different kinds (`クリック数` is ad clicks or email
 * clicks, `金額` a lead's or a deal's amount, `表示回数` ad impressions but GA4 page views). That is
 * why aliases are listed per kind: GA4's `表示回数` is simply absent from the traffic kind.
 *
 * Sources: the vendors' export documentation (GA4, Google Ads, Yahoo!広告, HubSpot, Salesforce, MA tools),
 * the real export files of test/fixtures, plus the words of hand-made Japanese sheets. Stage-date columns of
 * HubSpot (`Became a … Date`, `Date entered "…"`) are matched by pattern in `stageDateHeaders.ts`.
 *
 * These tables are not in Code.js (design §10): the build writes them to the project file
 * `VOCABULARY_ASSET` (`vocabularyAsset.ts`), which recognition reads once per execution that needs it.
 * Only the build (`docs/projectAssets.ts`) and the tests import this module.
 */
import type { FieldOf, TabKind } from '../model/types';

export type AliasTable = { readonly [K in TabKind]: { readonly [F in FieldOf<K>]?: readonly string[] } };

/** Words of a tab's name per kind. */
export type TabNameHints = { readonly [K in TabKind]: readonly string[] };

/** Channel columns shared by lead and deal tabs (CRM and MA exports, hand-made sheets). */
const CRM_CHANNEL = [
  'チャネル', 'チャネル名', 'チャンネル', '流入元', '流入経路', '獲得経路', '獲得チャネル', 'リードソース', 'lead source',
  'leadsource', '媒体', '媒体名', '施策', '経路', 'ソース', 'channel', 'source',
  // HubSpot: the label changed from Original Source to Original Traffic Source
  'オリジナルソース', '元のソース', '元のトラフィックソース', 'original source', 'original traffic source',
  'hs_analytics_source', '最新ソース', '最新のソース', 'latest source', 'latest traffic source', '参照元',
  // Kaggle-style CRM data sets and form tools; UTM parameters (combined with utm_medium as `source / medium`).
  'origin', 'lead origin', 'utm_source', 'utm source', 'traffic source',
];

/** The medium half of `source / medium` (combined with the channel column when both exist, design §3.2.1). */
const MEDIUM = ['utm_medium', 'utm medium', 'medium', 'session medium', 'セッションのメディア', 'メディア'];

const EMAIL = [
  'メールアドレス', 'メール', 'eメール', 'eメールアドレス', 'e-mail', 'email', 'email address', 'mail', 'mail address',
  'メアド', '電子メール',
];

/** The deal's associated contact e-mail (HubSpot deals name their contact this way). */
const CONTACT_EMAIL = [
  'associated contact email', 'contact email', 'primary contact email', 'contact e-mail', 'contact email address',
  '関連付けされたコンタクトのeメール', '関連付けられたコンタクトのeメール', '関連付けされたコンタクトのメールアドレス',
  'コンタクトのメールアドレス', 'コンタクトのeメール', '担当者メールアドレス',
];

/** The id of the deal's associated contact (CRM record id of the person the leads tab lists). */
const CONTACT_ID = [
  'contact id', 'contactid', 'associated contact id', 'associated contact ids', 'associated contact', 'contact record id',
  'record id - contact', 'record id (contact)', 'コンタクトid', '関連付けされたコンタクトのid', 'primary contact id',
  'primarycontactid', 'convertedcontactid',
];

const COMPANY = [
  '会社名', '会社', '企業名', '企業', '法人名', '組織名', '社名', '取引先名', '取引先', 'company', 'company name',
  'account name', 'account', 'organization', 'organisation', 'associated company', '関連付けられた会社',
  // Salesforce report label
  'company / account', '会社名 / 取引先',
];

export const FIELD_ALIASES: AliasTable = {
  ads: {
    date: [
      '日付', '日', '年月日', '日別', '配信日', '実施日', '開催日', '発生日', '計上日', '支払日', 'date', 'day',
      'reporting starts', 'レポート開始日', '月', '年月', '月別', '毎月', '対象月', '計上月', 'month', '週', '毎週', 'week',
      '期間',
      // Microsoft Advertising (UI `Gregorian date`, API `GregorianDate` / `TimePeriod`), LinkedIn Campaign Manager
      // (`Start Date (in UTC)`), TikTok Ads Manager custom reports (`By Day`), X Ads (`Time`: the row's date).
      'gregorian date', 'time period', 'start date (in utc)', 'by day', 'time',
    ],
    cost: [
      '費用', '広告費', '広告費用', 'コスト', '利用額', 'ご利用額', 'ご利用金額', '利用金額', '消化金額', '消化額', '出稿費',
      '媒体費', '支出', '支出額', '支払額', '支払金額', '実費', '経費', 'cost', 'spend', 'ad spend', 'amount spent',
      // Meta / Kaggle ad-set exports
      'spent', 'total spent', 'total cost', 'ご利用金額(税抜)',
    ],
    channel: [
      'チャネル', 'チャネル名', 'チャンネル', '媒体', '媒体名', '広告媒体', '流入元', 'メディア', 'プラットフォーム',
      '施策', 'channel', 'media', 'platform', 'source', 'ソース',
    ],
    campaign: ['キャンペーン', 'キャンペーン名', '施策名', 'campaign', 'campaign name'],
    impressions: ['表示回数', 'インプレッション数', 'インプレッション', '表示数', 'imp', 'imps', 'impr', 'impressions'],
    // Clicks that lead to the site come first (Meta `Link clicks`, TikTok `Clicks (destination)`, X `Link clicks`
    // beside its all-interaction `Clicks`); every click (Meta and TikTok `Clicks (all)`) only when nothing else is there.
    clicks: [
      'リンクのクリック', 'link clicks', 'clicks (destination)', 'クリック数', 'クリック', 'clicks', 'click', 'clicks (all)',
      'クリック(すべて)', 'クリック(全て)',
    ],
    conversions: [
      'コンバージョン', 'コンバージョン数', 'cv', 'cv数', '成果数', '獲得数', 'conversions', 'conv', 'results', '結果',
      'すべてのコンバージョン', 'all conv',
    ],
  },
  traffic: {
    date: ['日付', '日', 'date', 'day', '年月', 'year month', 'yearmonth', '月', 'month', '週', 'week', '期間'],
    sessions: ['セッション', 'セッション数', 'sessions', '訪問数', 'visits'],
    channel: [
      'セッションのデフォルト チャネル グループ', 'セッションのメインのチャネル グループ(デフォルト チャネル グループ)',
      'session default channel group', 'session primary channel group (default channel group)',
      'sessiondefaultchannelgroup', 'デフォルト チャネル グループ', 'default channel group',
      'ユーザーの最初のメインのチャネル グループ(デフォルト チャネル グループ)', 'ユーザーの最初のデフォルト チャネル グループ',
      'first user default channel group', 'first user primary channel group (default channel group)',
      'firstuserdefaultchannelgroup', 'セッションの参照元 / メディア', 'セッション参照元またはメディア',
      'session source / medium', 'sessionsourcemedium', '参照元 / メディア', 'source / medium', 'セッションの参照元',
      'session source', 'チャネル', 'チャネル名', 'チャンネル', '流入元', '媒体', 'channel', 'source', 'utm_source',
    ],
    medium: MEDIUM,
    new_users: ['新規ユーザー数', '新規ユーザー', 'new users', 'newusers', '新規訪問者数'],
    engaged_sessions: [
      'エンゲージのあったセッション数', 'エンゲージメントのあったセッション数', 'engaged sessions', 'engagedsessions',
    ],
    bounce_rate: ['直帰率', 'bounce rate', 'bouncerate'],
    avg_engagement_seconds: [
      '平均エンゲージメント時間', 'セッションあたりの平均エンゲージメント時間', 'average engagement time',
      'average engagement time per session', 'avg engagement time', '平均セッション継続時間', 'avg session duration',
      'average session duration', 'averagesessionduration', '平均滞在時間', '滞在時間',
      'アクティブ ユーザーあたりの平均エンゲージメント時間', 'average engagement time per active user',
    ],
    downloads: [
      '資料ダウンロード数', '資料ダウンロード', '資料dl数', '資料dl', 'ダウンロード数', 'dl数', 'downloads',
      'file downloads', '資料請求数', '資料請求',
    ],
  },
  leads: {
    created_date: [
      '作成日', '作成日時', '登録日', '登録日時', '獲得日', '獲得日時', 'リード獲得日', 'リード作成日', '取得日', '流入日',
      '問い合わせ日', 'お問い合わせ日', '問合せ日', '申込日', '申し込み日', '受付日', '名刺交換日', 'create date',
      'created date', 'createdate', 'created', 'created at', 'createdat', 'date created', 'createddate',
      'lead created date',
      // Forms, web-form tools and CRM data sets (design §3.2.1)
      'タイムスタンプ', 'timestamp', 'submitted at', 'submitted on', 'submission date', 'date submitted', 'date added',
      'created time', '受付日時', '問い合わせ日時', 'お問い合わせ日時', '申込日時', '申し込み日時', '登録日付',
      '初回接触日', '初回接触日時', 'first contact date', 'first_contact_date', 'entry date',
      // Pipedrive names each record's created date after its type (`Person - Person created`, `Lead - Lead created`)
      'person created', 'lead created', 'contact created',
      '日付', 'date',
    ],
    lead_id: [
      'リードid', 'リード id', 'コンタクトid', 'レコードid', '顧客id', '顧客番号', '管理番号', 'プロスペクトid', 'lead id',
      'leadid', 'contact id', 'contactid', 'record id', 'prospect id', 'hs_object_id', 'vid', 'id',
      // kintone: every app's own record number
      'レコード番号',
    ],
    email: EMAIL,
    company: COMPANY,
    channel: CRM_CHANNEL,
    medium: MEDIUM,
    score: [
      'スコア', 'リードスコア', 'hubspotスコア', 'トータルスコア', 'スコアリング', 'score', 'lead score', 'hubspot score',
      'hubspotscore', 'prospect score',
    ],
    mql_date: ['mql日', 'mql化日', 'mql日付', 'mql化日時', 'mql日時', 'mql date', 'mql_date', 'mql達成日'],
    mql_flag: ['mql', 'mql化', 'mqlフラグ', 'mql flag', 'is mql'],
    sql_date: ['sql日', 'sql化日', 'sql日付', 'sql化日時', 'sql日時', 'sql date', 'sql_date'],
    sql_flag: ['sql', 'sql化', 'sqlフラグ', 'sql flag', 'is sql'],
    opportunity_date: [
      '商談日', '商談化日', '商談作成日', '商談開始日', '初回商談日', '商談化日時', 'opportunity date', 'opportunity_date',
      '取引開始日', 'converteddate', 'converted date',
    ],
    opportunity_flag: [
      '商談化', '商談', '商談有無', '商談フラグ', '商談化フラグ', 'opportunity', 'opportunity flag', '取引開始済み',
      'isconverted', 'converted',
    ],
    // Never a bare close date as a won date (Close Date, CloseDate, クローズ日, 完了予定日): it can be
    // expected or lost, and makes no lead won by itself (design §3.2.1). Only a won date, flag or status does.
    // The deal a lead became (Salesforce Lead.ConvertedOpportunityId): links it to the deals tab's deal ID.
    deal_id: ['convertedopportunityid', 'converted opportunity id', '取引開始後の商談id', '商談id', 'opportunity id', 'deal id'],
    won_date: ['受注日', '成約日', '契約日', '受注日時', '成約日時', 'won date', 'won_date', 'closed won date', 'date won'],
    won_flag: ['受注', '受注フラグ', '受注有無', '成約', '成約フラグ', 'won', 'won flag', 'is won', 'iswon'],
    lost_flag: ['失注', '失注フラグ', 'lost', 'lost flag', 'is lost', 'islost'],
    status: [
      'ライフサイクルステージ', 'lifecycle stage', 'lifecyclestage', 'ステータス', '状況', '状態', 'リード状況',
      'リードステータス', 'status', 'lead status', 'hs_lead_status', 'ステージ', 'stage', 'フェーズ',
      // kintone and hand-made lead lists
      '対応状況', '対応ステータス', '進捗状況', '進捗',
    ],
    amount: [
      '金額', '受注金額', '受注額', '成約金額', '契約金額', '売上', '売上金額', '売上高', 'amount', 'revenue', 'deal amount',
      'total revenue', '総売上',
    ],
    // Lead attributes (design §4.7). HubSpot: Industry, Number of Employees, Annual Revenue, Job Title, First
    // Conversion; Salesforce Lead: Industry, NumberOfEmployees, AnnualRevenue, Title; Japanese MA and CRM labels.
    industry: ['業種', '業界', '業種名', '業種区分', '業種(大分類)', '業種大分類', '業態', '産業', 'industry', 'industry type', 'sector'],
    employees: [
      '従業員数', '従業員', '従業員規模', '社員数', '従業員数(名)', '従業員数(人数)', '企業規模(従業員数)', 'number of employees',
      'numberofemployees', 'no of employees', 'employees', 'employee count', 'headcount',
    ],
    company_size: [
      '企業規模', '会社規模', '規模', '売上規模', '年商', '年間売上', '年間売上高', '売上高規模', 'company size', 'annual revenue',
      'annualrevenue', 'revenue range',
    ],
    job_title: ['役職', '役職名', '役職区分', '肩書き', '肩書', '職位', 'job title', 'jobtitle', 'title', 'position', 'role', 'job role'],
    department: ['部署', '部署名', '部門', '部門名', '所属部署', '所属', '事業部', '職種', 'department', 'dept', 'division', 'job function', 'function'],
    campaign: [
      'キャンペーン', 'キャンペーン名', '施策名', '流入キャンペーン', 'campaign', 'campaign name', 'utm_campaign', 'utm campaign',
      'primary campaign source', 'primary campaign', 'first touch campaign',
    ],
    content: [
      '資料名', '資料', 'ダウンロード資料', 'dl資料', '請求資料', 'ホワイトペーパー', 'フォーム', 'フォーム名', 'コンテンツ', 'コンテンツ名',
      '初回コンバージョン', '最初のコンバージョン', 'コンバージョンポイント', 'cvポイント', 'cv地点', 'first conversion', 'form',
      'form name', 'form submitted', 'content', 'content name', 'asset', 'offer', 'conversion point',
    ],
    lead_type: [
      'リード種別', 'リード区分', 'リードタイプ', 'リードの種類', '種別', '区分', '問い合わせ種別', 'お問い合わせ種別', '問合せ種別',
      'コンバージョン種別', 'cv種別', 'lead type', 'leadtype', 'inquiry type', 'type of inquiry',
    ],
    // A close date alone never makes a lead won (design §3.2.1): HubSpot contacts' `Close Date` is the
    // day a contact became a customer, Salesforce's `CloseDate` an expected date. It dates a win that a
    // won status or flag shows.
    close_date: ['クローズ日', 'close date', 'closedate', 'クローズ予定日', '完了予定日', 'expected close date'],
  },
  deals: {
    created_date: [
      '作成日', '作成日時', '商談作成日', '商談日', '商談開始日', '商談化日', '取引作成日', '登録日', '起票日', '発生日',
      'create date', 'created date', 'createdate', 'createddate', 'created', 'created at', 'date created',
      // Kaggle-style CRM pipelines: the day the deal was engaged
      'engage date', 'engage_date', 'engaged date', 'opportunity created date', 'deal created date', '商談化日時',
      // Pipedrive (`Deal - Deal created`, newer `Deal created on`, API `add_time`), Zoho CRM (`Created Time`)
      'deal created', 'deal created on', 'add time', 'created time', 'created on',
      '日付', 'date',
    ],
    deal_id: [
      '商談id', '取引id', '案件id', '商談番号', '案件番号', '管理番号', 'deal id', 'dealid', 'opportunity id',
      'opportunityid', 'record id', 'レコードid', 'hs_object_id', 'id', 'レコード番号',
    ],
    lead_id: ['リードid', 'lead id', 'leadid', 'convertedleadid', 'converted lead id', 'associated lead id'],
    email: EMAIL,
    contact_email: CONTACT_EMAIL,
    contact_id: CONTACT_ID,
    company: COMPANY,
    channel: CRM_CHANNEL,
    medium: MEDIUM,
    stage: [
      '取引ステージ', 'deal stage', 'dealstage', '商談フェーズ', '商談ステージ', 'フェーズ', 'ステージ', 'stage',
      'stagename', 'stage name', 'ステータス', 'status', '状況', '結果', 'result',
      // CRM data sets and Dynamics-style exports
      'opportunity stage', 'opportunitystage', 'sales stage', 'pipeline stage', '商談ステータス', '案件ステータス',
    ],
    close_date: [
      'クローズ日', '完了予定日', '完了日', '受注日', '成約日', '契約日', 'クローズ予定日', '受注予定日', 'close date',
      'closedate', 'closed date', 'won date', '失注日', 'closed won date', '受注日時', '成約日時', 'won_date', 'date won',
      'expected close date',
      // Pipedrive `Deal - Deal closed on`, Zoho CRM `Closing Date`
      'deal closed on', 'closed on', 'closing date',
    ],
    // A deal's outcome status next to its pipeline stage (Pipedrive `Deal - Status`: Open / Won / Lost). A plain
    // `Status` column stays the stage: alone in a deal list, it is the stage.
    deal_status: ['deal status', 'opportunity status', '商談の結果', '取引の結果', 'won/lost', '受注/失注'],
    // Outcome flags (design §3.2.1): Salesforce IsWon/IsClosed (API names and Japanese labels), HubSpot
    // is_closed_won/is_closed_lost/is_closed, warehouse connectors' is_won/is_closed.
    // Pipedrive's `Won time` / `Lost time` are set exactly when a deal is won / lost: a date reads as yes.
    won_flag: ['iswon', 'is won', 'is closed won', 'won flag', 'won', '受注フラグ', '受注', '成立フラグ', '成立', 'won time'],
    lost_flag: ['islost', 'is lost', 'is closed lost', 'lost flag', 'lost', '失注フラグ', '失注', 'lost time'],
    closed_flag: ['isclosed', 'is closed', 'closed', 'closed flag', 'クローズ済み', '完了フラグ', '完了'],
    amount: [
      // Salesforce multi-currency reports: the amount converted to the corporate currency, when exported
      'amount (converted)', '金額 (換算)', '金額 (換算済み)',
      '金額', '受注金額', '商談金額', '取引金額', '契約金額', '受注額', '売上', '売上金額', 'amount', 'deal amount',
      'amount in company currency', '金額(会社の通貨)', 'revenue', '見積金額', '予定金額',
      // CRM data sets and Dynamics 365 (estimatedvalue)
      'close value', 'close_value', 'deal value', 'deal_value', 'estimated value', 'estimatedvalue', 'opportunity amount',
      'deal size', '受注見込金額', '合計金額',
      // Pipedrive `Deal - Value`
      'value',
    ],
  },
  email: {
    delivered: ['到達数', '配信成功数', '配信完了数', '送達数', '到達件数', 'delivered', 'deliveries', 'successful deliveries', 'emails delivered'],
    sent: [
      '配信数', '送信数', '配信件数', '送信件数', '配信対象数', 'sent', 'sends', 'emails sent', 'total sent',
      // Mailchimp campaign lists: everyone the campaign went to
      'total recipients', 'recipients', '受信者数', '宛先数',
    ],
    opens: [
      'ユニーク開封数', '開封数', '開封者数', '開封', 'unique opens', 'opens', 'opened', 'open count', 'total opens',
    ],
    clicks: [
      'ユニーククリック数', 'クリック数', 'クリック者数', 'クリック', 'unique clicks', 'clicks', 'clicked', 'total clicks',
    ],
    date: [
      '配信日', '配信日時', '送信日', '送信日時', '配信開始日時', '日付', '日', 'date', 'send date', 'sent date', 'sent at',
      'send time', 'sent time',
    ],
    campaign: [
      'キャンペーン', 'キャンペーン名', 'メール名', '配信名', 'メルマガ名', '件名', 'タイトル', 'campaign', 'campaign name',
      // Mailchimp: Title is the campaign's name, Subject its subject line
      'email name', 'title', 'campaign title', 'subject', 'mailing',
    ],
    // One id per send: two campaigns with the same name are still two (Mailchimp `Unique Id`, API `ID`).
    campaign_id: ['キャンペーンid', 'メールid', '配信id', 'campaign id', 'campaignid', 'unique id', 'uniqueid', 'email id', 'mailing id', 'id'],
    segment: ['セグメント', '配信リスト', 'リスト', '配信先', '対象リスト', 'segment', 'list', 'audience'],
    conversions: ['コンバージョン', 'コンバージョン数', 'cv', 'cv数', '成果数', 'conversions'],
  },
  targets: {
    month: ['月', '年月', '対象月', '計上月', '月度', 'month', 'year month', '期間', '日付', 'date'],
    metric: ['指標', '指標名', '項目', '目標項目', 'kpi', 'kpi名', 'metric', 'measure'],
    target: ['目標', '目標値', '目標数', '目標件数', '目標金額', 'target', 'goal', '計画', 'plan', '予算', 'budget'],
  },
};

/**
 * Words that mark a tab as a given kind when they appear in its name (`Google広告`, `リード一覧`,
 * `2025年度 目標`). A hint only breaks ties between kinds that match the headers equally well.
 */
export const TAB_NAME_HINTS: TabNameHints = {
  ads: ['広告', '出稿', '費用', 'コスト', 'ads', 'adwords', 'google ads', 'yahoo', 'meta', 'facebook', 'spend', 'cost'],
  traffic: ['アクセス', 'ga4', 'analytics', 'アナリティクス', 'traffic', 'セッション', 'sessions', '流入'],
  leads: ['リード', 'lead', 'contacts', 'contact', 'コンタクト', 'プロスペクト', 'prospect', '見込み'],
  deals: ['商談', '取引', '案件', 'deal', 'opportunit', 'パイプライン', 'pipeline', '受注'],
  email: ['メール', 'メルマガ', 'mail', 'newsletter', '配信'],
  targets: ['目標', '予算', 'target', 'goal', 'kpi', '計画', 'plan'],
};
