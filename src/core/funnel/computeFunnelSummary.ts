/**
 * The funnel engine's entry: parsed rows in, every number of the report out (design §4, §5, §6.2,
 * §9.1).
 */
import type { DayNumber, DealLinkSummary, DealRow, FunnelSettings, FunnelView, ParsedWorkbook, SourceTabSummary, TabKind, Warning } from '../model/types';
import type { FunnelSummary, PreviousPeriod } from '../model/summary';
import { hasAnyField, hasTab, measureAvailability, type Availability, type Measure } from './availability';
import { tallyAds, tallyLeads, tallyTraffic, tallyUnlinkedDeals, type ChannelKeyOf } from './attribute';
import { dayToIso, monthEndDay } from '../dates/calendar';
import { monthsBetween, type MonthSpan } from './days';
import { ltvNotes } from './notes';
import { buildEmailTable } from './emailTable';
import { attributeRows, buildFindings, channelsInsideGroups, comparisonRow } from './findings';
import type { OpenPipeline } from './findings/types';
import { resolveFunnelLead, stageDay, type FunnelLead } from './funnelLead';
import { buildAttributeTables } from './leadAttributeTables';
import { buildChannelModel } from './channelModel';
import { buildChannelTables } from './channelTables';
import { toKpiRow, type LtvInputs } from './kpiRow';
import { BLANK_LABELS } from './labels';
import { linkDeals } from './linkDeals';
import { mergeDuplicateLeads } from './mergeLeads';
import { buildMonthRows } from './monthRows';
import { comparedPreviousSpan, type DaySpan } from './previousPeriod';
import { computeScoreBands } from './scoreBands';
import { LATER_STAGES, stageRank, type LaterStage } from './stageOrder';
import { TallyBook, type Tally } from './tally';
import { periodTargets, targetMonths } from './targets';
import { isImmatureMonth } from './maturity';
import { buildPlan, planTarget } from './plan';
import { projectMonth, type CohortMonth } from './projection';
import type { MonthRow } from '../model/summary';
import { computeVelocity } from './velocity';
import { duplicateLeadsWarning, groupCostWarnings, periodOutsideDataWarning, periodViewWithoutLeadsWarning, unlinkedDealsWarnings } from './warnings';
import { undatedTabs, undatedTabWarnings } from './undatedTabs';
import { resolveWindow } from './window';

const STAGE_FIELDS: Readonly<Record<LaterStage, readonly `${TabKind}.${string}`[]>> = {
  mql: ['leads.mql_date', 'leads.mql_flag', 'leads.status'],
  sql: ['leads.sql_date', 'leads.sql_flag', 'leads.status'],
  opportunities: ['leads.opportunity_date', 'leads.opportunity_flag', 'leads.status'],
  won: ['leads.won_date', 'leads.won_flag', 'leads.status'],
};

/** Stages some column can show directly (a deals tab shows opportunities and wins). */
function stagesWithData(workbook: ParsedWorkbook): Set<LaterStage> {
  const deals = hasTab(workbook, 'deals');
  return new Set(
    LATER_STAGES.filter(
      (stage) =>
        hasAnyField(workbook, STAGE_FIELDS[stage]) ||
        (deals && (stage === 'opportunities' || stage === 'won')) ||
        workbook.leads.some(
          (row) =>
            row[stage].date !== null ||
            row[stage].flag ||
            (row.statusStage !== null && stageRank(row.statusStage) >= stageRank(stage)),
        ),
    ),
  );
}

/** Everything the tallies are made from, resolved once. */
interface TallySources {
  readonly workbook: ParsedWorkbook;
  readonly leads: readonly FunnelLead[];
  readonly unlinkedDeals: readonly DealRow[];
  readonly channelKey: ChannelKeyOf;
}

/**
 * Tallies every row for one view and span; deals matching no lead count only in the period view.
 * `leadsOnly` skips the ads and traffic rows, which count by their own date in both views.
 */
