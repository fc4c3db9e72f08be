/**
 * The monthly table (design §6 sheet 3): KPIs per month, maturity, month-over-month change and
 * targets.
 */
import type { FunnelView, DayNumber, TargetMetric, TargetRow } from '../model/types';
import type { KpiRow, MonthRow } from '../model/summary';
import type { MonthSpan } from './days';
import { isImmatureMonth } from './maturity';
import { divide, finiteOrNull, growth } from './numbers';

const TARGET_ORDER: readonly TargetMetric[] = [
  'impressions',
  'clicks',
  'sessions',
  'leads',
  'mql',
  'sql',
  'opportunities',
  'won',
  'cost',
  'revenue',
];

export interface MonthRowsInput {
  readonly months: readonly MonthSpan[];
  /** KPI row per month, parallel to `months`. */
  readonly rows: readonly KpiRow[];
  readonly view: FunnelView;
  readonly asOf: DayNumber;
  readonly medianLeadToWonDays: number | null;
  readonly targets: readonly TargetRow[];
}

/**
 * Targets set for one month, summed per metric (a targets tab may split a month by channel),
 * with the month's actual value and attainment = actual ÷ target.
 *
 * @example
 * monthTargets('2025-04', [{ month: '2025-04', metric: 'leads', target: 50, tab: '目標', row: 2 }], { ...row, leads: 40 })
 * //=> [{ metric: 'leads', target: 50, actual: 40, attainment: 0.8 }]
 */
export function monthTargets(month: string, targets: readonly TargetRow[], row: KpiRow): MonthRow['targets'] {
  const sums = new Map<TargetMetric, number>();
  for (const target of targets) {
    if (target.month === month) sums.set(target.metric, (sums.get(target.metric) ?? 0) + target.target);
  }
  return TARGET_ORDER.filter((metric) => sums.has(metric)).map((metric) => {
    const target = finiteOrNull(sums.get(metric) ?? 0) ?? 0;
    const actual = row[metric];
    return { metric, target, actual, attainment: divide(actual, target) };
  });
}

/**
 * Builds the month rows: the KPI row, the maturity flag (cohort view only), growth of leads and of
 * 商談化率 over the previous month, and the month's targets.
 *
 * @example
 * buildMonthRows({ months, rows, view: 'period', asOf, medianLeadToWonDays: null, targets: [] })[1].leadsChange
 * //=> 0.25 // 40 leads, then 50
 */
export function buildMonthRows(input: MonthRowsInput): MonthRow[] {
  return input.months.map((span, index) => {
    const row = input.rows[index] as KpiRow;
    const previous = input.rows[index - 1];
    return {
      month: span.month,
      immature: input.view === 'cohort' && isImmatureMonth(span.end, input.asOf, input.medianLeadToWonDays),
      ...row,
      leadsChange: previous === undefined ? null : growth(row.leads, previous.leads),
      opportunityRateChange: previous === undefined ? null : growth(row.opportunityRate, previous.opportunityRate),
      targets: monthTargets(span.month, input.targets, row),
    };
  });
}
