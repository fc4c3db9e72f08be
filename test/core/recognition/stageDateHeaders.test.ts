import { stageDateField } from '../../../src/core/recognition/stageDateHeaders';
import { normalizeHeader } from '../../../src/core/vocabulary/headerKey';

const field = (header: string) => stageDateField(normalizeHeader(header));

describe('stageDateField', () => {
  it.each([
    ['Became a Marketing Qualified Lead Date', 'mql_date'],
    ['Became a Sales Qualified Lead Date', 'sql_date'],
    ['Became an Opportunity Date', 'opportunity_date'],
    ['Became a Customer Date', 'won_date'],
    ['Became an Evangelist Date', 'won_date'],
    ['Became a Lead Date', 'created_date'],
    ['Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"', 'mql_date'],
    ['Date entered "Closed Won (Sales Pipeline)"', 'won_date'],
    ['Date entered "Closed Lost (Sales Pipeline)"', 'lost_flag'],
    ['hs_lifecyclestage_salesqualifiedlead_date', 'sql_date'],
    ['hs_v2_date_entered_customer', 'won_date'],
    ['MQL(マーケティング上の有望な見込み客)になった日付', 'mql_date'],
    ['リード(見込み客)になった日付', 'created_date'],
    ['顧客に転換した日付', 'won_date'],
    ['"商談"に入った日付', 'opportunity_date'],
  ])('maps %j to %s', (header, expected) => {
    expect(field(header)).toBe(expected);
  });

  it('ignores Date exited columns and stages it does not know', () => {
    expect(field('Date exited "Customer (Lifecycle Stage Pipeline)"')).toBeNull();
    expect(field('Became a Partner Date')).toBeNull();
  });

  describe('edge cases', () => {
    it('does not use a Subscriber date as the created date', () => {
      expect(field('Became a Subscriber Date')).toBeNull();
    });

    it('returns null for ordinary headers', () => {
      expect(field('Create Date')).toBeNull();
      expect(field('')).toBeNull();
    });
  });
});
