/**
 * The corpus cases: every file alone, plus the combinations a user really drops into one folder.
 * Each expectation comes from the counting modules in ./expected (csv-parse + explicit rules,
 * never the engine); the rules and why are written next to each count.
 */
import { dayFirst, isoDay } from './expected/csvFiles';
import { dealList, lookupTable } from './expected/dealLists';
import { combine, type Expectation } from './expected/expectation';
import { campaignReport } from './expected/googleAds';
import { reportWithDayFirstDates, reportWithoutDates, reportWithoutSessions } from './expected/ga4';
import { contacts, contactsWithDeals, deals, HUBSPOT_EN, HUBSPOT_JA } from './expected/hubspot';
import { facebookAds, googleFormsResponses, mailchimpApiCampaigns, mailchimpCampaigns, searchConsoleDates } from './expected/marketing';
import {
  pipedriveOutcome, pipedrivePeriod, salesforceLeadReport, salesforceLeadsWithOpportunities, salesforceOpportunityPeriod,
  salesforceOutcome, zohoLeads, zohoOutcome, zohoPotentialsPeriod,
} from './expected/crmExports';
import { dollars } from './expected/csvFiles';

export interface CorpusCase {
  readonly id: string;
  /** Files relative to test/fixtures/real-exports; each becomes a tab named after its file. */
  readonly files: readonly string[];
  /** Report language, which also sets the spreadsheet locale (ja → ja_JP, en → en_US). */
  readonly lang: 'ja' | 'en';
  readonly expected: Expectation;
}

const tabOf = (file: string): string => (file.split('/').pop() ?? file).replace(/\.(csv|tsv)$/i, '');

// ---- Google Ads ------------------------------------------------------------------------------
const GADS_INR = 'google-ads/campaign-report-inr-2025-07.csv';
const GADS_EUR = 'google-ads/campaign-report-eur-smart.csv';
const GADS_USD = 'google-ads/campaign-report-all-time-usd.csv';
const GADS_PMAX = 'google-ads/campaign-report-all-time-pmax.csv';
const GADS_JA = 'derived-ja/google-ads-campaign-report-ja.csv';
const gadsInr = campaignReport(GADS_INR, tabOf(GADS_INR));
const gadsEur = campaignReport(GADS_EUR, tabOf(GADS_EUR));
const gadsUsd = campaignReport(GADS_USD, tabOf(GADS_USD));
const gadsPmax = campaignReport(GADS_PMAX, tabOf(GADS_PMAX));
const gadsJa = campaignReport(GADS_JA, tabOf(GADS_JA), { utf16: true, delimiter: '\t', japanese: true });
// Real "CSV (Excel)" downloads: UTF-16LE, tab-separated.
const GADS_GBP = 'google-ads-utf16/campaign-report-gbp-en-gb.csv';
const GADS_ADGROUP = 'google-ads-utf16/ad-group-report-all-time.csv';
const gadsGbp = campaignReport(GADS_GBP, tabOf(GADS_GBP), { utf16: true, delimiter: '\t' });
const gadsAdGroup = campaignReport(GADS_ADGROUP, tabOf(GADS_ADGROUP), { utf16: true, delimiter: '\t' });

// ---- GA4 -------------------------------------------------------------------------------------
const GA4_TRAFFIC = 'ga4/traffic-acquisition.csv';
const GA4_EXPLORATION = 'ga4/exploration-user-explorer.csv';
const GA4_SNAPSHOT = 'ga4/reports-snapshot-organic-social.csv';
const GA4_EVENTS = 'ga4/events-report.csv';
const GA4_BY_DATE = 'ga4/traffic-by-date-hour.csv';
const GA4_JA = 'derived-ja/ga4-traffic-acquisition-ja.csv';
const ga4Traffic = reportWithoutDates(GA4_TRAFFIC, tabOf(GA4_TRAFFIC), 'Sessions');

