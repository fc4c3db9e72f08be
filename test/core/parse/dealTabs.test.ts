/**
 * Deal tabs as CRMs export them (design §3.2.1): outcome flags, lists without a created date, won-date
 * lists, and a lead's close date that never makes it won by itself. Each tab goes through
 * recognition and the parser, as in a real run; days are worked out with Date.UTC.
 */
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const tokyo = () => 540;
const utcDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function parse(name: string, values: readonly (readonly unknown[])[], language: 'ja' | 'en' = 'en') {
  const { mapping } = recognizeTab(name, values);
  return { mapping, parsed: parseWorkbook([{ name, values }], [mapping], { zoneOffset: tokyo, language }) };
}

describe('deal outcomes from flags', () => {
  it('reads a connector export whose stage values are hashed by is_won / is_closed', () => {
    const { mapping, parsed } = parse('sf_opportunity_data', [
      ['id', 'created_date', 'close_date', 'amount', 'is_closed', 'is_won', 'stage_name', 'probability'],
      ['006A', '2018-12-19 19:51:13', '2018-12-19 00:00:00', '24120000', 'true', 'true', 'GavUFuuf4DrnQAoiRGlWpQ==', '100.0'],
      ['006B', '2018-12-10 17:03:22', '2018-12-18 00:00:00', '', 'true', 'false', 'Lm0wBW6hgIUUiIw4ZlYp8w==', '0.0'],
      ['006C', '2018-11-02 09:00:00', '2019-01-31 00:00:00', '5000', 'false', 'false', 'a7DBZc0sXq4A==', '20.0'],
    ]);
    expect(mapping.kind).toBe('deals');
    expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['won', 'lost', 'open']);
    // The flags decided every row, so the hashed stages are not reported as unknown values.
    expect(parsed.warnings).toEqual([]);
  });

  it('reads HubSpot API deals (is_closed_won, is_closed) without a stage column', () => {
    const { parsed } = parse('hubspot_deals', [
      ['deal_id', 'deal_name', 'is_closed', 'is_closed_won', 'amount', 'close_date', 'create_date'],
      ['1', 'A', 'True', 'True', '12000', '2025-09-29 01:47:03', '2025-08-25 01:47:03'],
      ['2', 'B', 'True', 'False', '8000', '2025-10-01 00:00:00', '2025-08-01 00:00:00'],
      ['3', 'C', 'False', 'False', '7500', '', '2025-10-22 20:02:47'],
    ]);
    expect(parsed.deals.map((deal) => [deal.outcome, deal.amount])).toEqual([
      ['won', 12000],
      ['lost', 8000],
      ['open', 7500],
    ]);
  });

  it('reads "Is Closed Won" / "Is closed lost" labels', () => {
    const { parsed } = parse('Deals', [
      ['Deal ID', 'Create Date', 'Is Closed Won', 'Is closed lost'],
      ['1', '2025-04-01', 'Yes', 'No'],
      ['2', '2025-04-02', 'No', 'Yes'],
      ['3', '2025-04-03', 'No', 'No'],
    ]);
    expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['won', 'lost', 'open']);
  });
});

