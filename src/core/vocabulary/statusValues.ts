/**
 * The status and deal-stage values of design §3.2, by the class they name: plain Japanese words,
 * HubSpot lifecycle stages and deal stages (labels and internal IDs), Salesforce lead statuses and
 * opportunity stages (English and Japanese). Pure data: the build writes it into the header
 * vocabulary's project file (design §10), outside Code.js; `stageWords.ts` reads it from there.
 */
import type { Stage } from '../model/types';

export type StatusClass = Stage | 'lost';

/** Values per class. They are compared after {@link statusKey}, so spacing, case, `-`, `_`, `/` and a trailing `(…)` do not matter. */
export const STATUS_VALUES: { readonly [C in StatusClass]: readonly string[] } = {
  leads: [
    'リード', 'lead', 'leads', '新規', '新規リード', 'new', 'open', 'オープン', '見込み', '見込み客', '見込客',
    '未対応', '対応中', '未着手', 'アプローチ中', '接触済み', 'ナーチャリング', 'ナーチャリング中', '育成中',
    '掘り起こし', '休眠', 'subscriber', 'サブスクライバー', '購読者', 'other', 'その他', 'nurturing', 'working',
    // HubSpot lead statuses
    'in progress', 'attempted to contact', 'attempting to contact', 'connected', 'unqualified', 'bad timing',
    // Salesforce lead statuses
    'Open - Not Contacted', 'Working - Contacted', 'Closed - Not Converted',
    // Zoho CRM lead statuses: a lead lost or junked before any deal is a lead, not a lost opportunity
    'Not Contacted', 'Contacted', 'Contact in Future', 'Junk Lead', 'Lost Lead', 'Not Qualified',
    // ruled out before any deal (Salesforce JA 不適格, HubSpot JA lead statuses, kintone-style 対象外): still leads
    '不適格', '対象外', '対象外リード', 'disqualified', '進行中', '接触を試みた', '接続済み', 'タイミングが悪い',
  ],
  mql: [
    'MQL', 'Marketing Qualified Lead', 'marketingqualifiedlead', 'marketing qualified', 'MQL化',
    'マーケティング上の有望な見込み客', 'ホットリード', 'hot lead', 'SAL', 'Sales Accepted Lead',
    // Zoho CRM: qualified by marketing before sales takes it on
    'Pre-Qualified',
  ],
  sql: [
    'SQL', 'Sales Qualified Lead', 'salesqualifiedlead', 'sales qualified', 'SQL化', '営業上の有望な見込み客',
    // Salesforce's newer default lead statuses (New, Working, Nurturing, Qualified, Unqualified): ready to convert
    'Qualified',
  ],
  opportunities: [
    '商談', '商談中', '商談化', '商談化済み', 'opportunity', 'opportunities', '提案', '提案中', '提案済み',
    '見積', '見積中', '見積提出', '見積提出済み', '見積もり', '見積り', '提案/見積', '交渉', '交渉中', '契約交渉',
    '稟議中', '受注見込み', '受注予定', '取引開始', '取引開始済み', 'proposal', 'negotiation',
    // HubSpot lead status "Open Deal" and default deal stages (labels and internal IDs)
    'open deal', 'Appointment Scheduled', 'appointmentscheduled', 'Qualified To Buy', 'qualifiedtobuy',
    'Presentation Scheduled', 'presentationscheduled', 'Decision Maker Bought-In', 'decisionmakerboughtin',
    'Contract Sent', 'contractsent',
    // the same stages as Japanese portals label them (wording unconfirmed, so several spellings)
    'アポイント設定済み', 'アポ設定済み', '購入の見込みあり', '購入見込みあり', 'プレゼンテーション設定済み',
    'プレゼン設定済み', 'プレゼン予定', 'プレゼンテーション予定', '意思決定者の賛同', '意思決定者の同意', '決裁者の賛同',
    '決裁者の同意', '契約書送付済み',
    // Salesforce opportunity stages (English and Japanese) and a converted lead
    'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
    'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'ニーズ分析', '価値提案',
    '意思決定者の特定', '認識分析', '交渉/レビュー', 'Closed - Converted',
    // A converted lead (orgs relabel Closed - Converted; Zoho and other CRMs say Converted)
    'Converted', 'コンバート済み', '取引開始済',
    // Maven Analytics CRM pipeline: a deal being worked
    'Engaging',
    // Salesforce JA Qualification, HubSpot JA lead status Open Deal, common Japanese custom stages
    '選定', 'オープン取引', '要件確認', 'ヒアリング', 'デモ', 'トライアル', '稟議',
  ],
  won: [
    '受注', '受注済', '受注済み', '受注確定', '成約', '成約済', '成約済み', '成立', '契約', '契約済', '契約済み',
    '契約締結', '導入済み', 'Closed Won', 'closedwon', 'won', 'Customer', '顧客', '既存顧客', 'Evangelist',
    'エバンジェリスト',
  ],
  lost: ['失注', '失注済み', 'Closed Lost', 'closedlost', 'lost', '不成立', '見送り'],
};
