/**
 * 目標逆算 / Plan (design §6.3): a target (revenue or new customers) worked backwards through the
 * funnel at the rates of the mature cohorts, to the 受注, 商談, SQL, MQL and leads it needs and the
 * budget those leads cost, in total and per channel group.
 */
import type { ChannelGroupRow, Plan, PlanGroupRow, PlanTarget } from '../model/summary';
import type { DayNumber, IsoDay, IsoMonth, TargetRow } from '../model/types';
import { dayToIso, monthEndDay, monthStartDay } from '../dates/calendar';
import { reachesStage, type FunnelLead } from './funnelLead';
import { divide, multiply } from './numbers';
import type { LaterStage } from './stageOrder';

/** A rate resting on fewer leads than this makes the plan a rough guide (design §6.2's floor). */
export const ROUGH_GUIDE_BASIS = 20;

/** The target the user set: from the sidebar or the CLI (it wins), else from the targets tab. */
export interface PlanTargetSetting {
  readonly revenue?: number;
  readonly customers?: number;
}

/**
 * The plan's target: the setting when given, else the targets tab's revenue targets summed over the
 * months of the report's target period when given (the same months the gap-to-target finding sums,
 * design §6.2, §6.3), else over all its months (its 受注 targets when it sets no revenue); null when
 * neither exists.
 *
 * @example
 * planTarget({}, [{ month: '2025-04', metric: 'revenue', target: 6e6, … }, { month: '2025-05', metric: 'revenue', target: 7e6, … }])
 * //=> { revenue: 13000000, customers: null, source: 'targets', fromMonth: '2025-04', toMonth: '2025-05' }
 *
 * @example
 * planTarget({}, sameTargets, new Set(['2025-05']))
 * //=> { revenue: 7000000, customers: null, source: 'targets', fromMonth: '2025-05', toMonth: '2025-05' }
 */
export function planTarget(setting: PlanTargetSetting, targets: readonly TargetRow[], periodMonths?: ReadonlySet<IsoMonth>): PlanTarget | null {
  if (setting.revenue !== undefined && setting.revenue > 0) return { revenue: setting.revenue, customers: null, source: 'settings', fromMonth: null, toMonth: null };
  if (setting.customers !== undefined && setting.customers > 0) return { revenue: null, customers: setting.customers, source: 'settings', fromMonth: null, toMonth: null };
  for (const metric of ['revenue', 'won'] as const) {
    const rows = targets.filter((row) => row.metric === metric && (periodMonths === undefined || periodMonths.size === 0 || periodMonths.has(row.month)));
    if (rows.length === 0) continue;
    const months = rows.map((row) => row.month).sort();
    const value = rows.reduce((sum, row) => sum + row.target, 0);
    if (value <= 0) continue;
    return {
      revenue: metric === 'revenue' ? value : null,
      customers: metric === 'won' ? value : null,
      source: 'targets',
      fromMonth: months[0] ?? null,
      toMonth: months[months.length - 1] ?? null,
    };
  }
  return null;
}

/** A step rate and the count it rests on. */
interface PlanRate {
  readonly value: number | null;
  readonly basis: number;
}

function rate(count: number, basis: number): PlanRate {
  return { value: divide(count, basis), basis };
}

/** Divides a required count by a step rate; null when either is missing or the rate is 0. */
function backwards(required: number | null, step: PlanRate | null): number | null {
  if (step === null) return required;
  return required === null || step.value === null || step.value === 0 ? null : required / step.value;
}

export interface PlanInput {
  /** Leads of the mature cohort months (design §4.5) in the period. */
  readonly matureLeads: readonly FunnelLead[];
  readonly matureMonths: readonly IsoMonth[];
  /** Stages some column of the workbook shows; a stage without data is skipped in the chain. */
  readonly stagesWithData: ReadonlySet<LaterStage>;
  readonly target: PlanTarget | null;
  /** The period's channel groups: their share of leads and their CPL. */
  readonly groups: readonly ChannelGroupRow[];
  readonly totalCpl: number | null;
  readonly leadToWonDays: number | null;
}

/** The day `days` before the given day, as ISO text. */
function shiftDay(day: DayNumber | null, days: number | null): IsoDay | null {
  return day === null || days === null ? null : dayToIso(day - Math.round(days));
}