function tallyView(sources: TallySources, view: FunnelView, span: DaySpan, months: readonly MonthSpan[], leadsOnly = false): TallyBook {
  const book = new TallyBook(span.from, span.to, months);
  if (!leadsOnly) {
    tallyAds(book, sources.workbook.ads, sources.channelKey);
    tallyTraffic(book, sources.workbook.traffic, sources.channelKey);
  }
  tallyLeads(book, sources.leads, view, sources.channelKey);
  if (view === 'period') tallyUnlinkedDeals(book, sources.unlinkedDeals, sources.channelKey);
  return book;
}

/** What the leads tabs (and deals) count: the measures whose day differs between the views. */
const LEAD_MEASURES: readonly Measure[] = ['leads', 'mql', 'sql', 'opportunities', 'won', 'lost', 'openOpportunities', 'revenue', 'pipelineAmount'];

/**
 * The period-view tallies of the total and the months for targets (design §4.5), given the cohort
 * tallies: only lead and deal measures are tallied again; ads and traffic are the same in both views.
 */
function eventDateTallies(sources: TallySources, cohort: TallyBook, span: DaySpan, months: readonly MonthSpan[]): { total: Tally; byMonth: readonly Tally[] } {
  const events = tallyView(sources, 'period', span, months, true);
  const merge = (base: Tally, leads: Tally): Tally => {
    const merged = { ...base };
    for (const measure of LEAD_MEASURES) merged[measure] = leads[measure];
    return merged;
  };
  return {
    total: merge(cohort.total, events.total),
    byMonth: cohort.byMonth.map((tally, index) => merge(tally, events.byMonth[index] ?? tally)),
  };
}

/** The previous period by event date, beside this period by event date (design §6 item 1, §4.5). */
function previousPeriod(sources: TallySources, span: (DaySpan & { readonly sameSpan: boolean }) | null, availability: Availability, ltvInputs: LtvInputs): PreviousPeriod | null {
  if (span === null) return null;
  const book = tallyView(sources, 'period', span, []);
  return { from: dayToIso(span.from), to: dayToIso(span.to), view: 'period', total: toKpiRow(book.total, availability, ltvInputs), ...(span.sameSpan ? { sameSpan: true as const } : {}) };
}

/** The cohort leads of each month, parallel to `months`. */
function cohortMonths(cohortLeads: readonly FunnelLead[], months: readonly MonthSpan[]): CohortMonth[] {
  const buckets = months.map((span) => ({ end: span.end, leads: [] as FunnelLead[] }));
  for (const lead of cohortLeads) {
    const index = months.findIndex((span) => lead.created >= span.start && lead.created <= span.end);
    buckets[index]?.leads.push(lead);
  }
  return buckets;
}

/** Provisional months with their 見込み (design §6.3); the actuals stay as they are. */
function withProjections(byMonth: readonly MonthRow[], cohorts: readonly CohortMonth[], mature: readonly CohortMonth[], asOf: DayNumber): MonthRow[] {
  return byMonth.map((row, index) => {
    const cohort = cohorts[index];
    if (!row.immature || cohort === undefined) return row;
    const opportunities = projectMonth(cohort, mature, 'opportunities', asOf);
    const won = projectMonth(cohort, mature, 'won', asOf);
    return { ...row, ...(opportunities ? { projectedOpportunities: opportunities } : {}), ...(won ? { projectedWon: won } : {}) };
  });
}

/**
 * Every deal open at the as-of date that was opened by the period's end (design §6.2): the open deals
 * of every lead, whenever it was created and whatever its outcome (a customer's upsell too), a lead
 * that is an open opportunity without deals, and open deals matching no lead; `earlier` counts those from
 * leads created before the period, `unlinked` the deals matching no lead, `customers` the open deals of
 * leads already won (upsells, which the lead-level 商談の状況 block does not count as open).
 */
