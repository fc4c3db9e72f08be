/**
 * The aliases of design §3.2.1, each seen in a real export (test/fixtures/real-exports and the vendors'
 * documentation): every header below must map to the field named, in the kind named.
 */
import { fieldForHeader, matchColumns } from '../../../src/core/recognition/matchColumns';
import type { AnyField, TabKind } from '../../../src/core/model/types';

const SEEN: readonly (readonly [TabKind, string, AnyField])[] = [
  // cost
  ['ads', 'Spent', 'cost'],
  ['ads', 'Total Spent', 'cost'],
  ['ads', 'Amount spent (JPY)', 'cost'],
  ['ads', 'Amount spent (EUR)', 'cost'],
  ['ads', 'Cost (INR)', 'cost'],
  ['ads', '消化金額', 'cost'],
  // e-mail sent / delivered
  ['email', 'Total Recipients', 'sent'],
  ['email', 'Emails Sent', 'sent'],
  ['email', 'Delivered', 'delivered'],
  ['email', '配信数', 'sent'],
  // lead created
  ['leads', 'Timestamp', 'created_date'],
  ['leads', 'タイムスタンプ', 'created_date'],
  ['leads', 'Submitted At', 'created_date'],
  ['leads', 'Date Added', 'created_date'],
  ['leads', '受付日時', 'created_date'],
  ['leads', 'お問い合わせ日時', 'created_date'],
  ['leads', '初回接触日', 'created_date'],
  ['leads', 'first_contact_date', 'created_date'],
  // deal created
  ['deals', 'engage_date', 'created_date'],
  ['deals', '商談開始日', 'created_date'],
  // deal amount
  ['deals', 'close_value', 'amount'],
  ['deals', 'deal_value', 'amount'],
  ['deals', 'EstimatedValue', 'amount'],
  ['deals', 'Amount', 'amount'],
  ['deals', '金額', 'amount'],
  // won dates
  ['leads', 'won_date', 'won_date'],
  ['leads', '受注日', 'won_date'],
  ['leads', '成約日', 'won_date'],
  ['deals', 'won_date', 'close_date'],
  ['deals', '受注日', 'close_date'],
  // channel, and the medium half of source / medium
  ['leads', 'origin', 'channel'],
  ['leads', 'Original Source', 'channel'],
  ['leads', 'Lead Source', 'channel'],
  ['leads', 'utm_source', 'channel'],
  ['leads', 'utm_medium', 'medium'],
  ['deals', 'utm_source', 'channel'],
  ['traffic', 'Session source', 'channel'],
  ['traffic', 'Session medium', 'medium'],
  // the deal's associated contact (link keys)
  ['deals', 'Associated Contact Email', 'contact_email'],
  ['deals', '関連付けされたコンタクトのEメール', 'contact_email'],
  ['deals', 'Primary Contact Email', 'contact_email'],
  ['deals', 'Contact ID', 'contact_id'],
  ['deals', 'contact_id', 'contact_id'],
  ['deals', 'Record ID - Contact', 'contact_id'],
  ['deals', 'ConvertedLeadId', 'lead_id'],
  // Salesforce report export
  ['leads', 'Company / Account', 'company'],
  // Pipedrive: every header names its record type first
  ['leads', 'Person - Person created', 'created_date'],
  ['leads', 'Person - Email', 'email'],
  ['deals', 'Deal - Deal created', 'created_date'],
  ['deals', 'Deal - Value', 'amount'],
  ['deals', 'Deal - Won time', 'won_flag'],
  ['deals', 'Deal - Lost time', 'lost_flag'],
  ['deals', 'Deal - Status', 'deal_status'],
  // Ad platforms' day columns (issue 11): Microsoft Advertising UI and API, LinkedIn, TikTok, X
  ['ads', 'Gregorian date', 'date'],
  ['ads', 'GregorianDate', 'date'],
  ['ads', 'TimePeriod', 'date'],
  ['ads', 'Start Date (in UTC)', 'date'],
  ['ads', 'By Day', 'date'],
  ['ads', 'Time', 'date'],
  // clicks: TikTok, and every click when nothing narrower is there
  ['ads', 'Clicks (destination)', 'clicks'],
  ['ads', 'Clicks (all)', 'clicks'],
  ['ads', 'クリック（すべて）', 'clicks'],
  // Zoho CRM potentials
  ['deals', 'Created Time', 'created_date'],
  ['deals', 'Closing Date', 'close_date'],
];