/**
 * Builds the plan. Rates come from the mature cohorts only: 受注率 of closed opportunities, then each
 * stage over the stage above it that the data shows (商談 ÷ SQL, SQL ÷ MQL, MQL ÷ leads). Required
 * counts divide the target back through them; each group gets the leads of its current share and the
 * budget of those leads at its CPL; the total budget is the groups' sum (leads × CPL without groups).
 *
 * @example
 * buildPlan({ target: { customers: 10, … }, matureLeads: 200 leads, 40 商談, 10 won + 10 lost, … }).required
 * //=> { won: 10, opportunities: 20, …, leads: 100, … } // 受注率 50%, 商談化率 20%
 */
export function buildPlan(input: PlanInput): Plan {
  const count = (stage: LaterStage | 'leads'): number => input.matureLeads.filter((lead) => reachesStage(lead, stage)).length;
  const leads = input.matureLeads.length;
  const won = count('won');
  const lost = input.matureLeads.filter((lead) => lead.outcome === 'lost').length;
  const opportunities = count('opportunities');
  const revenue = input.matureLeads.reduce((sum, lead) => sum + lead.revenue, 0);
  const hasMql = input.stagesWithData.has('mql');
  const hasSql = input.stagesWithData.has('sql');
  const mql = hasMql ? count('mql') : null;
  const sql = hasSql ? count('sql') : null;

  const winRate = rate(won, won + lost);
  const aboveOpportunity = sql ?? mql ?? leads;
  const opportunityStepRate = rate(opportunities, aboveOpportunity);
  const sqlStepRate = sql === null ? null : rate(sql, mql ?? leads);
  const mqlRate = mql === null ? null : rate(mql, leads);
  const averageDealSize = divide(revenue, won);

  const target = input.target;
  const requiredWon = target === null ? null : target.customers ?? divide(target.revenue, averageDealSize);
  const requiredOpportunities = backwards(requiredWon, winRate);
  const requiredSql = sql === null ? null : backwards(requiredOpportunities, opportunityStepRate);
  const requiredMql = mql === null ? null : backwards(requiredSql ?? requiredOpportunities, sqlStepRate ?? opportunityStepRate);
  const requiredLeads = backwards(requiredMql ?? requiredSql ?? requiredOpportunities, mqlRate ?? sqlStepRate ?? opportunityStepRate);

  const groupLeads = input.groups.reduce((sum, group) => sum + (group.leads ?? 0), 0);
  const byGroup: PlanGroupRow[] = input.groups
    .filter((group) => (group.leads ?? 0) > 0)
    .map((group) => {
      const leadShare = divide(group.leads, groupLeads);
      const leadsNeeded = multiply(requiredLeads, leadShare);
      // A group with no cost data (CPL null while it has leads: organic, referrals) costs nothing to plan for.
      const cpl = group.cpl ?? (group.cost === 0 ? 0 : null);
      return { group: group.group, groupId: group.groupId, leadShare, cpl, leads: leadsNeeded, budget: multiply(leadsNeeded, cpl) };
    });
  const budget =
    byGroup.length > 0 && byGroup.every((group) => group.budget !== null)
      ? byGroup.reduce((sum, group) => sum + (group.budget ?? 0), 0)
      : multiply(requiredLeads, input.totalCpl);

  const rates = [winRate, opportunityStepRate, sqlStepRate, mqlRate].filter((entry): entry is PlanRate => entry !== null);
  const from = target?.fromMonth ? monthStartDay(target.fromMonth) : null;
  const to = target?.toMonth ? monthEndDay(target.toMonth) : null;
  return {
    target,
    inputs: {
      averageDealSize,
      winRate: winRate.value,
      opportunityStepRate: opportunityStepRate.value,
      sqlStepRate: sqlStepRate?.value ?? null,
      mqlRate: mqlRate?.value ?? null,
      bases: {
        winRate: winRate.basis,
        opportunityStepRate: opportunityStepRate.basis,
        sqlStepRate: sqlStepRate?.basis ?? null,
        mqlRate: mqlRate?.basis ?? null,
      },
      cpl: input.totalCpl,
      leadToWonDays: input.leadToWonDays,
      matureMonths: input.matureMonths,
    },
    required: {
      won: requiredWon,
      opportunities: requiredOpportunities,
      sql: requiredSql,
      mql: requiredMql,
      leads: requiredLeads,
      budget: requiredLeads === null ? null : budget,
    },
    byGroup,
    leadsFrom: shiftDay(from, input.leadToWonDays),
    leadsTo: shiftDay(to, input.leadToWonDays),
    roughGuide: rates.some((entry) => entry.basis < ROUGH_GUIDE_BASIS),
  };
}