function openPipeline(leads: readonly FunnelLead[], unlinked: readonly DealRow[], window: { readonly from: DayNumber; readonly to: DayNumber }): OpenPipeline {
  let count = 0;
  let amount = 0;
  let earlier = 0;
  let unlinkedOpen = 0;
  let customers = 0;
  for (const lead of leads) {
    // Its open deals (a customer's upsell too), else the lead itself when it is an open opportunity without deals.
    const open = lead.openDeals ?? (lead.outcome === 'open' ? [{ created: stageDay(lead, 'opportunities'), amount: lead.pipelineAmount }] : []);
    for (const deal of open) {
      if (deal.created > window.to) continue;
      count += 1;
      amount += deal.amount;
      if (lead.created < window.from) earlier += 1;
      else if (lead.outcome === 'won') customers += 1;
    }
  }
  for (const deal of unlinked) {
    if (deal.outcome !== 'open' || deal.created > window.to) continue;
    count += 1;
    unlinkedOpen += 1;
    amount += deal.amount ?? 0;
  }
  return { count, amount, earlier, unlinked: unlinkedOpen, customers };
}

/** Each deals tab's source entry says which key linked its deals to the leads (design §3.2.1). */
function withDealLinks(sources: readonly SourceTabSummary[], byTab: ReadonlyMap<string, DealLinkSummary>): SourceTabSummary[] {
  return sources.map((source) => {
    const links = source.kind === 'deals' ? byTab.get(source.tab) : undefined;
    return links === undefined ? source : { ...source, dealLinks: links };
  });
}

/**
 * Computes the funnel summary of a parsed workbook.
 *
 * - Leads are de-duplicated, linked to their deals, and resolved to the furthest stage they
 *   reached (implication: won ⇒ opportunity ⇒ SQL ⇒ MQL ⇒ lead).
 * - Cohort view (default): leads created in the period and what they reached by the as-of date.
 *   Period view: each stage on the day it happened; deals matching no lead count too. A workbook
 *   with deals but no leads is always shown in the period view (`viewReason: 'no_leads'`, with a
 *   warning saying so).
 * - Each deals tab's source entry says which keys linked its deals to leads.
 * - Ads, traffic and email rows always count by their own date.
 * - Velocity and score bands always describe the leads created in the period.
 * - Targets, per month and for the period, compare with event-date counts in either view.
 * - The previous period of the same length is tallied by event date when the data covers it, and
 *   compared with this period by event date in either view.
 * - Warnings: the workbook's own, then merged duplicates, unlinked deals and channel mismatches.
 *
 * @example
 * const summary = computeFunnelSummary(workbook, { view: 'cohort', language: 'ja', currency: 'JPY' });
 * [summary.period.from, summary.total.leads, summary.total.opportunityRate]
 * //=> ['2025-04-01', 40, 0.25]
 *
 * @throws RangeError when `settings.from` or `settings.to` is not a `YYYY-MM-DD` day.
 */
