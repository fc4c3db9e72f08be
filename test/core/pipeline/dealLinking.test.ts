/**
 * Deals and leads exported by the same CRM link without any setup (design §3.2.1, §4.3): the
 * whole engine from raw tabs, numbers worked by hand.
 */
import { runFunnel } from '../../../src/core/pipeline/runFunnel';

const tokyo = () => 540;
const SETTINGS = { view: 'cohort', language: 'en', currency: 'USD' } as const;

describe('deal linking through the whole engine', () => {
  it('links Salesforce opportunities to the leads converted into them (ConvertedOpportunityId)', () => {
    const { summary } = runFunnel(
      [
        {
          name: 'Lead',
          values: [
            ['Id', 'Email', 'LeadSource', 'Status', 'CreatedDate', 'IsConverted', 'ConvertedOpportunityId'],
            ['00Q01', 'a@example.com', 'Web', 'Closed - Converted', '2025-04-01T09:00:00.000+0000', 'true', '00601'],
            ['00Q02', 'b@example.com', 'Web', 'Closed - Converted', '2025-04-02T09:00:00.000+0000', 'true', '00602'],
            ['00Q03', 'c@example.com', 'Partner', 'Working - Contacted', '2025-04-03T09:00:00.000+0000', 'false', ''],
          ],
        },
        {
          name: 'Opportunity',
          values: [
            ['Id', 'Name', 'StageName', 'Amount', 'CloseDate', 'CreatedDate', 'IsClosed', 'IsWon'],
            ['00601', 'A', 'x9f3hashed', '5000', '2025-05-01', '2025-04-05T10:00:00.000+0000', 'true', 'true'],
            ['00602', 'B', 'Negotiation/Review', '3000', '2025-06-30', '2025-04-06T10:00:00.000+0000', 'false', 'false'],
          ],
        },
      ],
      SETTINGS,
      tokyo,
    );
    expect(summary.sources.map((source) => [source.tab, source.kind])).toEqual([
      ['Lead', 'leads'],
      ['Opportunity', 'deals'],
    ]);
    // 3 leads; 00Q01 and 00Q02 became opportunities, 00Q01's (IsWon, stage hashed) won 5,000.
    expect([summary.total.leads, summary.total.opportunities, summary.total.won, summary.total.revenue]).toEqual([3, 2, 1, 5000]);
    expect(summary.sources[1]?.dealLinks).toEqual({ linked: 2, unlinked: 0, byKey: [{ key: 'deal_id', deals: 2 }] });
    expect(summary.warnings).toEqual([]);
  });

  it('links a marketing-funnel data set through the id column both tabs share (mql_id)', () => {
    const { summary } = runFunnel(
      [
        {
          name: 'marketing_qualified_leads',
          values: [
            ['mql_id', 'first_contact_date', 'landing_page_id', 'origin'],
            ['dac32acd4db4c29c230538b72f8dd87d', '2018-02-01', 'p1', 'social'],
            ['8c18d1de7f67e60dbd64e3c07d7e9d5d', '2018-02-04', 'p1', 'paid_search'],
            ['b4bc852d233dfefc5131f593b538befa', '2018-03-04', 'p2', 'organic_search'],
          ],
        },
        {
          name: 'closed_deals',
          values: [
            ['mql_id', 'seller_id', 'won_date', 'business_segment'],
            ['8c18d1de7f67e60dbd64e3c07d7e9d5d', 's1', '2018-03-01', 'pet'],
            ['b4bc852d233dfefc5131f593b538befa', 's2', '2018-04-10', 'car_accessories'],
          ],
        },
      ],
      SETTINGS,
      tokyo,
    );
    // Both closed deals are wins (a won-date list) of MQLs created in February and March.
    expect([summary.total.leads, summary.total.opportunities, summary.total.won]).toEqual([3, 2, 2]);
    expect(summary.sources[1]?.dealLinks).toEqual({ linked: 2, unlinked: 0, byKey: [{ key: 'link_key', deals: 2 }] });
    expect(summary.warnings.map((warning) => warning.code)).toEqual(['deals_dated_by_close']);
  });
});