// ---- HubSpot (dummy portal and its Japanese-portal derivative) --------------------------------
const HS_CONTACTS = 'hubspot-dummy/contacts.csv';
const HS_DEALS = 'hubspot-dummy/deals.csv';
const HS_CONTACTS_JA = 'derived-ja/hubspot-contacts-ja.csv';
const HS_DEALS_JA = 'derived-ja/hubspot-deals-ja.csv';
const hubspotLinked = contactsWithDeals(HS_CONTACTS, HS_DEALS, { contacts: tabOf(HS_CONTACTS), deals: tabOf(HS_DEALS) }, HUBSPOT_EN);

// ---- Deal and opportunity lists --------------------------------------------------------------
const truthy = (value: string | undefined): boolean => /^(true|1)$/i.test((value ?? '').trim());

const hubspotDealsFlags = dealList({
  file: 'hubspot-bi-challenge/hubspot_deals.csv',
  tab: 'hubspot_deals',
  outcome: (row) => (truthy(row['is_closed_won']) ? 'won' : truthy(row['is_closed']) ? 'lost' : 'open'),
  amount: 'amount',
  note: 'HubSpot API-named deal export without a stage column: is_closed_won = won, is_closed without won = lost (design §3.2.1 IsWon/IsClosed signals). Period not asserted (open deals, deals-only).',
});
const hubspotClosedDeals = dealList({
  file: 'hubspot-marketing-dashboard/hubspot_deals.csv',
  tab: 'hubspot_deals',
  outcome: (row) => (row['deal_stage'] === 'Closed Won' ? 'won' : row['deal_stage'] === 'Closed Lost' ? 'lost' : 'open'),
  amount: 'amount',
  period: { dates: (rows) => rows.map((row) => isoDay(row['close_date'] ?? '')) },
  note: 'No created date: each deal is dated by its close date (all deals are closed, so the period is every close date).',
});
const hubspotMigrationDeals = dealList({
  file: 'hubspot-migration-test/deals.csv',
  tab: 'deals',
  outcome: (row) => (row['dealstage'] === 'Closed Won' ? 'won' : 'open'),
  amount: null,
  note: 'No created date and no amount: dated by "close date", which is month first with dashes (01-14-2020 proves M-D-Y); Pending Response/Pending Contract are open stages; revenue is null because no tab has an amount.',
});
const salesforceFivetran = dealList({
  file: 'salesforce-fivetran/sf_opportunity_data.csv',
  tab: 'sf_opportunity_data',
  outcome: (row) => (truthy(row['is_won']) ? 'won' : truthy(row['is_closed']) ? 'lost' : 'open'),
  amount: 'amount',
  period: { dates: (rows) => rows.map((row) => isoDay(row['created_date'] ?? '')) },
  note: 'Salesforce Opportunity synced by a warehouse connector (snake_case API names); stage_name is hashed, so is_won/is_closed decide. is_deleted is true on most rows: the spec has no rule for deleted records, so every row counts (open question).',
});
const salesforceDataLoaderCounts = dealList({
  file: 'salesforce-dataloader/Opportunity.csv',
  tab: 'Opportunity',
  outcome: (row) => (row['IsWon'] === '1' ? 'won' : row['IsClosed'] === '1' ? 'lost' : 'open'),
  amount: 'Amount',
  period: { dates: (rows) => rows.map((row) => isoDay(row['CreatedDate'] ?? '')) },
  note: 'Salesforce Data Loader export with API columns (StageName, IsClosed, IsWon, CloseDate, LeadSource): an opportunity list, not leads; IsWon 0 and IsClosed 0 = open. Its CloseDate is an expected close date and makes nothing won; only the period start (the created date) is asserted.',
});
// The open deal's expected close date (2026-07-01) may or may not end a deals-only period: assert the start only.
const salesforceDataLoader: Expectation = { ...salesforceDataLoaderCounts, period: { from: salesforceDataLoaderCounts.period?.from } };
const sampleCrmOpportunities = dealList({
  file: 'sample-sales-crm/Opportunity.csv',
  tab: 'Opportunity',
  outcome: (row) => (row['OpportunityStage'] === 'Closed Won' ? 'won' : row['OpportunityStage'] === 'Closed Lost' ? 'lost' : 'open'),
  amount: 'EstimatedValue',
  note: 'No created date (dated by CloseDate). EstimatedValue is the opportunity amount (Dynamics 365 names its opportunity amount estimatedvalue). Period not asserted (open deals carry expected close dates).',
});
const mavenDdMmYy = dealList({
  file: 'maven-crm-ddmmyy/sales_pipeline.csv',
  tab: 'sales_pipeline',
  outcome: (row) => (row['deal_stage'] === 'Won' ? 'won' : row['deal_stage'] === 'Lost' ? 'lost' : 'open'),
  amount: 'close_value',
  period: {
    dates: (rows) => [
      ...rows.map((row) => dayFirst(row['engage_date'] ?? '')),
      ...rows.filter((row) => row['close_date'] !== '').map((row) => dayFirst(row['close_date'] ?? '')),
    ],
  },
  note: 'Maven Analytics CRM pipeline re-saved with two-digit D-M-Y dates (20-10-16 = 2016-10-20: first parts above 12 prove day first, two-digit years are 20xx). engage_date is the deal created date (design §3.2.1), close_value the amount; Engaging deals are open and have no close date, so the period (engage dates and closed deals\' close dates) is well defined.',
});
const powerBiPipeline = dealList({
  file: 'crm-powerbi/sales_pipeline.csv',
  tab: 'sales_pipeline',
  outcome: (row) => (row['deal_stage'] === 'Closed Won' ? 'won' : row['deal_stage'] === 'Closed Lost' ? 'lost' : 'open'),
  amount: 'deal_value',
  note: 'Maven-like pipeline keyed by ids (account_id, product_id); engage_date is the created date, deal_value the amount. Some close dates precede engage dates (data as published). Period not asserted (open deals carry expected close dates).',
});

