import { computeVelocity } from '../../../src/core/funnel/velocity';
import { funnelLead } from './builders';

describe('computeVelocity', () => {
  it('takes the middle gap of an odd count', () => {
    const leads = [
      funnelLead({ created: '2025-04-01', mql: '2025-04-03', furthest: 'mql' }), // 2 days
      funnelLead({ created: '2025-04-01', mql: '2025-04-11', furthest: 'mql' }), // 10 days
      funnelLead({ created: '2025-04-01', mql: '2025-04-05', furthest: 'mql' }), // 4 days
    ];
    expect(computeVelocity(leads).leadToMqlDays).toBe(4);
  });

  it('takes the mean of the two middle gaps of an even count', () => {
    const leads = [
      funnelLead({ created: '2025-04-01', won: '2025-04-11', furthest: 'won' }), // 10 days
      funnelLead({ created: '2025-04-01', won: '2025-05-01', furthest: 'won' }), // 30 days
      funnelLead({ created: '2025-04-01', won: '2025-04-21', furthest: 'won' }), // 20 days
      funnelLead({ created: '2025-04-01', won: '2025-07-10', furthest: 'won' }), // 100 days
    ];
    // Middle two: 20 and 30.
    expect(computeVelocity(leads).leadToWonDays).toBe(25);
  });

  it('uses only leads that have both dates of a step', () => {
    const leads = [
      funnelLead({ created: '2025-04-01', mql: '2025-04-02', sql: '2025-04-06', opportunities: '2025-04-16', won: '2025-05-16', furthest: 'won' }),
      funnelLead({ created: '2025-04-01', sql: '2025-04-30', furthest: 'sql' }), // no MQL date: only lead→… steps it can
    ];
    expect(computeVelocity(leads)).toEqual({
      leadToMqlDays: 1,
      mqlToSqlDays: 4,
      sqlToOpportunityDays: 10,
      opportunityToWonDays: 30,
      leadToWonDays: 45,
    });
  });
});

describe('edge cases', () => {
  it('gives null for every step when no lead has the dates', () => {
    expect(computeVelocity([funnelLead({ furthest: 'won' })])).toEqual({
      leadToMqlDays: null,
      mqlToSqlDays: null,
      sqlToOpportunityDays: null,
      opportunityToWonDays: null,
      leadToWonDays: null,
    });
  });

  it('keeps a negative gap as the data gives it', () => {
    expect(computeVelocity([funnelLead({ created: '2025-04-10', mql: '2025-04-07', furthest: 'mql' })]).leadToMqlDays).toBe(-3);
  });
});
