import { recognizeTab, recognizeTabAs } from '../../../src/core/recognition/recognizeTab';
import { emailNewsletterJa } from '../../fixtures/exports/email-newsletter-ja';
import { ga4TrafficAcquisitionEn } from '../../fixtures/exports/ga4-traffic-acquisition-en';
import { ga4TrafficAcquisitionJa } from '../../fixtures/exports/ga4-traffic-acquisition-ja';
import { googleAdsCampaignReportEn } from '../../fixtures/exports/google-ads-campaign-report-en';
import { googleAdsCampaignReportJa } from '../../fixtures/exports/google-ads-campaign-report-ja';
import { handmadeAdsJa } from '../../fixtures/exports/handmade-ads-ja';
import { handmadeDealsJa } from '../../fixtures/exports/handmade-deals-ja';
import { handmadeLeadsJa } from '../../fixtures/exports/handmade-leads-ja';
import { hubspotContactsEn } from '../../fixtures/exports/hubspot-contacts-en';
import { hubspotContactsJa } from '../../fixtures/exports/hubspot-contacts-ja';
import { hubspotDealsEn } from '../../fixtures/exports/hubspot-deals-en';
import { hubspotDealsJa } from '../../fixtures/exports/hubspot-deals-ja';
import { salesforceLeadsApi } from '../../fixtures/exports/salesforce-leads-api';
import { salesforceLeadsJa } from '../../fixtures/exports/salesforce-leads-ja';
import { salesforceOpportunitiesApi } from '../../fixtures/exports/salesforce-opportunities-api';
import { salesforceOpportunitiesJa } from '../../fixtures/exports/salesforce-opportunities-ja';
import { targetsLongEn } from '../../fixtures/exports/targets-long-en';
import { targetsWideJa } from '../../fixtures/exports/targets-wide-ja';
import { yahooSearchAdsReportJa } from '../../fixtures/exports/yahoo-search-ads-report-ja';

