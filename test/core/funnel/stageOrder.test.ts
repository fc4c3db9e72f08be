import { LEAD_STAGES } from '../../../src/core/model/types';
import { furtherStage, LATER_STAGES, stageRank } from '../../../src/core/funnel/stageOrder';

describe('stageRank', () => {
  it('ranks leads 0 up to won 4', () => {
    expect(['leads', 'mql', 'sql', 'opportunities', 'won'].map((stage) => stageRank(stage as never))).toEqual([0, 1, 2, 3, 4]);
  });

  it('agrees with the order of LEAD_STAGES', () => {
    expect(LEAD_STAGES.map(stageRank)).toEqual(LEAD_STAGES.map((_, index) => index));
  });
});

describe('furtherStage', () => {
  it('picks the later stage', () => {
    expect(furtherStage('mql', 'won')).toBe('won');
    expect(furtherStage('sql', 'leads')).toBe('sql');
  });
});

describe('edge cases', () => {
  it('treats null as no stage', () => {
    expect(furtherStage(null, 'mql')).toBe('mql');
    expect(furtherStage('mql', null)).toBe('mql');
    expect(furtherStage(null, null)).toBeNull();
  });

  it('lists the stages after leads in funnel order', () => {
    expect(LATER_STAGES).toEqual(['mql', 'sql', 'opportunities', 'won']);
  });
});