describe('aliases seen in real exports (design §3.2.1)', () => {
  it.each(SEEN.map(([kind, header, field]) => [kind, header, field] as const))('%s: "%s" is %s', (kind, header, field) => {
    expect(fieldForHeader(kind, header)?.field).toBe(field);
  });

  it('maps a HubSpot deals export, associated contact e-mail included', () => {
    const header = ['Deal ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Close Date', 'Create Date', 'Deal Owner', 'Associated Contact Email'];
    expect(matchColumns('deals', header).columns).toEqual({
      deal_id: 0,
      stage: 2,
      amount: 4,
      close_date: 5,
      created_date: 6,
      contact_email: 8,
    });
  });

  it('takes the clicks that lead to the site before every click (Meta, TikTok, X)', () => {
    expect(matchColumns('ads', ['Day', 'Clicks (all)', 'Link clicks', 'Amount spent (JPY)']).columns.clicks).toBe(2);
    expect(matchColumns('ads', ['By Day', 'Cost', 'Clicks (all)', 'Clicks (destination)']).columns.clicks).toBe(3);
    expect(matchColumns('ads', ['Time', 'Spend', 'Clicks', 'Link clicks']).columns.clicks).toBe(3);
    expect(matchColumns('ads', ['日', 'コスト', 'クリック数']).columns.clicks).toBe(2);
  });

  it('reads a day column before X\'s Time and a campaign\'s start date', () => {
    expect(matchColumns('ads', ['Time', 'Campaign start date', 'Day', 'Spend']).columns.date).toBe(2);
    expect(matchColumns('ads', ['Campaign', 'Time', 'Campaign start date', 'Spend']).columns.date).toBe(1);
  });

  it('maps UTM columns of a form export to channel and medium', () => {
    expect(matchColumns('leads', ['Submitted At', 'Email', 'utm_source', 'utm_medium']).columns).toEqual({
      created_date: 0,
      email: 1,
      channel: 2,
      medium: 3,
    });
  });

  it('maps a Pipedrive deals export, whose every column names its record type', () => {
    const header = [
      'Deal - ID', 'Deal - MRR', 'Deal - Value', 'Organization - MRR', 'Deal - Title', 'Deal - Deal created', 'Deal - Deal closed on',
      'Deal - Stage', 'Deal - Status', 'Deal - Won time', 'Deal - Lost time', 'Deal - Organization',
    ];
    expect(matchColumns('deals', header).columns).toEqual({
      deal_id: 0,
      amount: 2,
      created_date: 5,
      close_date: 6,
      stage: 7,
      deal_status: 8,
      won_flag: 9,
      lost_flag: 10,
      company: 11,
    });
  });

  it('maps Zoho CRM potentials (Created Time, Closing Date)', () => {
    const header = ['Potential Name', 'Created Time', 'Closing Date', 'Amount', 'Expected Revenue', 'Stage', 'Probability', 'LEADID'];
    expect(matchColumns('deals', header).columns).toEqual({ created_date: 1, close_date: 2, amount: 3, stage: 5, lead_id: 7 });
  });

  describe('edge cases', () => {
    it('prefers the whole header to the field after a record prefix', () => {
      // `Deal - Stage` is `deal stage` and `Deal - Status` is `deal status`, whole; `Deal - Title` is only `title`.
      expect(matchColumns('deals', ['Deal - Status', 'Deal - Stage']).columns).toEqual({ deal_status: 0, stage: 1 });
      expect(fieldForHeader('deals', 'Organization - MRR')).toBeNull();
    });

    it('keeps a plain Status column the stage of a deal list', () => {
      expect(matchColumns('deals', ['Created', 'Status']).columns).toEqual({ created_date: 0, stage: 1 });
    });

    it('keeps a deal e-mail column distinct from its associated contact e-mail', () => {
      expect(matchColumns('deals', ['Email', 'Associated Contact Email']).columns).toEqual({ email: 0, contact_email: 1 });
    });

    it('matches a thousands-of-yen cost column by its name (its values are scaled when read)', () => {
      expect(fieldForHeader('ads', '費用(千円)')?.field).toBe('cost');
      expect(fieldForHeader('deals', '受注金額（万円）')?.field).toBe('amount');
    });
  });
});
