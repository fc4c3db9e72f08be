/**
 * What the findings read (design §6.2). Channel findings take {@link ComparisonRow}s — a label with
 * counts, cost and revenue — so channel groups (design §4.6) or lead attributes can be compared
 * through the same code.
 */
import type { AttributeRow, AttributeTable } from '../../model/breakdowns';
import type { ChannelRow, Finding, KpiRow, MonthRow, TargetAttainment } from '../../model/summary';
import type { FunnelView, IsoDay, IsoMonth, Language } from '../../model/types';
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

/** A channel with its group's label. */
export interface GroupedRow extends ComparisonRow {
  readonly group: string;
}

/** One lead attribute's values (design §4.7): the rows that may be named, and the sum of all its rows. */
export interface AttributeRows {
  readonly attribute: string;
  /** Values and bands; the merged その他 and (未設定) are only part of the rest. */
  readonly rows: readonly ComparisonRow[];
  readonly total: ComparisonRow;
}

/**
 * The channels of the groups that hold more than one channel with leads or cost, with their group.
 *
 * @example
 * channelsInsideGroups(byChannel).map((row) => row.label)
 * //=> ['Google広告', 'Yahoo!広告', 'Google Ads'] // 有料検索's; a group of one channel is the group itself
 */
export function channelsInsideGroups(byChannel: readonly ChannelRow[]): GroupedRow[] {
  const active = byChannel.filter((row) => (row.leads ?? 0) > 0 || (row.cost ?? 0) > 0);
  return active.filter((row) => active.some((other) => other !== row && other.groupId === row.groupId)).map((row) => ({ ...comparisonRow(row.channel, row), group: row.group }));
}

/**
 * A lead attribute's table as comparison rows: its values and bands may be named; the merged その他
 * and (未設定) count only in the rest.
 */
export function attributeRows(table: AttributeTable): AttributeRows {
  const asRow = (label: string, row: Pick<AttributeRow, 'leads' | 'opportunities' | 'won' | 'lost' | 'revenue'>): ComparisonRow => ({ label, ...row, cost: null, sessions: null });
  const sum = (key: 'leads' | 'opportunities' | 'won' | 'lost') => table.rows.reduce((total, row) => total + row[key], 0);
  return {
    attribute: table.attribute,
    rows: table.rows.filter((row) => row.kind === 'value' || row.kind === 'band').map((row) => asRow(row.value, row)),
    total: asRow('', { leads: sum('leads'), opportunities: sum('opportunities'), won: sum('won'), lost: sum('lost'), revenue: null }),
  };
}

/**
 * The opportunities open at the as-of date (design §6.2): count, amount, how many come from leads
 * created before the period, and how many are deals matching no lead (the cohort tables leave those out).
 */
export interface OpenPipeline {
  readonly count: number;
  readonly amount: number | null;
  readonly earlier: number;
  readonly unlinked?: number;
  /** Open deals of leads already won in the period (upsells). */
  readonly customers?: number;
}

/** Where the target period stands on the as-of date (design §6.2), while it runs. */
export interface TargetProgress {
  readonly asOf: IsoDay;
  /** The period's last day: the set end, else the end of the last month with a target. */
  readonly end: IsoDay;
  /** Days after the as-of date to the end. */
  readonly daysLeft: number;
  /** The as-of month when only part of its target is due: its days so far out of its days. */
  readonly proRated: { readonly month: IsoMonth; readonly days: number; readonly of: number } | null;
  /** Median days from lead to won, when known. */
  readonly leadToWonDays: number | null;
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
  /** The channels of groups that hold more than one: tested like the groups, and named inside their group. */
  readonly channels?: readonly GroupedRow[];
  /** Lead attributes, tested for rate differences with the groups (design §4.7, §6.2). */
  readonly attributes?: readonly AttributeRows[];
  readonly months: readonly MonthRow[];
  readonly periodTargets: readonly TargetAttainment[];
  /** Stages some mapped column can show (others are known only by implication). */
  readonly stagesWithData: ReadonlySet<LaterStage>;
  /** The as-of date is on or after the period's last day: nothing more can happen in it. */
  readonly periodEnded?: boolean;
  /** The period counted by event date (the cohort view's eventDateTotal): the basis of the gap to target. */
  readonly eventTotal?: KpiRow;
  /** Every opportunity open at the as-of date; without it, the event-date row's open opportunities. */
  readonly pipeline?: OpenPipeline;
  /** While the period runs past the as-of date. */
  readonly progress?: TargetProgress;
  /** The plan sheet's target (revenue, else wins), to point to it only when it is the finding's. */
  readonly planTarget?: { readonly metric: 'revenue' | 'won'; readonly value: number } | null;
}

/**
 * A finding with its place in the list: lower comes first. The order puts what a manager must act
 * on before what is merely good to know: the gap to target (with the pipeline), money wasted,
 * distorted channel data, rates that differ beyond chance, money well spent, trends, and last what is within
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
  rateDifference: 5,
  spendBest: 6,
  sessionsWithoutLeads: 7,
  trend: 8,
  withinChance: 9,
} as const;

/** A test of the report's one family (design §6.2): its z statistic. */
export interface FamilyTest {
  readonly z: number;
}

/**
 * Every test of one report — rate differences, spend shares, the trend — judged together with
 * Holm–Bonferroni at 5 % (design §6.2): the more a report tests, the more a difference must stand
 * out before it is called real.
 */
export class TestFamily {
  private readonly verdicts = new Map<FamilyTest, boolean>();

  constructor(tests: readonly FamilyTest[], significant: readonly boolean[]) {
    tests.forEach((test, index) => this.verdicts.set(test, significant[index] === true));
  }

  /** How many tests the report made ("27通りの比較"). */
  get size(): number {
    return this.verdicts.size;
  }

  /** Whether the test is significant within the family; false for a test not in it. */
  significant(test: FamilyTest): boolean {
    return this.verdicts.get(test) === true;
  }
}
