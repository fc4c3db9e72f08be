/**
 * The funnel engine's entry: parsed rows in, every number of the report out (design §4, §5, §6.2,
 * §9.1).
 */
import type { DealLinkSummary, FunnelSettings, Language, ParsedWorkbook, SourceTabSummary, TabKind, Warning } from '../model/types';
import type { Bilingual } from '../text/translate';
import type { ChannelRow, FunnelSummary } from '../model/summary';
import { hasAnyField, hasTab, measureAvailability } from './availability';
import { tallyAds, tallyLeads, tallyTraffic, tallyUnlinkedDeals } from './attribute';
import { dayToIso } from '../dates/calendar';
import { monthsBetween } from './days';
import { buildEmailTable } from './emailTable';
import { buildFindings } from './findings';
import { resolveFunnelLead, type FunnelLead } from './funnelLead';
import { toKpiRow } from './kpiRow';
import { compareCodeUnits, LabelBook } from './labels';
import { linkDeals } from './linkDeals';
import { mergeDuplicateLeads } from './mergeLeads';
import { buildMonthRows } from './monthRows';
import { computeScoreBands } from './scoreBands';
import { LATER_STAGES, stageRank, type LaterStage } from './stageOrder';
import { TallyBook } from './tally';
import { computeVelocity } from './velocity';
import {
  costWithoutLeadsWarning,
  duplicateLeadsWarning,
  leadsWithoutCostWarning,
  periodViewWithoutLeadsWarning,
  unlinkedDealsWarnings,
} from './warnings';
import { resolveWindow } from './window';

const BLANK_LABELS: Bilingual = { ja: '(未設定)', en: '(not set)' };

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

/** Registers every channel spelling in every tab, so each channel gets one label and one row. */
function collectChannels(workbook: ParsedWorkbook, language: Language): LabelBook {
  const channels = new LabelBook(BLANK_LABELS[language]);
  for (const row of workbook.ads) channels.add(row.channel);
  for (const row of workbook.traffic) channels.add(row.channel);
  for (const row of workbook.leads) channels.add(row.channel);
  for (const row of workbook.deals) channels.add(row.channel);
  return channels;
}

/** Each deals tab's source entry says which key linked its deals to the leads (design §3.2.1). */
function withDealLinks(sources: readonly SourceTabSummary[], byTab: ReadonlyMap<string, DealLinkSummary>): SourceTabSummary[] {
  return sources.map((source) => {
    const links = source.kind === 'deals' ? byTab.get(source.tab) : undefined;
    return links === undefined ? source : { ...source, dealLinks: links };
  });
}

function compareChannelRows(a: ChannelRow, b: ChannelRow): number {
  return (b.leads ?? 0) - (a.leads ?? 0) || compareCodeUnits(a.channel, b.channel);
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
  const months = monthsBetween(window.from, window.to);
  const availability = measureAvailability(workbook);
  const ltvInputs = { grossMargin: settings.grossMargin, expectedPurchases: settings.expectedPurchases };

  const merged = mergeDuplicateLeads(workbook.leads);
  const links = linkDeals(merged.leads, workbook.deals);
  const leads: FunnelLead[] = merged.leads.map((lead, index) => resolveFunnelLead(lead, links.dealsByLead[index] ?? []));
  const cohortLeads = leads.filter((lead) => lead.created >= window.from && lead.created <= window.to);

  const channels = collectChannels(workbook, language);
  const tallies = new TallyBook(window.from, window.to, months);
  for (const key of channels.keys()) tallies.ensureChannel(key);
  const channelKey = (raw: string | null): string => channels.keyOf(raw);
  tallyAds(tallies, workbook.ads, channelKey);
  tallyTraffic(tallies, workbook.traffic, channelKey);
  tallyLeads(tallies, leads, view, channelKey);
  if (view === 'period') tallyUnlinkedDeals(tallies, links.unlinked, channelKey);

  const total = toKpiRow(tallies.total, availability, ltvInputs);
  const byChannel: ChannelRow[] = [...tallies.byChannel.entries()]
    .map(([key, tally]) => ({ channel: channels.labelOf(key), ...toKpiRow(tally, availability, ltvInputs) }))
    .sort(compareChannelRows);
  const velocity = computeVelocity(cohortLeads);
  const byMonth = buildMonthRows({
    months,
    rows: tallies.byMonth.map((tally) => toKpiRow(tally, availability, ltvInputs)),
    view,
    asOf: window.asOf,
    medianLeadToWonDays: velocity.leadToWonDays,
    targets: workbook.targets,
  });

  const hasScores = hasAnyField(workbook, ['leads.score']) || workbook.leads.some((row) => row.score !== null);
  const hasEmail = workbook.email.length > 0 || hasAnyField(workbook, ['email.delivered', 'email.sent']);
  const email = hasEmail
    ? buildEmailTable(workbook.email, window, {
        hasOpens: hasAnyField(workbook, ['email.opens']) || workbook.email.some((row) => row.opens !== null),
        hasClicks: hasAnyField(workbook, ['email.clicks']) || workbook.email.some((row) => row.clicks !== null),
        blankLabel: BLANK_LABELS[language],
      })
    : [];

  const checkChannels = availability.cost && availability.leads;
  const costWithoutLeads = byChannel.filter((row) => (row.cost ?? 0) > 0 && row.leads === 0).map((row) => row.channel);
  const leadsWithoutCost = byChannel.filter((row) => (row.leads ?? 0) > 0 && row.cost === 0).map((row) => row.channel);
  const warnings: Warning[] = [
    ...workbook.warnings,
    ...[
      withoutLeads ? periodViewWithoutLeadsWarning(language) : null,
      duplicateLeadsWarning(merged.mergedRows, language),
      ...(withoutLeads ? [] : unlinkedDealsWarnings(links.unlinked, language)),
      checkChannels ? costWithoutLeadsWarning(costWithoutLeads, language) : null,
      checkChannels ? leadsWithoutCostWarning(leadsWithoutCost, language) : null,
    ].filter((warning): warning is Warning => warning !== null),
  ];

  return {
    schemaVersion: 1,
    view,
    period: { from: dayToIso(window.from), to: dayToIso(window.to) },
    asOf: dayToIso(window.asOf),
    currency: settings.currency,
    total,
    byChannel,
    byMonth,
    scoreBands: hasScores ? computeScoreBands(cohortLeads, settings.scoreBands) : [],
    velocity,
    email,
    findings: buildFindings({
      language,
      currency: settings.currency,
      view,
      total,
      channels: byChannel,
      months: byMonth,
      stagesWithData: stagesWithData(workbook),
    }),
    sources: withoutLeads ? workbook.sources : withDealLinks(workbook.sources, links.byTab),
    warnings,
    ...(withoutLeads ? { viewReason: 'no_leads' as const } : {}),
  };
}