describe('recognizeTab', () => {
  describe('GA4 exports', () => {
    it('skips the # preamble and maps the Japanese traffic-acquisition columns', () => {
      const result = recognizeTab('GA4', ga4TrafficAcquisitionJa);
      expect(result.mapping).toEqual({
        tab: 'GA4',
        kind: 'traffic',
        headerRow: 9,
        columns: { date: 0, channel: 1, sessions: 3, engaged_sessions: 4, avg_engagement_seconds: 6, bounce_rate: 8 },
      });
      expect(result.missingRequired).toEqual([]);
      expect(result.confidence).toBeGreaterThanOrEqual(0.9);
      expect(result.dataRowCount).toBe(3);
    });

    it('maps the English traffic-acquisition columns the same way', () => {
      const result = recognizeTab('GA4 (en)', ga4TrafficAcquisitionEn);
      expect(result.mapping.kind).toBe('traffic');
      expect(result.mapping.headerRow).toBe(9);
      expect(result.mapping.columns).toEqual({
        date: 0,
        channel: 1,
        sessions: 3,
        engaged_sessions: 4,
        avg_engagement_seconds: 6,
        bounce_rate: 8,
      });
    });

    it('does not read GA4 表示回数 (page views) as impressions', () => {
      const result = recognizeTab('GA4', ga4TrafficAcquisitionJa);
      expect(result.columns[7]).toEqual({ index: 7, label: '表示回数', field: null, metric: null });
    });
  });

  describe('Google Ads exports', () => {
    it('skips the title and date-range rows of a Japanese report', () => {
      const result = recognizeTab('Google広告', googleAdsCampaignReportJa);
      expect(result.mapping).toEqual({
        tab: 'Google広告',
        kind: 'ads',
        headerRow: 2,
        columns: { date: 0, campaign: 1, impressions: 4, clicks: 5, cost: 8, conversions: 9 },
        channel: 'Google広告',
      });
    });

    it('maps the abbreviated English headers (Impr., Cost / conv. is not cost)', () => {
      const result = recognizeTab('Google Ads', googleAdsCampaignReportEn);
      expect(result.mapping.kind).toBe('ads');
      expect(result.mapping.headerRow).toBe(2);
      expect(result.mapping.columns).toEqual({ date: 0, campaign: 1, impressions: 4, clicks: 5, cost: 8, conversions: 9 });
      expect(result.mapping.channel).toBe('Google Ads');
    });
  });

  describe('Yahoo!広告 exports', () => {
    it('maps コスト and インプレッション数 and skips the title row', () => {
      const result = recognizeTab('Yahoo!広告', yahooSearchAdsReportJa);
      expect(result.mapping).toEqual({
        tab: 'Yahoo!広告',
        kind: 'ads',
        headerRow: 1,
        columns: { date: 0, campaign: 1, impressions: 2, clicks: 3, cost: 6, conversions: 7 },
        channel: 'Yahoo!広告',
      });
    });
  });

  describe('HubSpot exports', () => {
    it('maps English contacts with lifecycle stage and Became-a dates', () => {
      const result = recognizeTab('contacts', hubspotContactsEn);
      expect(result.mapping.kind).toBe('leads');
      expect(result.mapping.columns).toEqual({
        lead_id: 0,
        email: 3,
        company: 5,
        status: 7,
        created_date: 9,
        channel: 10,
        score: 12,
        mql_date: 14,
        sql_date: 15,
        opportunity_date: 16,
        won_date: 17,
      });
    });

    it('never maps a Date exited column', () => {
      const result = recognizeTab('contacts', hubspotContactsEn);
      expect(result.columns[18]?.field).toBeNull();
    });

    it('maps Japanese contacts', () => {
      const result = recognizeTab('コンタクト', hubspotContactsJa);
      expect(result.mapping.kind).toBe('leads');
      expect(result.mapping.columns).toEqual({
        lead_id: 0,
        email: 3,
        company: 5,
        status: 7,
        created_date: 9,
        channel: 10,
        score: 11,
        mql_date: 13,
        sql_date: 14,
        opportunity_date: 15,
        won_date: 16,
      });
    });

    it('maps English and Japanese deals', () => {
      expect(recognizeTab('deals', hubspotDealsEn).mapping).toEqual({
        tab: 'deals',
        kind: 'deals',
        headerRow: 0,
        columns: { deal_id: 0, stage: 2, amount: 4, close_date: 5, created_date: 6, company: 8 },
      });
      expect(recognizeTab('取引', hubspotDealsJa).mapping).toEqual({
        tab: '取引',
        kind: 'deals',
        headerRow: 0,
        columns: { deal_id: 0, stage: 2, amount: 4, close_date: 5, created_date: 6 },
      });
    });

    it('maps Date entered "…" columns to stage dates', () => {
      const header = [
        'Create Date',
        'Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"',
        'Date entered "Customer (Lifecycle Stage Pipeline)"',
        'Date exited "Customer (Lifecycle Stage Pipeline)"',
      ];
      expect(recognizeTab('contacts', [header]).mapping.columns).toEqual({ created_date: 0, mql_date: 1, won_date: 2 });
    });
  });

  describe('Salesforce exports', () => {
    it('maps leads with API names', () => {
      expect(recognizeTab('Lead', salesforceLeadsApi).mapping).toEqual({
        tab: 'Lead',
        kind: 'leads',
        headerRow: 0,
        columns: {
          lead_id: 0,
          email: 3,
          company: 4,
          channel: 5,
          status: 6,
          created_date: 7,
          opportunity_flag: 8,
          opportunity_date: 9,
        },
      });
    });

    it('maps leads with Japanese labels', () => {
      expect(recognizeTab('リード', salesforceLeadsJa).mapping.columns).toEqual({
        company: 3,
        email: 4,
        channel: 5,
        status: 6,
        created_date: 7,
        opportunity_flag: 8,
        opportunity_date: 9,
      });
    });

    it('maps opportunities with API names and Japanese labels as deals', () => {
      const api = recognizeTab('Opportunity', salesforceOpportunitiesApi);
      expect(api.mapping.kind).toBe('deals');
      // IsClosed and IsWon decide the outcome when the stage does not (design §3.2.1).
      expect(api.mapping.columns).toEqual({ deal_id: 0, stage: 3, amount: 4, close_date: 6, created_date: 7, closed_flag: 8, won_flag: 9, channel: 10 });
      const ja = recognizeTab('商談', salesforceOpportunitiesJa);
      expect(ja.mapping.kind).toBe('deals');
      expect(ja.mapping.columns).toEqual({
        deal_id: 0,
        company: 2,
        stage: 3,
        amount: 4,
        close_date: 6,
        created_date: 7,
        channel: 8,
      });
    });
  });

  describe('lead attributes (design §4.7)', () => {
    it('maps Japanese attribute columns of a lead list', () => {
      const header = ['作成日', '会社名', '業種', '従業員数', '売上規模', '役職', '部署', 'キャンペーン', '資料名', 'リード種別'];
      expect(recognizeTab('リード', [header]).mapping.columns).toEqual({
        created_date: 0,
        company: 1,
        industry: 2,
        employees: 3,
        company_size: 4,
        job_title: 5,
        department: 6,
        campaign: 7,
        content: 8,
        lead_type: 9,
      });
    });

    it('maps HubSpot and Salesforce attribute columns', () => {
      const hubspot = ['Create Date', 'Email', 'Industry', 'Number of Employees', 'Annual Revenue', 'Job Title', 'First Conversion', 'Lead Type'];
      expect(recognizeTab('contacts', [hubspot]).mapping.columns).toEqual({
        created_date: 0,
        email: 1,
        industry: 2,
        employees: 3,
        company_size: 4,
        job_title: 5,
        content: 6,
        lead_type: 7,
      });
      const salesforce = ['Id', 'CreatedDate', 'Title', 'Industry', 'NumberOfEmployees', 'AnnualRevenue', 'LeadSource'];
      expect(recognizeTab('Lead', [salesforce]).mapping.columns).toEqual({
        lead_id: 0,
        created_date: 1,
        job_title: 2,
        industry: 3,
        employees: 4,
        company_size: 5,
        channel: 6,
      });
    });

    it('does not take attribute columns as evidence of a leads tab', () => {
      // A deals list that also carries the company's industry and size stays a deals tab.
      const deals = recognizeTab('案件', [['案件ID', '作成日', 'フェーズ', '金額', '業種', '従業員数', '役職', 'キャンペーン']]);
      expect(deals.mapping.kind).toBe('deals');
      // A dated sheet whose other columns are attributes is no leads tab.
      expect(recognizeTab('シート1', [['日付', '業種', '役職']]).mapping.kind).toBeNull();
    });
  });

  describe('hand-made sheets', () => {
    it('maps a Japanese lead list with flags below a title', () => {
      const result = recognizeTab('リード一覧', handmadeLeadsJa);
      expect(result.mapping).toEqual({
        tab: 'リード一覧',
        kind: 'leads',
        headerRow: 2,
        columns: {
          created_date: 0,
          company: 1,
          email: 3,
          channel: 4,
          mql_flag: 5,
          opportunity_flag: 6,
          won_date: 7,
          amount: 8,
        },
      });
      expect(result.headerLabels).toEqual(handmadeLeadsJa[2]);
    });

    it('maps a Japanese ad-spend sheet and ignores the unit in 広告費（円）', () => {
      const result = recognizeTab('広告費', handmadeAdsJa);
      expect(result.mapping).toEqual({
        tab: '広告費',
        kind: 'ads',
        headerRow: 0,
        columns: { date: 0, channel: 1, cost: 2, impressions: 3, clicks: 4 },
      });
    });

    it('maps a Japanese deals sheet as deals, not leads', () => {
      const result = recognizeTab('商談管理', handmadeDealsJa);
      expect(result.mapping.kind).toBe('deals');
      expect(result.mapping.columns).toEqual({ created_date: 0, company: 1, stage: 2, close_date: 3, amount: 4 });
      expect(result.candidates.map((candidate) => candidate.kind)).toEqual(['deals', 'leads']);
    });

    it('maps a newsletter sheet as email with both sent and delivered', () => {
      const result = recognizeTab('メルマガ', emailNewsletterJa);
      expect(result.mapping.kind).toBe('email');
      expect(result.mapping.columns).toEqual({ date: 0, campaign: 1, segment: 2, sent: 3, delivered: 4, opens: 5, clicks: 6 });
    });
  });

  describe('targets tabs', () => {
    it('recognises the wide layout with one column per metric', () => {
      const result = recognizeTab('目標', targetsWideJa);
      expect(result.mapping).toEqual({
        tab: '目標',
        kind: 'targets',
        headerRow: 0,
        columns: { month: 0 },
        wideMetrics: { 1: 'leads', 2: 'opportunities', 3: 'won', 4: 'revenue', 5: 'cost' },
      });
      expect(result.targetsLayout).toBe('wide');
      expect(result.columns[1]?.metric).toBe('leads');
    });

    it('recognises the long layout', () => {
      const result = recognizeTab('Targets', targetsLongEn);
      expect(result.mapping).toEqual({
        tab: 'Targets',
        kind: 'targets',
        headerRow: 0,
        columns: { month: 0, metric: 1, target: 2 },
      });
      expect(result.targetsLayout).toBe('long');
    });

    it('reads target words around metric names in wide headers', () => {
      const result = recognizeTab('KPI', [['年月', 'リード数目標', '目標商談数', '売上目標', '受注件数（目標）']]);
      expect(result.mapping.wideMetrics).toEqual({ 1: 'leads', 2: 'opportunities', 3: 'revenue', 4: 'won' });
    });

    it('does not take a monthly ads tab for wide targets', () => {
      const result = recognizeTab('広告実績', [['月', '費用', '表示回数']]);
      expect(result.mapping.kind).toBe('ads');
    });
  });

  describe('kinds resolved by context', () => {
    it('reads クリック数 as ad clicks in an ads tab and email clicks in an email tab', () => {
      expect(recognizeTab('広告', [['日付', '費用', 'クリック数']]).mapping.columns).toEqual({ date: 0, cost: 1, clicks: 2 });
      expect(recognizeTab('メール', [['配信日', '配信数', 'クリック数']]).mapping).toMatchObject({
        kind: 'email',
        columns: { date: 0, sent: 1, clicks: 2 },
      });
    });

    it('lets the tab name break a tie between leads and deals', () => {
      expect(recognizeTab('商談', [['作成日', '会社名', '金額']]).mapping.kind).toBe('deals');
      expect(recognizeTab('リード', [['作成日', '会社名', '金額']]).mapping.kind).toBe('leads');
    });
  });

  describe('edge cases', () => {
    it('returns no kind, no columns and zero confidence when nothing matches', () => {
      const result = recognizeTab('メモ', [['メモ', '担当'], ['打ち合わせ', '佐藤']]);
      expect(result.mapping).toEqual({ tab: 'メモ', kind: null, headerRow: 0, columns: {} });
      expect(result.confidence).toBe(0);
      expect(result.candidates).toEqual([]);
    });

    it('reports the missing required field of the best partial guess', () => {
      const result = recognizeTab('広告', [['日付', 'キャンペーン', '表示回数', 'クリック数']]);
      expect(result.mapping.kind).toBeNull();
      expect(result.candidates[0]?.kind).toBe('ads');
      expect(result.missingRequired).toEqual(['cost']);
      expect(result.confidence).toBeLessThan(0.5);
    });

    it('handles an empty tab', () => {
      const result = recognizeTab('空', []);
      expect(result.mapping).toEqual({ tab: '空', kind: null, headerRow: 0, columns: {} });
      expect(result.headerLabels).toEqual([]);
      expect(result.dataRowCount).toBe(0);
    });

    it('only looks for the header in the first 30 rows', () => {
      const filler = Array.from({ length: 30 }, () => ['説明']);
      const result = recognizeTab('広告', [...filler, ['日付', '費用']]);
      expect(result.mapping.kind).toBeNull();
    });

    it('normalises headers: full-width, BOM, case, spaces and units', () => {
      const result = recognizeTab('広告', [['\uFEFFＤＡＴＥ', '  Cost (JPY) ', 'IMPRESSIONS']]);
      expect(result.mapping.columns).toEqual({ date: 0, cost: 1, impressions: 2 });
    });

    it('keeps the leftmost of two columns with equally good aliases', () => {
      const result = recognizeTab('広告', [['日付', '費用', '費用']]);
      expect(result.mapping.columns).toEqual({ date: 0, cost: 1 });
    });
  });
});

describe('recognizeTabAs', () => {
  it('maps the columns for a kind the user chose, even when required fields are missing', () => {
    const result = recognizeTabAs('メモ', [['日付', 'メモ']], 'ads');
    expect(result.mapping).toEqual({ tab: 'メモ', kind: 'ads', headerRow: 0, columns: { date: 0 }, channel: 'メモ' });
    expect(result.missingRequired).toEqual(['cost']);
  });

  it('finds the header row that fits the chosen kind', () => {
    const result = recognizeTabAs('Google広告', googleAdsCampaignReportJa, 'ads');
    expect(result.mapping.headerRow).toBe(2);
  });

  describe('edge cases', () => {
    it('uses the first non-blank row when no row matches the kind', () => {
      const result = recognizeTabAs('メモ', [[], ['# note'], ['メモ']], 'targets');
      expect(result.mapping).toEqual({ tab: 'メモ', kind: 'targets', headerRow: 2, columns: {} });
      expect(result.missingRequired).toEqual(['month', 'metric', 'target']);
    });
  });
});
