/** Ad-platform, e-mail and form exports that are not Google's. */
import { amount, cents, dayFirst, monthFirst, monthName, readRecords, span, sum } from './csvFiles';
import type { Expectation } from './expectation';

/**
 * Facebook ad-set export (the Kaggle "KAG_conversion_data" layout with a Date column a user added,
 * written day first, `31-08-2023`). Spent is the cost (design §3.2.1 alias), Impressions and Clicks
 * are summed; the column proves D-M-Y because first parts above 12 occur.
 */
export function facebookAds(file: string, tab: string): Expectation {
  const rows = readRecords(file).filter((row) => row['Date'] !== '');
  return {
    tabs: { [tab]: { kind: 'ads' } },
    totals: {
      cost: cents(sum(rows.map((row) => amount(row['Spent'])))),
      impressions: sum(rows.map((row) => amount(row['Impressions']))),
      clicks: sum(rows.map((row) => amount(row['Clicks']))),
    },
    period: span(rows.map((row) => dayFirst(row['Date'] ?? ''))),
    reasoning: `${rows.length} ad-set rows; cost = Spent, dates day first.`,
  };
}

/**
 * Mailchimp "campaigns" list export: one row per sent campaign, `Total Recipients` is the delivered
 * count (design §3.2.1 alias), `Send Date` like `Jun 01, 2023 09:46 pm`. This export has no opens or
 * clicks columns, so those are null. An e-mail-only workbook is usable; its period spans the send dates.
 */
export function mailchimpCampaigns(file: string, tab: string): Expectation {
  const rows = readRecords(file);
  return {
    tabs: { [tab]: { kind: 'email' } },
    email: { campaigns: rows.length, delivered: sum(rows.map((row) => amount(row['Total Recipients']))), opens: null, clicks: null },
    period: span(rows.map((row) => monthName(row['Send Date'] ?? ''))),
    reasoning: `${rows.length} campaigns; delivered = Total Recipients; no opens/clicks columns.`,
  };
}

/**
 * Mailchimp campaigns pulled through the API into a sheet: `Emails Sent` is the sent count (design
 * §3.1 "delivered (or sent)"). `Create Time` is an ISO instant with `+00:00`; which calendar day that
 * is depends on the time zone, so the period is not asserted.
 */
export function mailchimpApiCampaigns(file: string, tab: string): Expectation {
  const rows = readRecords(file);
  return {
    tabs: { [tab]: { kind: 'email' } },
    email: { campaigns: rows.length, delivered: sum(rows.map((row) => amount(row['Emails Sent']))), opens: null, clicks: null },
    reasoning: `${rows.length} campaigns (a paused one with 0 sent included); delivered = Emails Sent.`,
  };
}

/**
 * Google Forms response sheet downloaded as CSV from an en_US spreadsheet: `Timestamp` is the
 * created date (design §3.2.1 alias) written month first by that locale (`9/6/2018 0:06:16`). Every
 * value is ambiguous (6 and 9 are both ≤ 12), so the order follows the spreadsheet locale, en_US
 * M/D/Y (design §3.2.1), with one warning. No e-mail or id column, so no de-duplication.
 */
export function googleFormsResponses(file: string, tab: string): Expectation {
  const rows = readRecords(file);
  return {
    tabs: { [tab]: { kind: 'leads' } },
    totals: { leads: rows.length },
    period: span(rows.map((row) => monthFirst(row['Timestamp'] ?? ''))),
    reasoning: `${rows.length} responses = ${rows.length} leads.`,
  };
}

/**
 * Google Search Console "Performance" export, its Dates.csv: organic search clicks and impressions
 * per day, with CTR and average position. There is no cost (so it is not an ads report: design §3.1
 * requires date and cost) and no sessions (not a traffic report either). The tab cannot be used, and
 * the message must name the missing cost column that its clicks and impressions ask for.
 */
export function searchConsoleDates(file: string, tab: string): Expectation {
  const header = Object.keys(readRecords(file)[0] ?? {});
  if (header.join(',') !== 'Date,Clicks,Impressions,CTR,Position') throw new Error(`unexpected Search Console header: ${header.join(',')}`);
  return {
    tabs: { [tab]: { kind: null, refusal: /"cost"/ } },
    reasoning: 'Search Console Dates.csv: Date, Clicks, Impressions, CTR, Position — organic search, no cost and no sessions, so no kind can use it; the refusal names the cost column an ads tab needs.',
  };
}
