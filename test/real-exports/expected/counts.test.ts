/**
 * Checks on the independent counts themselves: where an export carries its own totals (Google Ads
 * "Total: Campaigns", GA4 "Grand total"), the counting modules must agree with them; the trimmed
 * HubSpot deals must still belong to the kept contacts; the date readers read what they say.
 */
import { amount, cents, dayFirst, dayMonthName, dollars, monthFirst, monthName, readRecords, readRows, recordsBelow, sum } from './csvFiles';
import { campaignReport } from './googleAds';
import { reportWithoutDates } from './ga4';

describe('counting helpers', () => {
  it('read each date notation of the corpus', () => {
    expect(dayFirst('20-10-16')).toBe('2016-10-20');
    expect(dayFirst('31-08-2023')).toBe('2023-08-31');
    expect(monthFirst('01-14-2020')).toBe('2020-01-14');
    expect(monthFirst('9/6/2018 0:06:16')).toBe('2018-09-06');
    expect(monthName('Jun 01, 2023 09:46 pm')).toBe('2023-06-01');
    expect(monthName('July 8, 2025')).toBe('2025-07-08');
    expect(dayMonthName('27 January 2026')).toBe('2026-01-27');
    expect(dayMonthName('15 Apr, 2021 00:03:00')).toBe('2021-04-15');
    expect(dollars('$1,77,000.00 ')).toBe(177000);
    expect(dollars('N/A')).toBeNull();
  });

  it('treat export blank markers as blank and keep thousands separators whole', () => {
    expect(amount(' --')).toBeNull();
    expect(amount('"1,356,884"'.replace(/"/g, ''))).toBe(1356884);
  });
});

describe('the counts agree with the totals the exports carry', () => {
  it.each([
    ['google-ads/campaign-report-inr-2025-07.csv', 'Total: Campaigns'],
    ['google-ads/campaign-report-all-time-usd.csv', 'Total: Campaigns'],
    ['google-ads/campaign-report-eur-smart.csv', 'Total: Campaigns'],
    ['google-ads-utf16/campaign-report-gbp-en-gb.csv', 'Total: Campaigns'],
  ])('%s: campaign rows add up to its "%s" row', (file, totalLabel) => {
    const utf16 = file.startsWith('google-ads-utf16/');
    const records = recordsBelow(readRows(file, utf16 ? { utf16, delimiter: '\t' } : {}), 2);
    const total = records.find((r) => r['Campaign status'] === totalLabel);
    const campaigns = records.filter((r) => !/^Total:/.test(r['Campaign status'] ?? ''));
    // Google Ads rounds each row and the total separately, so the sums may differ by a cent.
    expect(Math.abs(cents(sum(campaigns.map((r) => amount(r['Cost'])))) - (amount(total?.['Cost']) ?? NaN))).toBeLessThanOrEqual(0.011);
    expect(sum(campaigns.map((r) => amount(r['Impr.'])))).toBe(amount(total?.['Impr.']));
  });

  it('the INR report: campaign rows sum to 2565.93 (its total row, rounded on its own, says 2565.92)', () => {
    expect(campaignReport('google-ads/campaign-report-inr-2025-07.csv', 't').totals?.cost).toBe(2565.93);
  });

  it('GA4 exploration: the user rows add up to the grand-total row, which is not added again', () => {
    const rows = readRows('ga4/exploration-user-explorer.csv');
    const grandTotal = rows.find((row) => row.includes('Grand total'));
    expect(reportWithoutDates('ga4/exploration-user-explorer.csv', 't', 'Sessions').totals?.sessions).toBe(amount(grandTotal?.[4]));
  });

  it('Zoho CRM: the kept potentials are exactly those of the kept leads (LEADID)', () => {
    const leadIds = new Set(readRecords('zoho-crm/Leads.csv').map((r) => r['LEADID']));
    const potentials = readRecords('zoho-crm/Potentials.csv');
    expect(potentials.length).toBeGreaterThan(0);
    expect(potentials.filter((p) => !leadIds.has(p['LEADID']))).toEqual([]);
  });

  it('Salesforce opportunity report: a won opportunity expects its whole amount (Expected Amount = Amount)', () => {
    const won = readRecords('salesforce-report/Oppertuninty Table.csv').filter((r) => r['Won'] === 'TRUE' && r['Amount'] !== 'N/A');
    expect(won.length).toBeGreaterThan(0);
    expect(won.filter((r) => dollars(r['Amount']) !== dollars(r['Expected Amount']))).toEqual([]);
  });

  it('HubSpot: every deal kept beyond the first 20 rows belongs to a kept contact', () => {
    const emails = new Set(readRecords('hubspot-dummy/contacts.csv').map((r) => r['Email']));
    const later = readRecords('hubspot-dummy/deals.csv').slice(20);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((deal) => !emails.has(deal['Associated Contact Email']))).toEqual([]);
  });
});
