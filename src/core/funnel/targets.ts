/**
 * Targets against what happened (design §4.5). Targets are set by when things happen, so the actual
 * is always the event-date (period-view) figure, whichever view the report shows: a cohort count is
 * never divided by a monthly target.
 */
import type { DayNumber, IsoMonth, TargetMetric, TargetRow } from '../model/types';
import { AMOUNT_KEYS, COUNT_KEYS, type KpiRow, type TargetAttainment } from '../model/summary';
import { monthsBetween } from './days';
import { divide, finiteOrNull } from './numbers';

/** Target metrics in funnel order: the summary's counts and amounts, less those no target sets. */
const TARGET_ORDER: readonly TargetMetric[] = [...COUNT_KEYS, ...AMOUNT_KEYS].filter(
  (key): key is TargetMetric => key !== 'lost' && key !== 'openOpportunities' && key !== 'pipelineAmount',
);

/** Targets of one month summed per metric (a targets tab may split a month by channel). */
function monthSums(month: IsoMonth, targets: readonly TargetRow[]): Map<TargetMetric, number> {
  const sums = new Map<TargetMetric, number>();
  for (const target of targets) {
    if (target.month === month) sums.set(target.metric, (sums.get(target.metric) ?? 0) + target.target);
  }
  return sums;
}

function attainment(metric: TargetMetric, target: number, eventRow: KpiRow): TargetAttainment {
  const finite = finiteOrNull(target) ?? 0;
  const actual = eventRow[metric];
  return { metric, target: finite, actual, attainment: divide(actual, finite) };
}

/**
 * The targets set for one month, per metric in funnel order, each against the month's event-date
 * actual.
 *
 * @example
 * monthTargets('2025-04', [{ month: '2025-04', metric: 'leads', target: 50, tab: '目標', row: 2 }], { ...eventRow, leads: 40 })
 * //=> [{ metric: 'leads', target: 50, actual: 40, attainment: 0.8 }]
 */
export function monthTargets(month: IsoMonth, targets: readonly TargetRow[], eventRow: KpiRow): TargetAttainment[] {
  const sums = monthSums(month, targets);
  return TARGET_ORDER.filter((metric) => sums.has(metric)).map((metric) => attainment(metric, sums.get(metric) ?? 0, eventRow));
}

/** A month of the target period and how much of its target counts by the as-of date (1 whole, 0 not started). */
export interface TargetMonth {
  readonly month: IsoMonth;
  readonly share: number;
}

/**
 * The months from `from` to `end` with the share of each month's target due by `asOf`: whole months
 * up to the as-of month, the as-of month pro-rated by its days (15 of 31 on 12-15), later months 0
 * (design §4.5, §6.2).
 *
 * @example
 * targetMonths(day('2025-11-01'), day('2026-01-31'), day('2025-12-15')).map((entry) => entry.share)
 * //=> [1, 0.4838…, 0] // 15/31 of December
 */
export function targetMonths(from: DayNumber, end: DayNumber, asOf: DayNumber): TargetMonth[] {
  return monthsBetween(from, end).map((span) => ({
    month: span.month,
    share: asOf >= span.end ? 1 : asOf < span.start ? 0 : (asOf - span.start + 1) / (span.end - span.start + 1),
  }));
}

/**
 * The targets of the whole period: a metric is included only when every month of the period has a
 * target for it (a partial sum would compare a few months' goal with a whole period's result),
 * against the period's event-date total. While the period runs (some month not wholly due by the
 * as-of date), `target` is the target to date — the months' targets by their share — so it compares
 * like with like with the actual, and `periodTarget` the whole period's.
 *
 * @example
 * periodTargets([{ month: '2025-04', share: 1 }, { month: '2025-05', share: 1 }], [target('2025-04', 'won', 3), target('2025-05', 'won', 4), target('2025-05', 'leads', 9)], { ...eventTotal, won: 6 })
 * //=> [{ metric: 'won', target: 7, actual: 6, attainment: 0.857… }] // leads lacks April
 *
 * @example
 * // Half of May due: 3 + 4 × 0.5 = 5 to date, 7 for the period.
 * periodTargets([{ month: '2025-04', share: 1 }, { month: '2025-05', share: 0.5 }], targets, { ...eventTotal, won: 4 })
 * //=> [{ metric: 'won', target: 5, actual: 4, attainment: 0.8, periodTarget: 7 }]
 */
export function periodTargets(months: readonly TargetMonth[], targets: readonly TargetRow[], eventTotal: KpiRow): TargetAttainment[] {
  if (months.length === 0) return [];
  const perMonth = months.map((entry) => monthSums(entry.month, targets));
  const running = months.some((entry) => entry.share < 1);
  return TARGET_ORDER.filter((metric) => perMonth.every((sums) => sums.has(metric))).map((metric) => {
    const whole = perMonth.reduce((total, sums) => total + (sums.get(metric) ?? 0), 0);
    if (!running) return attainment(metric, whole, eventTotal);
    const due = perMonth.reduce((total, sums, index) => total + (sums.get(metric) ?? 0) * (months[index]?.share ?? 0), 0);
    return { ...attainment(metric, due, eventTotal), periodTarget: finiteOrNull(whole) ?? 0 };
  });
}
