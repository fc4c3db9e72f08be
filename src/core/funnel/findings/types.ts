/**
 * What the findings read (design §6.2). Channel findings take {@link ComparisonRow}s — a label with
 * counts, cost and revenue — so channel groups (design §4.6) or lead attributes can be compared
 * through the same code.
 */
import type { Finding, KpiRow, MonthRow, TargetAttainment } from '../../model/summary';
import type { FunnelView, Language } from '../../model/types';
import type { LaterStage } from '../stageOrder';

/** Smallest denominator a rate needs before a finding may rest on it. */
export const MIN_FINDING_DENOMINATOR = 20;

/** One row of a comparison: a channel today, a channel group or an attribute value later. */
export interface ComparisonRow {
  readonly label: string;
  readonly leads: number | null;
  readonly opportunities: number | null;
  readonly won: number | null;
  readonly lost: number | null;
  readonly cost: number | null;
  readonly revenue: number | null;
  readonly sessions: number | null;
}

/**
 * The comparison row of a KPI row.
 *
 * @example
 * comparisonRow('展示会', total).label
 * //=> '展示会'
 */
export function comparisonRow(label: string, row: KpiRow): ComparisonRow {
  const { leads, opportunities, won, lost, cost, revenue, sessions } = row;
  return { label, leads, opportunities, won, lost, cost, revenue, sessions };
}

export interface FindingsInput {
  readonly language: Language;
  readonly currency: string;
  readonly view: FunnelView;
  readonly total: KpiRow;
  /** The rows compared with each other, in the report's order. */
  readonly rows: readonly ComparisonRow[];
  /** What the rows are, for "the other channels" in the text. */
  readonly rowKind: 'channel' | 'group';
  readonly months: readonly MonthRow[];
  readonly periodTargets: readonly TargetAttainment[];
  /** Stages some mapped column can show (others are known only by implication). */
  readonly stagesWithData: ReadonlySet<LaterStage>;
}

/**
 * A finding with its place in the list: lower comes first. The order puts what a manager must act
 * on before what is merely good to know: the gap to target, money wasted, distorted channel data,
 * the pipeline, rates that differ beyond chance, money well spent, trends, and last what is within
 * chance.
 */
export interface RankedFinding {
  readonly rank: number;
  readonly finding: Finding;
}

export const RANKS = {
  target: 1,
  costWithoutLeads: 2,
  spendWorst: 3,
  pipeline: 4,
  rateDifference: 5,
  spendBest: 6,
  sessionsWithoutLeads: 7,
  trend: 8,
  withinChance: 9,
} as const;
