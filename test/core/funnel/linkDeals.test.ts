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