describe('Pipedrive and Zoho CRM deal exports', () => {
  it('reads a Pipedrive export: "Deal - …" headers, Won time / Lost time decide, custom stages stay open', () => {
    const { mapping, parsed } = parse('basic_data', [
      ['Deal - ID', 'Deal - Value', 'Deal - Title', 'Deal - Deal created', 'Deal - Deal closed on', 'Deal - Stage', 'Deal - Status', 'Deal - Won time', 'Deal - Lost time'],
      ['1', '700', 'A', '2025-10-30 16:09:04', '2026-02-02 08:27:12', 'Success', 'Won', '2026-02-02 08:27:12', ''],
      ['2', '5000', 'B', '2025-12-16 12:25:40', '2026-03-11 16:10:04', 'Follow up', 'Lost', '', '2026-03-11 16:10:04'],
      ['3', '1200', 'C', '2026-02-25 09:55:20', '', 'Follow up', 'Open', '', ''],
    ]);
    expect(mapping.kind).toBe('deals');
    expect(parsed.deals.map((deal) => [deal.outcome, deal.amount, deal.created])).toEqual([
      ['won', 700, utcDay('2025-10-30')],
      ['lost', 5000, utcDay('2025-12-16')],
      ['open', 1200, utcDay('2026-02-25')],
    ]);
  });

  it('reads the outcome from Pipedrive\'s Status when the export has no Won time / Lost time', () => {
    const { mapping, parsed } = parse('basic_data', [
      ['Deal - ID', 'Deal - Value', 'Deal - Title', 'Deal - Deal created', 'Deal - Deal closed on', 'Deal - Stage', 'Deal - Status'],
      ['1', '700', 'A', '2025-10-30 16:09:04', '2026-02-02 08:27:12', 'Success', 'Won'],
      ['2', '5000', 'B', '2025-12-16 12:25:40', '2026-03-11 16:10:04', 'Follow up', 'Lost'],
      ['3', '1200', 'C', '2026-02-25 09:55:20', '', 'Follow up', 'Open'],
    ]);
    expect(mapping.columns).toMatchObject({ stage: 5, deal_status: 6 });
    expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['won', 'lost', 'open']);
    // The status settled every row, so the company's own stage names are not reported as unknown.
    expect(parsed.warnings).toEqual([]);
  });

  it('lets the stage decide when the deal status is blank, and names an unknown status', () => {
    const { parsed } = parse('deals', [
      ['Deal ID', 'Create Date', 'Deal Stage', 'Deal Status'],
      ['1', '2025-04-01', 'Closed Won', ''],
      ['2', '2025-04-02', 'Closed Won', 'Pending'],
    ]);
    expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['won', 'won']);
    // Named by its row; a capitalised word may be a person's name, so it is described, not quoted (design §7.2).
    expect(parsed.warnings.map((warning) => warning.message).join('\n')).toMatch(/deal status[\s\S]*\(text of 7 characters\) \(row 3\)/);
  });

  it('reads Zoho CRM potentials ("15 Apr, 2021 00:03:00" dates) as deals', () => {
    const { mapping, parsed } = parse('Potentials', [
      ['Potential Name', 'Created Time', 'Closing Date', 'Amount', 'Stage', 'Probability', 'LEADID'],
      ['X', '11 Apr, 2021 00:02:00', '13 May, 2021 00:03:00', '$26,200.00', 'Closed Won', '100', '1773'],
      ['Y', '03 Apr, 2021 00:02:00', '07 Apr, 2021 00:03:00', '$250,000.00', 'Closed Lost', '25', '1647'],
    ]);
    expect(mapping.kind).toBe('deals');
    expect(parsed.deals.map((deal) => [deal.outcome, deal.amount, deal.created])).toEqual([
      ['won', 26200, utcDay('2021-04-11')],
      ['lost', 250000, utcDay('2021-04-03')],
    ]);
  });
});

