import { computeScoreBands } from '../../../src/core/funnel/scoreBands';
import { funnelLead } from './builders';

describe('computeScoreBands', () => {
  it('uses 0-19 … 80+ when every score lies in 0–100', () => {
    const leads = [
      funnelLead({ score: 0 }),
      funnelLead({ score: 19.5, furthest: 'opportunities', outcome: 'lost' }),
      funnelLead({ score: 20, furthest: 'won' }),
      funnelLead({ score: 85, furthest: 'won' }),
      funnelLead({ score: 100, furthest: 'opportunities' }),
      funnelLead({ score: null, furthest: 'won' }),
    ];
    // 0-19: 1 lost opportunity → 受注率 0 ÷ (0 + 1) = 0. 80+: 1 won, 1 open → 受注率 1 ÷ 1, 商談→受注率 1 ÷ 2.
    expect(computeScoreBands(leads)).toEqual([
      { band: '0-19', leads: 2, opportunities: 1, won: 0, lost: 1, opportunityRate: 0.5, opportunityToWinRate: 0, winRate: 0 },
      { band: '20-39', leads: 1, opportunities: 1, won: 1, lost: 0, opportunityRate: 1, opportunityToWinRate: 1, winRate: 1 },
      { band: '40-59', leads: 0, opportunities: 0, won: 0, lost: 0, opportunityRate: null, opportunityToWinRate: null, winRate: null },
      { band: '60-79', leads: 0, opportunities: 0, won: 0, lost: 0, opportunityRate: null, opportunityToWinRate: null, winRate: null },
      { band: '80+', leads: 2, opportunities: 2, won: 1, lost: 0, opportunityRate: 1, opportunityToWinRate: 0.5, winRate: 1 },
    ]);
  });

  it('uses five equal-count bands labelled by their lowest and highest score when a score is outside 0–100', () => {
    const scores = [150, 5, 12, 40, 33, 18, 70, 61, 90, 120];
    const leads = scores.map((score) => funnelLead({ score, furthest: score >= 61 ? 'opportunities' : 'leads' }));
    // Sorted: 5 12 | 18 33 | 40 61 | 70 90 | 120 150 — two leads per band.
    expect(computeScoreBands(leads).map((row) => [row.band, row.leads, row.opportunities])).toEqual([
      ['5-12', 2, 0],
      ['18-33', 2, 0],
      ['40-61', 2, 1],
      ['70-90', 2, 2],
      ['120-150', 2, 2],
    ]);
  });

  it('uses the lower bounds given in the settings', () => {
    const leads = [funnelLead({ score: 10 }), funnelLead({ score: 49 }), funnelLead({ score: 50, furthest: 'won' })];
    expect(computeScoreBands(leads, [0, 50]).map((row) => [row.band, row.leads, row.won])).toEqual([
      ['0-49', 2, 0],
      ['50+', 1, 1],
    ]);
  });
});

describe('edge cases', () => {
  it('keeps equal scores in one band, giving fewer than five bands', () => {
    const leads = [-1, -1, -1, -1, -1, -1, 200, 200, 200, 200].map((score) => funnelLead({ score }));
    expect(computeScoreBands(leads).map((row) => [row.band, row.leads])).toEqual([
      ['-1', 6],
      ['200', 4],
    ]);
  });

  it('adds a band for scores below the lowest bound given', () => {
    const leads = [funnelLead({ score: 5 }), funnelLead({ score: 30 })];
    expect(computeScoreBands(leads, [10, 20]).map((row) => [row.band, row.leads])).toEqual([
      ['<10', 1],
      ['10-19', 0],
      ['20+', 1],
    ]);
  });

  it('labels fractional bounds with the next bound', () => {
    expect(computeScoreBands([funnelLead({ score: 0.3 })], [0, 0.5]).map((row) => row.band)).toEqual(['0-0.5', '0.5+']);
  });

  it('gives the empty default bands when no lead has a score', () => {
    expect(computeScoreBands([funnelLead()]).map((row) => row.leads)).toEqual([0, 0, 0, 0, 0]);
  });
});
