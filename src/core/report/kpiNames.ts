/**
 * The name of every KPI in both languages: the column headers and the KPI guide sheet (design §6,
 * sheet 7) both show it. This table is not in Code.js (design §10): the build writes it into
 * `ReportLabels.html` with the report's fixed words (`labelTexts.ts`), and the report reads it
 * through `kpiName` (`labels.ts`); only the build, the docs and the tests import it from here.
 */
import type { Bilingual } from '../functions/catalogTypes';
import type { KpiKey } from './kpiCatalog';

export const KPI_NAMES: { readonly [K in KpiKey]: Bilingual } = {
  impressions: { ja: '表示回数', en: 'Impressions' },
  clicks: { ja: 'クリック数', en: 'Clicks' },
  sessions: { ja: 'セッション', en: 'Sessions' },
  engagedSessions: { ja: 'エンゲージのあったセッション数', en: 'Engaged sessions' },
  downloads: { ja: '資料DL数', en: 'Downloads' },
  leads: { ja: 'リード', en: 'Leads' },
  mql: { ja: 'MQL', en: 'MQL' },
  sql: { ja: 'SQL', en: 'SQL' },
  opportunities: { ja: '商談', en: 'Opportunities' },
  won: { ja: '受注', en: 'Won' },
  lost: { ja: '失注', en: 'Lost' },
  openOpportunities: { ja: '進行中の商談', en: 'Open opportunities' },
  cost: { ja: '費用', en: 'Cost' },
  revenue: { ja: '受注金額', en: 'Revenue' },
  pipelineAmount: { ja: '進行中の商談金額', en: 'Pipeline amount' },
  adCost: { ja: '広告費（クリック計測分）', en: 'Ad cost with clicks' },
  ctr: { ja: 'クリック率', en: 'CTR' },
  cpc: { ja: 'クリック単価', en: 'CPC' },
  engagementRate: { ja: 'エンゲージメント率', en: 'Engagement rate' },
  downloadRate: { ja: '資料DL率', en: 'Download rate' },
  leadConversionRate: { ja: 'CVR（セッション→リード）', en: 'CVR (sessions → leads)' },
  cpl: { ja: 'リード獲得単価（CPL）', en: 'CPL (cost per lead)' },
  mqlRate: { ja: 'MQL化率', en: 'MQL rate' },
  sqlRate: { ja: 'SQL化率', en: 'SQL rate' },
  opportunityRate: { ja: '商談化率', en: 'Opportunity rate' },
  winRate: { ja: '受注率', en: 'Win rate' },
  opportunityToWinRate: { ja: '商談→受注率', en: 'Opportunity-to-win rate' },
  leadToWinRate: { ja: 'リード→受注率', en: 'Lead-to-win rate' },
  costPerOpportunity: { ja: '商談獲得単価', en: 'Cost per opportunity' },
  cac: { ja: '顧客獲得単価（CAC）', en: 'CAC (customer acquisition cost)' },
  averageDealSize: { ja: '受注単価', en: 'Average deal size' },
  roas: { ja: 'ROAS', en: 'ROAS' },
  ltv: { ja: 'LTV（顧客生涯価値）', en: 'LTV (lifetime value)' },
  ltvToCac: { ja: 'LTV/CAC', en: 'LTV/CAC' },
  stepConversion: { ja: '前段からの転換率', en: 'Conversion from previous stage' },
  conversionFromLeads: { ja: 'リードからの転換率', en: 'Conversion from leads' },
  costPerStage: { ja: '1件あたりの費用', en: 'Cost per stage' },
  leadsChange: { ja: 'リード数の前月比', en: 'Leads vs previous month' },
  opportunityRateChange: { ja: '商談化率の前月差', en: 'Opportunity rate vs previous month' },
  previousPeriod: { ja: '前期間', en: 'Previous period' },
  periodChange: { ja: '前期間比', en: 'Change vs previous period' },
  target: { ja: '目標', en: 'Target' },
  eventDateActual: { ja: '実績（発生日ベース）', en: 'Actual by event date' },
  attainment: { ja: '目標達成率', en: 'Attainment' },
  immature: { ja: '集計途中（暫定）', en: 'Provisional' },
  projection: { ja: '見込み（集計途中の月）', en: 'Expected (provisional months)' },
  medianDays: { ja: 'リードタイム（中央値）', en: 'Median days between stages' },
  delivered: { ja: '配信成功数', en: 'Delivered' },
  opens: { ja: '開封数', en: 'Opens' },
  emailClicks: { ja: 'クリック数（メール）', en: 'Clicks (email)' },
  openRate: { ja: '開封率', en: 'Open rate' },
  clickRate: { ja: 'クリック率（メール）', en: 'Click rate (email)' },
  clickToOpenRate: { ja: '反応率（クリック ÷ 開封）', en: 'Click-to-open rate' },
  grossMargin: { ja: '粗利率', en: 'Gross margin' },
  expectedPurchases: { ja: '想定購入回数', en: 'Expected purchases' },
};

/**
 * The names of every KPI in one language, by key, as the report labels' table holds them.
 *
 * @example
 * kpiNamesIn('ja').opportunityRate
 * //=> '商談化率'
 */
export function kpiNamesIn(language: keyof Bilingual): { readonly [K in KpiKey]: string } {
  return Object.fromEntries(Object.entries(KPI_NAMES).map(([key, name]) => [key, name[language]])) as { readonly [K in KpiKey]: string };
}