describe('deal lists without a created date', () => {
  it('dates a closed-deal export by its close date, with one warning for the tab', () => {
    const { mapping, parsed } = parse('hubspot_deals', [
      ['deal_id', 'contact_id', 'deal_stage', 'amount', 'close_date'],
      ['2241', '1826', 'Closed Won', '1190.00', '2014-06-16'],
      ['2243', '10476', 'Closed Lost', '251.00', '2014-05-13'],
    ]);
    expect(mapping.kind).toBe('deals');
    expect(parsed.deals.map((deal) => [deal.created, deal.closeDate, deal.outcome])).toEqual([
      [utcDay('2014-06-16'), utcDay('2014-06-16'), 'won'],
      [utcDay('2014-05-13'), utcDay('2014-05-13'), 'lost'],
    ]);
    expect(parsed.warnings.map((warning) => [warning.tab, warning.code])).toEqual([['hubspot_deals', 'deals_dated_by_close']]);
    expect(parsed.warnings[0]?.message).toContain('dated by its "close_date" column');
  });

  it('reads a 受注一覧 (won date, no stage) as won deals on that date', () => {
    const { mapping, parsed } = parse(
      '受注一覧',
      [
        ['受注日', '会社名', '金額'],
        ['2025/04/10', '株式会社サンプル', '¥1,200,000'],
        ['2025/05/20', '見本商事', '800,000'],
      ],
      'ja',
    );
    expect(mapping.kind).toBe('deals');
    expect(parsed.deals.map((deal) => [deal.created, deal.closeDate, deal.outcome, deal.amount])).toEqual([
      [utcDay('2025-04-10'), utcDay('2025-04-10'), 'won', 1_200_000],
      [utcDay('2025-05-20'), utcDay('2025-05-20'), 'won', 800_000],
    ]);
    expect(parsed.warnings.map((warning) => warning.message)).toEqual([
      '「受注一覧」は作成日もステージもない受注一覧として読みました。各行を、「受注日」列の日付に受注した商談として数えています（商談化の日も同じ日付です）。',
    ]);
  });

  it('reads won_date and Closed Won Date lists the same way', () => {
    for (const header of ['won_date', 'Closed Won Date']) {
      const { parsed } = parse('Won deals', [['Deal ID', header, 'Amount'], ['D1', '2025-04-10', '100']]);
      expect(parsed.deals.map((deal) => [deal.created, deal.outcome])).toEqual([[utcDay('2025-04-10'), 'won']]);
    }
  });

  it('skips a row without a close date in such a list, and says so', () => {
    const { parsed } = parse('受注一覧', [['受注日', '金額'], ['2025/04/10', '100'], ['', '200']], 'ja');
    expect(parsed.deals).toHaveLength(1);
    expect(parsed.sources[0]).toMatchObject({ rowsRead: 1, rowsSkipped: 1 });
    expect(parsed.warnings.map((warning) => [warning.row, warning.code])).toEqual([
      [null, 'deals_dated_by_close'],
      [3, 'missing_required'],
    ]);
  });

  it('keeps a created date first: the close date stays the close date', () => {
    const { parsed } = parse('商談', [['作成日', '受注日', '金額'], ['2025/04/01', '2025/04/10', '100'], ['2025/04/02', '', '50']], 'ja');
    expect(parsed.deals.map((deal) => [deal.created, deal.closeDate, deal.outcome])).toEqual([
      [utcDay('2025-04-01'), utcDay('2025-04-10'), 'won'],
      [utcDay('2025-04-02'), null, 'open'],
    ]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('a close date on a lead', () => {
  const contacts = [
    ['Contact ID', 'Email', 'Create Date', 'Lifecycle Stage', 'Close Date'],
    ['1', 'a@example.com', '2025-04-01', 'Lead', '2025-06-30'],
    ['2', 'b@example.com', '2025-04-02', 'Customer', '2025-05-15'],
    ['3', 'c@example.com', '2025-04-03', 'Customer', ''],
  ];

  it('never makes a lead won by itself, and dates the win of a won lead', () => {
    const { mapping, parsed } = parse('Contacts', contacts);
    expect(mapping.kind).toBe('leads');
    expect(mapping.columns.close_date).toBe(4);
    expect(mapping.columns.won_date).toBeUndefined();
    expect(parsed.leads.map((lead) => [lead.statusStage, lead.won])).toEqual([
      ['leads', { date: null, flag: false }],
      ['won', { date: utcDay('2025-05-15'), flag: false }],
      ['won', { date: null, flag: false }],
    ]);
  });
});

describe('blank markers in key columns', () => {
  it('reads N/A, null and None as no key, so placeholders neither merge leads nor link deals', () => {
    const leads = parse('Leads', [
      ['Lead ID', 'Email', 'Create Date'],
      ['N/A', 'null', '2025-04-01'],
      ['N/A', 'None', '2025-04-02'],
      ['L3', 'c@example.com', '2025-04-03'],
    ]).parsed.leads;
    expect(leads.map((lead) => [lead.leadId, lead.emailKey])).toEqual([
      [null, null],
      [null, null],
      ['L3', 'c@example.com'],
    ]);
    const deals = parse('Deals', [['Deal ID', 'Create Date', 'Contact ID', 'Associated Contact Email'], ['D1', '2025-05-01', 'NA', 'n/a']]).parsed.deals;
    expect(deals.map((deal) => [deal.contactId, deal.contactEmailKey])).toEqual([[null, null]]);
  });
});