export function computeFunnelSummary(workbook: ParsedWorkbook, settings: FunnelSettings): FunnelSummary {
  const { language } = settings;
  // Without leads the cohort view has nothing to follow: deals count by their own dates (design §3.2.1).
  const withoutLeads = workbook.leads.length === 0 && workbook.deals.length > 0;
  const view = withoutLeads ? 'period' : settings.view;
  const window = resolveWindow(workbook, settings);
  // Without a dated row there is no month to show (the days are placeholders).
  const months = window.dated ? monthsBetween(window.from, window.to) : [];
  const availability = measureAvailability(workbook);
  const ltvInputs = { grossMargin: settings.grossMargin, expectedPurchases: settings.expectedPurchases };

  const merged = mergeDuplicateLeads(workbook.leads);
  const links = linkDeals(merged.leads, workbook.deals);
  const leads: FunnelLead[] = merged.leads.map((lead, index) => resolveFunnelLead(lead, links.dealsByLead[index] ?? []));
  const cohortLeads = leads.filter((lead) => lead.created >= window.from && lead.created <= window.to);

  const channels = buildChannelModel(workbook, language, settings.channelGroups);
  const sources: TallySources = { workbook, leads, unlinkedDeals: links.unlinked, channelKey: (raw) => channels.keyOf(raw) };
  const tallies = tallyView(sources, view, window, months);
  // Targets and the previous period compare with event-date counts (design §4.5); the cohort view tallies those separately.
  const hasTargets = workbook.targets.length > 0;
  // Like for like (design §6.2): when the data stops before the period's end, the same elapsed span of the previous period.
  const previousSpan = comparedPreviousSpan(window, window.asOf, window.funnelDataFrom);
  const eventTallies = view === 'cohort' && (hasTargets || previousSpan !== null) ? eventDateTallies(sources, tallies, window, months) : tallies;

  const total = toKpiRow(tallies.total, availability, ltvInputs);
  const eventTotal = eventTallies === tallies ? total : toKpiRow(eventTallies.total, availability, ltvInputs);
  const { byChannel, byChannelGroup } = buildChannelTables(tallies.byChannel, channels, availability, ltvInputs, language, tallies.costedChannels);
  const velocity = computeVelocity(cohortLeads);
  const byMonth = buildMonthRows({
    months,
    rows: tallies.byMonth.map((tally) => toKpiRow(tally, availability, ltvInputs)),
    eventRows: eventTallies.byMonth.map((tally) => toKpiRow(tally, availability, ltvInputs)),
    view,
    asOf: window.asOf,
    medianLeadToWonDays: velocity.leadToWonDays,
    targets: workbook.targets,
  });

  // The period the targets run over (design §6.2): the set end, else the data's end or the last
  // month with a target, whichever is later — a default period stops at the as-of date, the year does not.
  const lastTargetMonth = workbook.targets.reduce<string | null>((last, row) => (last === null || row.month > last ? row.month : last), null);
  const lastTargetDay = lastTargetMonth === null ? null : monthEndDay(lastTargetMonth);
  const periodEnd = settings.to !== undefined || lastTargetDay === null ? window.to : Math.max(window.to, lastTargetDay);
  const periodEnded = window.asOf >= periodEnd;
  // Targets fall due up to the day the actuals are counted to: the as-of date, or the period's end before it.
  const dueBy = Math.min(window.asOf, window.to);
  const dueMonths = window.dated ? targetMonths(window.from, periodEnd, periodEnded ? periodEnd : dueBy) : [];
  const targetsOfPeriod = hasTargets ? periodTargets(dueMonths, workbook.targets, eventTotal) : [];
  const proRated = dueMonths.find((entry) => entry.share > 0 && entry.share < 1);
  const proRatedSpan = proRated === undefined ? undefined : monthsBetween(dueBy, dueBy)[0];

  const cohorts = cohortMonths(cohortLeads, months);
  const matureIndexes = months.flatMap((span, index) => (isImmatureMonth(span.end, window.asOf, velocity.leadToWonDays) ? [] : [index]));
  const mature = matureIndexes.map((index) => cohorts[index] as CohortMonth);
  const withStages = stagesWithData(workbook);
  const plan = buildPlan({
    matureLeads: mature.flatMap((cohort) => cohort.leads),
    matureMonths: matureIndexes.map((index) => (months[index] as MonthSpan).month),
    stagesWithData: withStages,
    target: planTarget({ revenue: settings.targetRevenue, customers: settings.targetCustomers }, workbook.targets, new Set(dueMonths.map((entry) => entry.month))),
    groups: byChannelGroup,
    totalCpl: total.cpl,
    leadToWonDays: velocity.leadToWonDays,
  });
  const projectedMonths = view === 'cohort' ? withProjections(byMonth, cohorts, mature, window.asOf) : byMonth;


  const hasScores = hasAnyField(workbook, ['leads.score']) || workbook.leads.some((row) => row.score !== null);
  const hasEmail = workbook.email.length > 0 || hasAnyField(workbook, ['email.delivered', 'email.sent']);
  const email = hasEmail
    ? buildEmailTable(workbook.email, window, {
        hasOpens: hasAnyField(workbook, ['email.opens']) || workbook.email.some((row) => row.opens !== null),
        hasClicks: hasAnyField(workbook, ['email.clicks']) || workbook.email.some((row) => row.clicks !== null),
        blankLabel: BLANK_LABELS[language],
      })
    : [];

  const byAttribute = buildAttributeTables({
    columns: workbook.leadAttributes ?? [],
    merged: merged.leads,
    leads,
    from: window.from,
    to: window.to,
    language,
    revenueAvailable: availability.revenue,
  });

  const undated = undatedTabs(workbook, window);
  const checkChannels = availability.cost && availability.leads;
  const warnings: Warning[] = [
    ...workbook.warnings,
    ...undatedTabWarnings(undated, window, language),
    ...[
      withoutLeads ? periodViewWithoutLeadsWarning(language) : null,
      periodOutsideDataWarning(window, language),
      duplicateLeadsWarning(merged.mergedRows, language),
      ...(withoutLeads ? [] : unlinkedDealsWarnings(links.unlinked, language)),
      ...(checkChannels ? groupCostWarnings(byChannelGroup, byChannel, language) : []),
    ].filter((warning): warning is Warning => warning !== null),
  ];

  return {
    schemaVersion: 1,
    view,
    period: { from: dayToIso(window.from), to: dayToIso(window.to), ...(window.dated ? {} : { undated: true as const }) },
    asOf: dayToIso(window.asOf),
    currency: settings.currency,
    total,
    eventDateTotal: eventTallies === tallies ? null : eventTotal,
    periodTargets: targetsOfPeriod,
    previousPeriod: previousPeriod(sources, previousSpan, availability, ltvInputs),
    byChannel,
    byChannelGroup,
    channelMap: channels.channelMap,
    channelDuplicates: channels.duplicates,
    byAttribute,
    byMonth: projectedMonths,
    scoreBands: hasScores ? computeScoreBands(cohortLeads, settings.scoreBands) : [],
    velocity,
    email,
    plan,
    findings: buildFindings({
      language,
      currency: settings.currency,
      view,
      total,
      // Groups, not raw channels: cost, sessions and leads of one kind of channel meet on one row (design §4.6).
      rows: byChannelGroup.map((row) => comparisonRow(row.group, row)),
      rowKind: 'group',
      channels: channelsInsideGroups(byChannel),
      attributes: byAttribute.map(attributeRows),
      months: byMonth,
      periodTargets: targetsOfPeriod,
      stagesWithData: withStages,
      periodEnded,
      eventTotal,
      pipeline: openPipeline(leads, links.unlinked, window),
      ...(periodEnded
        ? {}
        : {
            progress: {
              asOf: dayToIso(dueBy),
              end: dayToIso(periodEnd),
              daysLeft: periodEnd - dueBy,
              proRated:
                proRated === undefined || proRatedSpan === undefined
                  ? null
                  : { month: proRated.month, days: dueBy - proRatedSpan.start + 1, of: proRatedSpan.end - proRatedSpan.start + 1 },
              leadToWonDays: velocity.leadToWonDays,
            },
          }),
      planTarget: plan.target === null ? null : plan.target.revenue !== null ? { metric: 'revenue', value: plan.target.revenue } : { metric: 'won', value: plan.target.customers ?? 0 },
    }),
    notes: ltvNotes(settings),
    sources: withoutLeads ? workbook.sources : withDealLinks(workbook.sources, links.byTab),
    undatedTabs: undated,
    warnings,
    ...(withoutLeads ? { viewReason: 'no_leads' as const } : {}),
  };
}

