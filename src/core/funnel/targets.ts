/**
 * Targets against what happened (design §4.5). Targets are set by when things happen, so the actual
 * is always the event-date (period-view) figure, whichever view the report shows: a cohort count is
 * never divided by a monthly target.
 */
import type { IsoMonth, TargetMetric, TargetRow } from '../model/types';
import { AMOUNT_KEYS, COUNT_KEYS, type KpiRow, type TargetAttainment } from '../model/summary';
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

/**
 * The targets of the whole period: a metric is included only when every month of the period has a
 * target for it (a partial sum would compare a few months' goal with a whole period's result),
 * against the period's event-date total.
 *
 * @example
 * periodTargets(['2025-04', '2025-05'], [target('2025-04', 'won', 3), target('2025-05', 'won', 4), target('2025-05', 'leads', 9)], { ...eventTotal, won: 6 })
 * //=> [{ metric: 'won', target: 7, actual: 6, attainment: 0.857… }] // leads lacks April
 */
export function periodTargets(months: readonly IsoMonth[], targets: readonly TargetRow[], eventTotal: KpiRow): TargetAttainment[] {
  if (months.length === 0) return [];
  const perMonth = months.map((month) => monthSums(month, targets));
  return TARGET_ORDER.filter((metric) => perMonth.every((sums) => sums.has(metric))).map((metric) =>
    attainment(
      metric,
      perMonth.reduce((total, sums) => total + (sums.get(metric) ?? 0), 0),
      eventTotal,
    ),
  );
}
