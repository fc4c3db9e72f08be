/**
 * The monthly table (design §6 sheet 3): KPIs per month, maturity, month-over-month change and
 * targets.
 */
import type { FunnelView, DayNumber, TargetRow } from '../model/types';
import type { KpiRow, MonthRow } from '../model/summary';
import type { MonthSpan } from './days';
import { isImmatureMonth } from './maturity';
import { finiteOrNull, growth } from './numbers';
import { monthTargets } from './targets';

export interface MonthRowsInput {
  readonly months: readonly MonthSpan[];
  /** KPI row per month in the report's view, parallel to `months`. */
  readonly rows: readonly KpiRow[];
  /** KPI row per month counted by event date (design §4.5), parallel to `months`; targets compare with these. */
  readonly eventRows: readonly KpiRow[];
  readonly view: FunnelView;
  readonly asOf: DayNumber;
  readonly medianLeadToWonDays: number | null;
  readonly targets: readonly TargetRow[];
}

/** Difference between two rates (a fraction: −0.017 is 1.7 points lower); `null` without both. */
function rateDifference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : finiteOrNull(current - previous);
}

/**
 * Builds the month rows: the KPI row, the maturity flag (cohort view only), growth of leads and the
 * change of 商談化率 in points over the previous month, and the month's targets against its
 * event-date actuals. A month starting after the as-of date is `notStarted`: its counts, changes,
 * actuals and attainment are null.
 *
 * @example
 * buildMonthRows({ months, rows, eventRows: rows, view: 'period', asOf, medianLeadToWonDays: null, targets: [] })[1].leadsChange
 * //=> 0.25 // 40 leads, then 50
 */
export function buildMonthRows(input: MonthRowsInput): MonthRow[] {
  return input.months.map((span, index) => {
    const row = input.rows[index] as KpiRow;
    const previous = input.rows[index - 1];
    if (span.start > input.asOf) {
      // Not started: nothing could happen in it yet; no actual, no change, no attainment (design §6.2).
      const blank = Object.fromEntries(Object.keys(row).map((key) => [key, null])) as KpiRow;
      const targets = monthTargets(span.month, input.targets, row).map((entry) => ({ ...entry, actual: null, attainment: null }));
      return { month: span.month, immature: false, notStarted: true, ...blank, leadsChange: null, opportunityRateChange: null, targets };
    }
    return {
      month: span.month,
      immature: input.view === 'cohort' && isImmatureMonth(span.end, input.asOf, input.medianLeadToWonDays),
      ...row,
      leadsChange: previous === undefined ? null : growth(row.leads, previous.leads),
      opportunityRateChange: previous === undefined ? null : rateDifference(row.opportunityRate, previous.opportunityRate),
      targets: monthTargets(span.month, input.targets, input.eventRows[index] ?? row),
    };
  });
}
