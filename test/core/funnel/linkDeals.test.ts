import { linkDeals } from '../../../src/core/funnel/linkDeals';
import { mergeDuplicateLeads } from '../../../src/core/funnel/mergeLeads';
import { deal, lead } from './builders';

const leads = mergeDuplicateLeads([
  lead({ leadId: 'L1', email: 'a@example.jp', created: '2025-04-01' }),
  lead({ leadId: 'L2', email: 'b@example.jp', created: '2025-04-02' }),
  lead({ email: 'c@example.jp', created: '2025-04-03' }),
]).leads;

describe('linkDeals', () => {
  it('links by lead ID before email', () => {
    // The deal names L2 but carries L1's email: the ID decides.
    const links = linkDeals(leads, [deal({ leadId: 'L2', email: 'a@example.jp', created: '2025-05-01' })]);
    expect(links.dealsByLead.map((deals) => deals.length)).toEqual([0, 1, 0]);
  });

  it('links by email when the deal has no lead ID', () => {
    const links = linkDeals(leads, [deal({ email: 'c@example.jp', created: '2025-05-01' })]);
    expect(links.dealsByLead.map((deals) => deals.length)).toEqual([0, 0, 1]);
  });

  it('falls back to email when the deal’s lead ID matches no lead', () => {
    const links = linkDeals(leads, [deal({ leadId: 'L9', email: 'b@example.jp', created: '2025-05-01' })]);
    expect(links.dealsByLead.map((deals) => deals.length)).toEqual([0, 1, 0]);
  });

  it('keeps deals that match nothing apart, in canonical order', () => {
    const stray = [
      deal({ leadId: 'L9', created: '2025-05-02', row: 8 }),
      deal({ email: 'z@example.jp', created: '2025-05-01', row: 9 }),
      deal({ created: '2025-05-01', row: 4 }),
    ];
    const links = linkDeals(leads, stray);
    expect(links.unlinked.map((row) => row.row)).toEqual([4, 9, 8]);
  });

  it('orders each lead’s deals by created date', () => {
    const links = linkDeals(leads, [
      deal({ leadId: 'L1', created: '2025-06-01', dealId: 'late' }),
      deal({ leadId: 'L1', created: '2025-05-01', dealId: 'early' }),
    ]);
    expect(links.dealsByLead[0]?.map((row) => row.dealId)).toEqual(['early', 'late']);
  });
});

describe('edge cases', () => {
  it('gives the email to the earliest created lead when two leads share it', () => {
    const twins = mergeDuplicateLeads([
      lead({ leadId: 'L2', email: 'a@example.jp', created: '2025-04-02' }),
      lead({ leadId: 'L1', email: 'a@example.jp', created: '2025-04-01' }),
    ]).leads;
    const links = linkDeals(twins, [deal({ email: 'a@example.jp', created: '2025-05-01' })]);
    expect(twins.map((twin) => twin.leadId)).toEqual(['L1', 'L2']);
    expect(links.dealsByLead.map((deals) => deals.length)).toEqual([1, 0]);
  });

  it('leaves every deal unlinked when there are no leads', () => {
    expect(linkDeals([], [deal({ leadId: 'L1', created: '2025-05-01' })]).unlinked).toHaveLength(1);
  });
});

describe('links by any shared key (design §3.2.1)', () => {
  const crm = mergeDuplicateLeads([
    lead({ leadId: 'CONT-1', email: 'anna@example.net', created: '2025-04-01', linkKey: 'mql-1' }),
    lead({ leadId: 'CONT-2', email: 'bob@example.org', created: '2025-04-02', linkKey: 'mql-2' }),
  ]).leads;

  it('links by the associated contact’s e-mail, the contact ID and a shared column, and counts each key per tab', () => {
    const links = linkDeals(crm, [
      deal({ contactEmail: 'anna@example.net', created: '2025-05-01', tab: 'HubSpot deals' }),
      deal({ contactEmail: 'bob@example.org', created: '2025-05-02', tab: 'HubSpot deals' }),
      deal({ contactEmail: 'nobody@example.com', created: '2025-05-03', tab: 'HubSpot deals' }),
      deal({ contactId: 'CONT-2', created: '2025-05-04', tab: 'Salesforce' }),
      deal({ linkKey: 'mql-1', created: '2025-05-05', tab: 'Closed deals' }),
    ]);
    expect(links.dealsByLead.map((deals) => deals.map((row) => row.tab))).toEqual([
      ['HubSpot deals', 'Closed deals'],
      ['HubSpot deals', 'Salesforce'],
    ]);
    expect(Object.fromEntries(links.byTab)).toEqual({
      'HubSpot deals': { linked: 2, unlinked: 1, byKey: [{ key: 'contact_email', deals: 2 }] },
      Salesforce: { linked: 1, unlinked: 0, byKey: [{ key: 'contact_id', deals: 1 }] },
      'Closed deals': { linked: 1, unlinked: 0, byKey: [{ key: 'link_key', deals: 1 }] },
    });
  });

  it('tries the keys from the most specific: lead ID, contact ID, shared column, e-mail, contact e-mail', () => {
    // Each deal carries a key for each lead; the earlier key in the order decides.
    const links = linkDeals(crm, [
      deal({ leadId: 'CONT-1', contactId: 'CONT-2', created: '2025-05-01' }),
      deal({ contactId: 'CONT-1', linkKey: 'mql-2', created: '2025-05-02' }),
      deal({ linkKey: 'mql-1', email: 'bob@example.org', created: '2025-05-03' }),
      deal({ email: 'anna@example.net', contactEmail: 'bob@example.org', created: '2025-05-04' }),
      deal({ leadId: 'CONT-9', contactEmail: 'bob@example.org', created: '2025-05-05' }),
    ]);
    expect(links.dealsByLead.map((deals) => deals.length)).toEqual([4, 1]);
    expect(links.byTab.get('商談')?.byKey).toEqual([
      { key: 'lead_id', deals: 1 },
      { key: 'contact_id', deals: 1 },
      { key: 'link_key', deals: 1 },
      { key: 'email', deals: 1 },
      { key: 'contact_email', deals: 1 },
    ]);
  });
});

describe('a lead that names its deal', () => {
  it('links a Salesforce opportunity to the lead whose ConvertedOpportunityId is its ID, before any other key', () => {
    const converted = mergeDuplicateLeads([
      lead({ leadId: '00Q1', email: 'a@example.com', created: '2025-04-01', dealId: '0061' }),
      lead({ leadId: '00Q2', email: 'b@example.com', created: '2025-04-02' }),
    ]).leads;
    // The opportunity also carries b's e-mail: the lead's own word for its deal decides.
    const links = linkDeals(converted, [deal({ dealId: '0061', email: 'b@example.com', created: '2025-05-01', tab: 'Opportunity' })]);
    expect(links.dealsByLead.map((deals) => deals.length)).toEqual([1, 0]);
    expect(links.byTab.get('Opportunity')?.byKey).toEqual([{ key: 'deal_id', deals: 1 }]);
  });
});
