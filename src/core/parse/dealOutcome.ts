/**
 * A deal's outcome from its stage and its won/lost/closed flags (design §3.2.1, §4.3). CRMs compute
 * the flags from the stage (Salesforce `IsWon`/`IsClosed`, HubSpot `is_closed_won`/`is_closed`,
 * warehouse connectors' `is_won`/`is_closed`), and connectors often hash the stage values, so the
 * flags decide whenever they say something; the stage decides the rest.
 */
import type { DealOutcome } from '../model/types';
import type { DealStageReading } from '../vocabulary/stageWords';

/** What one flag cell says: yes, no, or nothing (column not mapped, blank or unreadable). */
export type FlagState = 'yes' | 'no' | null;

export interface DealFlags {
  readonly won: FlagState;
  readonly lost: FlagState;
  readonly closed: FlagState;
}

export interface DealOutcomeReading {
  readonly outcome: DealOutcome;
  /** True when the flags settled the outcome, so an unknown stage value changes nothing (and is not worth a warning). */
  readonly byFlags: boolean;
}

/**
 * Decides won, lost or open.
 *
 * - won flag yes → won; lost flag yes → lost;
 * - closed flag no, or won and lost flags both no → open (the CRM says the deal is still open,
 *   whatever the stage reads);
 * - closed flag yes → won when the stage says won and no won flag says otherwise, else lost
 *   (closed and not won is lost: `IsClosed` without `IsWon` is how Salesforce marks a lost deal);
 * - otherwise the stage: won, lost, or open (unknown or blank stages are open).
 *
 * @example
 * decideDealOutcome({ outcome: 'open', known: false }, { won: 'no', lost: null, closed: 'yes' })
 * //=> { outcome: 'lost', byFlags: true }
 * @example
 * decideDealOutcome({ outcome: 'won', known: true }, { won: null, lost: null, closed: null })
 * //=> { outcome: 'won', byFlags: false }
 */
export function decideDealOutcome(stage: DealStageReading | null, flags: DealFlags): DealOutcomeReading {
  if (flags.won === 'yes') return { outcome: 'won', byFlags: true };
  if (flags.lost === 'yes') return { outcome: 'lost', byFlags: true };
  if (flags.closed === 'no' || (flags.won === 'no' && flags.lost === 'no')) return { outcome: 'open', byFlags: true };
  if (flags.closed === 'yes') {
    const stageSaysWon = stage?.known === true && stage.outcome === 'won' && flags.won !== 'no';
    return { outcome: stageSaysWon ? 'won' : 'lost', byFlags: true };
  }
  return { outcome: stage?.outcome ?? 'open', byFlags: false };
}
