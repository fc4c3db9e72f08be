import { decideDealOutcome, type DealFlags } from '../../../src/core/parse/dealOutcome';
import { dealOutcomeFromStage } from '../../../src/core/vocabulary/stageWords';

const none: DealFlags = { won: null, lost: null, closed: null };
const stage = (value: string) => dealOutcomeFromStage(value);

describe('decideDealOutcome', () => {
  it('reads the stage when no flag says anything', () => {
    expect(decideDealOutcome(stage('Closed Won'), none)).toEqual({ outcome: 'won', byFlags: false });
    expect(decideDealOutcome(stage('失注'), none)).toEqual({ outcome: 'lost', byFlags: false });
    expect(decideDealOutcome(stage('Qualification'), none)).toEqual({ outcome: 'open', byFlags: false });
    expect(decideDealOutcome(null, none)).toEqual({ outcome: 'open', byFlags: false });
  });

  it('lets Salesforce IsWon/IsClosed decide a hashed stage (connector exports)', () => {
    const hashed = stage('GavUFuuf4DrnQAoiRGlWpQ==');
    expect(hashed).toEqual({ outcome: 'open', known: false });
    expect(decideDealOutcome(hashed, { won: 'yes', lost: null, closed: 'yes' })).toEqual({ outcome: 'won', byFlags: true });
    expect(decideDealOutcome(hashed, { won: 'no', lost: null, closed: 'yes' })).toEqual({ outcome: 'lost', byFlags: true });
    expect(decideDealOutcome(hashed, { won: 'no', lost: null, closed: 'no' })).toEqual({ outcome: 'open', byFlags: true });
  });

  it('reads HubSpot is_closed_won / is_closed_lost labels', () => {
    expect(decideDealOutcome(null, { won: 'no', lost: 'yes', closed: null })).toEqual({ outcome: 'lost', byFlags: true });
    expect(decideDealOutcome(null, { won: 'no', lost: 'no', closed: null })).toEqual({ outcome: 'open', byFlags: true });
  });

  it('trusts the flags over a stage that contradicts them', () => {
    expect(decideDealOutcome(stage('Closed Won'), { won: null, lost: null, closed: 'no' })).toEqual({ outcome: 'open', byFlags: true });
    expect(decideDealOutcome(stage('Closed Won'), { won: 'no', lost: null, closed: 'yes' })).toEqual({ outcome: 'lost', byFlags: true });
  });

  describe('edge cases', () => {
    it('reads closed without a won flag by the stage: won when it says so, else lost', () => {
      expect(decideDealOutcome(stage('成立'), { won: null, lost: null, closed: 'yes' })).toEqual({ outcome: 'won', byFlags: true });
      expect(decideDealOutcome(stage('Negotiation'), { won: null, lost: null, closed: 'yes' })).toEqual({ outcome: 'lost', byFlags: true });
    });

    it('leaves the stage to decide when only a won flag says no', () => {
      expect(decideDealOutcome(stage('Closed Lost'), { won: 'no', lost: null, closed: null })).toEqual({ outcome: 'lost', byFlags: false });
      expect(decideDealOutcome(stage('Proposal'), { won: 'no', lost: null, closed: null })).toEqual({ outcome: 'open', byFlags: false });
    });
  });
});