// ---- Second round: Salesforce report exports, Zoho CRM, Pipedrive, Search Console ---------------
const SF_LEADS = 'salesforce-report/Lead.csv';
const SF_OPPS = 'salesforce-report/Oppertuninty Table.csv';
const sfLeads = salesforceLeadReport(SF_LEADS, tabOf(SF_LEADS));
const sfOpportunities = dealList({
  file: SF_OPPS,
  tab: tabOf(SF_OPPS),
  outcome: salesforceOutcome,
  amount: 'Amount',
  money: dollars,
  period: { dates: salesforceOpportunityPeriod },
  note: 'Salesforce Opportunity report exported by its labels (Created Date, Close Date, Stage, Closed, Won, Amount) and re-saved from an en-IN spreadsheet: day-first dates, amounts in lakh grouping ($1,77,000.00 = 177000), "N/A" blanks. Won TRUE = won, Closed TRUE without Won = lost; the stages Qualified Opportunity and Funnel are open. The tab name keeps the file\'s own misspelling.',
});
const ZOHO_LEADS = 'zoho-crm/Leads.csv';
const ZOHO_POTENTIALS = 'zoho-crm/Potentials.csv';
const zohoPotentials = dealList({
  file: ZOHO_POTENTIALS,
  tab: tabOf(ZOHO_POTENTIALS),
  outcome: zohoOutcome,
  amount: 'Amount',
  money: dollars,
  period: { dates: zohoPotentialsPeriod },
  note: 'Zoho CRM potentials (its older name for deals): Created Time and Closing Date written "15 Apr, 2021 00:03:00", Stage Closed Won / Closed Lost, the rest open; Amount in dollars.',
});
const PIPEDRIVE = 'pipedrive-kadro/basic_data_2003.csv';
const pipedriveDeals = dealList({
  file: PIPEDRIVE,
  tab: tabOf(PIPEDRIVE),
  outcome: pipedriveOutcome,
  amount: 'Deal - Value',
  period: { dates: pipedrivePeriod },
  note: 'Pipedrive deals export: every column is "Deal - …" or "Organization - …". Deal created is the created date, Deal closed on the close date, Status (with Won time / Lost time) the outcome; the pipeline stages (Follow up, Consideration, Blocked, Success …) are this company\'s own. Deal - Value is the amount.',
});
const GSC = 'search-console/Dates.csv';
const zohoLinked = zohoLeads(ZOHO_LEADS, tabOf(ZOHO_LEADS), { file: ZOHO_POTENTIALS, tab: tabOf(ZOHO_POTENTIALS) });

