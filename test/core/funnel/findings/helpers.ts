/**
 * Inputs for the findings tests: KPI rows from counts (every ratio computed by the engine's own
 * `toKpiRow`, which has its own tests), and a findings input with sensible defaults.
 */
import { MEASURES, type Availability } from '../../../../src/core/funnel/availability';
import type { FindingsInput } from '../../../../src/core/funnel/findings';
import { TestFamily, type FamilyTest } from '../../../../src/core/funnel/findings/types';
import { holmSignificant } from '../../../../src/core/funnel/statistics';
import { toKpiRow } from '../../../../src/core/funnel/kpiRow';
import { emptyTally, type Tally } from '../../../../src/core/funnel/tally';
import type { KpiRow, MonthRow } from '../../../../src/core/model/summary';

const everything: Availability = Object.fromEntries(MEASURES.map((measure) => [measure, true])) as Availability;

/** A KPI row from the counts given (the rest 0). */
export function counts(values: Partial<Tally>): KpiRow {
  return toKpiRow({ ...emptyTally(), ...values }, everything, {});
}

export function month(name: string, leads: number, opportunities: number, immature = false): MonthRow {
  return { ...counts({ leads, opportunities }), month: name, immature, leadsChange: null, opportunityRateChange: null, targets: [] };
}

export function findingsInput(overrides: Partial<FindingsInput> = {}): FindingsInput {
  return {
    language: 'ja',
    currency: 'JPY',
    view: 'cohort',
    total: counts({}),
    rows: [],
    rowKind: 'channel',
    months: [],
    periodTargets: [],
    stagesWithData: new Set(['mql', 'sql', 'opportunities', 'won']),
    ...overrides,
  };
}

/** A family of just these tests, judged with Holm–Bonferroni as the report judges all of its own. */
export function familyOf(tests: readonly FamilyTest[]): TestFamily {
  return new TestFamily(tests, holmSignificant(tests.map((test) => test.z)));
}