// ---- Others ----------------------------------------------------------------------------------
const kag = facebookAds('meta-kag/KAG_conversion_data.csv', 'KAG_conversion_data');
const philly = mailchimpCampaigns('mailchimp-philly/campaigns.csv', 'campaigns');

function sumOf(...values: (number | null | undefined)[]): number {
  return Math.round(values.reduce<number>((total, value) => total + (value ?? 0), 0) * 100) / 100;
}

export const CORPUS_CASES: readonly CorpusCase[] = [
  // Google Ads UI downloads
  { id: 'google-ads/inr-period-in-preamble', files: [GADS_INR], lang: 'en', expected: gadsInr },
  { id: 'google-ads/eur-zero-spend', files: [GADS_EUR], lang: 'en', expected: gadsEur },
  { id: 'google-ads/all-time-usd', files: [GADS_USD], lang: 'en', expected: gadsUsd },
  { id: 'google-ads/all-time-pmax', files: [GADS_PMAX], lang: 'en', expected: gadsPmax },
  { id: 'derived-ja/google-ads-utf16-tsv', files: [GADS_JA], lang: 'ja', expected: gadsJa },
  {
    id: 'google-ads/four-downloads-in-one-folder',
    files: [GADS_INR, GADS_EUR, GADS_USD, GADS_PMAX],
    lang: 'en',
    expected: combine([gadsInr, gadsEur, gadsUsd, gadsPmax], {
      totals: {
        cost: sumOf(gadsInr.totals?.cost, gadsEur.totals?.cost),
        impressions: sumOf(gadsInr.totals?.impressions, gadsEur.totals?.impressions),
        clicks: sumOf(gadsEur.totals?.clicks),
      },
      period: { from: gadsInr.period?.from, to: gadsEur.period?.to },
      reasoning: 'The two dated reports are used and add up; the two "All time" reports are not, and each must be named in the warnings. Clicks come from the EUR report only (the INR report has no Clicks column). The period spans both preamble periods.',
    }),
  },
  { id: 'google-ads/utf16-en-gb-period', files: [GADS_GBP], lang: 'en', expected: gadsGbp },
  { id: 'google-ads/utf16-ad-group-all-time', files: [GADS_ADGROUP], lang: 'en', expected: gadsAdGroup },
  {
    id: 'google-ads/utf16-dated-and-all-time',
    files: [GADS_GBP, GADS_ADGROUP],
    lang: 'en',
    expected: combine([gadsGbp, gadsAdGroup], {
      totals: gadsGbp.totals,
      period: gadsGbp.period,
      reasoning: 'The dated campaign report counts as alone (its "Total: Campaigns" and "Total: Campaign" rows are not added); the All-time ad-group report is unused and must be named in the warnings.',
    }),
  },
  // GA4
  { id: 'ga4/traffic-acquisition', files: [GA4_TRAFFIC], lang: 'en', expected: ga4Traffic },
  { id: 'ga4/exploration-grand-total', files: [GA4_EXPLORATION], lang: 'en', expected: reportWithoutDates(GA4_EXPLORATION, tabOf(GA4_EXPLORATION), 'Sessions') },
  { id: 'ga4/reports-snapshot', files: [GA4_SNAPSHOT], lang: 'en', expected: reportWithoutSessions(tabOf(GA4_SNAPSHOT), 'GA4 "Reports snapshot" download (many small tables; the first is Nth day × Users)') },
  { id: 'ga4/events-report', files: [GA4_EVENTS], lang: 'en', expected: reportWithoutSessions(tabOf(GA4_EVENTS), 'GA4 events report (Event name × Event count)') },
  { id: 'ga4/day-first-dates', files: [GA4_BY_DATE], lang: 'en', expected: reportWithDayFirstDates(GA4_BY_DATE, tabOf(GA4_BY_DATE)) },
  { id: 'derived-ja/ga4-traffic-acquisition', files: [GA4_JA], lang: 'ja', expected: reportWithoutDates(GA4_JA, tabOf(GA4_JA), 'セッション') },
  // HubSpot
  { id: 'hubspot/contacts', files: [HS_CONTACTS], lang: 'en', expected: contacts(HS_CONTACTS, tabOf(HS_CONTACTS), HUBSPOT_EN) },
  { id: 'hubspot/deals-only', files: [HS_DEALS], lang: 'en', expected: deals(HS_DEALS, tabOf(HS_DEALS), HUBSPOT_EN) },
  { id: 'hubspot/contacts+deals-by-associated-email', files: [HS_CONTACTS, HS_DEALS], lang: 'en', expected: hubspotLinked },
  { id: 'derived-ja/hubspot-contacts', files: [HS_CONTACTS_JA], lang: 'ja', expected: contacts(HS_CONTACTS_JA, tabOf(HS_CONTACTS_JA), HUBSPOT_JA) },
  {
    id: 'derived-ja/hubspot-contacts+deals',
    files: [HS_CONTACTS_JA, HS_DEALS_JA],
    lang: 'ja',
    expected: contactsWithDeals(HS_CONTACTS_JA, HS_DEALS_JA, { contacts: tabOf(HS_CONTACTS_JA), deals: tabOf(HS_DEALS_JA) }, HUBSPOT_JA),
  },
  { id: 'hubspot/api-deals-with-closed-flags', files: ['hubspot-bi-challenge/hubspot_deals.csv'], lang: 'en', expected: hubspotDealsFlags },
  { id: 'hubspot/closed-deals-without-created-date', files: ['hubspot-marketing-dashboard/hubspot_deals.csv'], lang: 'en', expected: hubspotClosedDeals },
  { id: 'hubspot/month-first-close-dates-no-amount', files: ['hubspot-migration-test/deals.csv'], lang: 'en', expected: hubspotMigrationDeals },
  // Salesforce and other CRMs
  { id: 'salesforce/connector-opportunities', files: ['salesforce-fivetran/sf_opportunity_data.csv'], lang: 'en', expected: salesforceFivetran },
  { id: 'salesforce/data-loader-open-opportunity', files: ['salesforce-dataloader/Opportunity.csv'], lang: 'en', expected: salesforceDataLoader },
  { id: 'crm/opportunities-without-created-date', files: ['sample-sales-crm/Opportunity.csv'], lang: 'en', expected: sampleCrmOpportunities },
  { id: 'maven-crm/two-digit-day-first-dates', files: ['maven-crm-ddmmyy/sales_pipeline.csv'], lang: 'en', expected: mavenDdMmYy },
  { id: 'crm-powerbi/pipeline', files: ['crm-powerbi/sales_pipeline.csv'], lang: 'en', expected: powerBiPipeline },
  { id: 'crm-powerbi/products-alone', files: ['crm-powerbi/products.csv'], lang: 'en', expected: lookupTable('products', 'Product price list') },
  {
    id: 'crm-powerbi/pipeline+lookup-tables',
    files: ['crm-powerbi/sales_pipeline.csv', 'crm-powerbi/products.csv', 'crm-powerbi/sales_teams.csv'],
    lang: 'en',
    expected: combine([powerBiPipeline, lookupTable('products', 'Product price list'), lookupTable('sales_teams', 'Sales agent → manager table')], {
      totals: powerBiPipeline.totals,
      reasoning: 'The pipeline counts as alone; products and sales_teams are unused and each must be named in the warnings (never silent).',
    }),
  },
  // Meta, e-mail, forms
  { id: 'meta/ad-sets-day-first-dates', files: ['meta-kag/KAG_conversion_data.csv'], lang: 'en', expected: kag },
  { id: 'mailchimp/campaigns-total-recipients', files: ['mailchimp-philly/campaigns.csv'], lang: 'en', expected: philly },
  { id: 'mailchimp/api-campaigns-emails-sent', files: ['mailchimp-archiebos/campaigns.csv'], lang: 'en', expected: mailchimpApiCampaigns('mailchimp-archiebos/campaigns.csv', 'campaigns') },
  { id: 'google-forms/responses-en-us', files: ['google-forms/form-responses-1.csv'], lang: 'en', expected: googleFormsResponses('google-forms/form-responses-1.csv', 'form-responses-1') },
  // Salesforce report exports (labels, en-IN number grouping, day-first dates)
  { id: 'salesforce-report/lead-report', files: [SF_LEADS], lang: 'en', expected: sfLeads },
  { id: 'salesforce-report/opportunity-report-lakh-amounts', files: [SF_OPPS], lang: 'en', expected: sfOpportunities },
  {
    id: 'salesforce-report/leads+opportunities-without-a-shared-key',
    files: [SF_LEADS, SF_OPPS],
    lang: 'en',
    expected: salesforceLeadsWithOpportunities(SF_LEADS, tabOf(SF_LEADS), SF_OPPS, tabOf(SF_OPPS)),
  },
  // Zoho CRM
  { id: 'zoho/leads', files: [ZOHO_LEADS], lang: 'en', expected: zohoLeads(ZOHO_LEADS, tabOf(ZOHO_LEADS)) },
  { id: 'zoho/potentials', files: [ZOHO_POTENTIALS], lang: 'en', expected: zohoPotentials },
  { id: 'zoho/leads+potentials-by-leadid', files: [ZOHO_LEADS, ZOHO_POTENTIALS], lang: 'en', expected: zohoLinked },
  // Pipedrive
  { id: 'pipedrive/deals-with-record-prefixed-headers', files: [PIPEDRIVE], lang: 'en', expected: pipedriveDeals },
  // Search Console
  { id: 'search-console/dates-refused', files: [GSC], lang: 'en', expected: searchConsoleDates(GSC, tabOf(GSC)) },
  {
    id: 'mixed/search-console+zoho-leads+potentials',
    files: [GSC, ZOHO_LEADS, ZOHO_POTENTIALS],
    lang: 'en',
    expected: combine([searchConsoleDates(GSC, tabOf(GSC)), zohoLinked], {
      totals: zohoLinked.totals,
      period: zohoLinked.period,
      reasoning: 'The Search Console tab is unused and must be named in the warnings; the Zoho leads and potentials count as alone (the default period is the leads\' created dates).',
    }),
  },
  // A marketer's folder: ads + analytics + CRM + e-mail
  {
    id: 'mixed/meta+ga4+hubspot+mailchimp',
    files: ['meta-kag/KAG_conversion_data.csv', GA4_TRAFFIC, HS_CONTACTS, HS_DEALS, 'mailchimp-philly/campaigns.csv'],
    lang: 'en',
    expected: combine([kag, ga4Traffic, hubspotLinked, philly], {
      totals: { ...kag.totals, ...ga4Traffic.totals, ...hubspotLinked.totals },
      ...(philly.email ? { email: philly.email } : {}),
      period: hubspotLinked.period,
      reasoning:
        'Default period = earliest to latest date of ads/traffic rows and lead created dates: the leads span it, and the ads month, the GA4 preamble period and every campaign send date fall inside it, so every ad row, session and delivered e-mail counts. Leads, stages and revenue as in the HubSpot contacts+deals case.',
    }),
  },
];

