/**
 * Puts every row's numbers on a day and a channel (design §4.5): ads, traffic and deals by their own
 * dates; leads by created date (cohort view) or by the day each stage happened (period view).
 */
import type { AdRow, DayNumber, DealRow, FunnelView, Stage, TrafficRow } from '../model/types';
import { reachesStage, stageDay, type FunnelLead } from './funnelLead';
import { labelKey } from './labels';
import { LATER_STAGES, type LaterStage } from './stageOrder';
import type { Measure } from './availability';
import type { TallyBook } from './tally';

/** Turns a raw channel into its matching key; pass a caching one (LabelBook#keyOf) for big tabs. */
export type ChannelKeyOf = (raw: string | null) => string;

/** Adds one value of a row: on its day, or over its stated span when the tab has no day column. */
function addRowValue(book: TallyBook, row: AdRow | TrafficRow, channel: string, measure: Measure, value: number): void {
  if (row.until === null) book.add(row.date, channel, measure, value);
  else book.addSpan(row.date, row.until, channel, measure, value);
}

/**
 * Adds ad rows: cost, impressions and clicks on the row's date and channel. Rows of a report
 * without a day column count for its stated period as a whole: in the total and the channel when
 * the report period covers that span, in no month (design §3.2.1).
 *
 * @example
 * tallyAds(book, [adRow({ date: 20180, channel: 'Google広告', cost: 5000 })]);
 * book.total.cost
 * //=> 5000
 */
export function tallyAds(book: TallyBook, rows: readonly AdRow[], channelKey: ChannelKeyOf = labelKey): void {
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as AdRow;
    const channel = channelKey(row.channel);
    addRowValue(book, row, channel, 'cost', row.cost);
    addRowValue(book, row, channel, 'impressions', row.impressions ?? 0);
    addRowValue(book, row, channel, 'clicks', row.clicks ?? 0);
    // CPC's cost: only rows that report clicks (a trade show's cost has no click to divide by).
    if (row.clicks !== null) addRowValue(book, row, channel, 'adCost', row.cost);
  }
}

/**
 * Adds traffic rows: sessions, engaged sessions (from the bounce rate when that is all the row
 * has) and downloads; rows without a day column as in {@link tallyAds}.
 *
 * @example
 * tallyTraffic(book, [trafficRow({ date: 20180, sessions: 200, bounceRate: 0.25 })]);
 * book.total.engagedSessions
 * //=> 150
 */
export function tallyTraffic(book: TallyBook, rows: readonly TrafficRow[], channelKey: ChannelKeyOf = labelKey): void {
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as TrafficRow;
    const channel = channelKey(row.channel);
    const engaged = row.engagedSessions ?? (row.bounceRate === null ? 0 : row.sessions * (1 - row.bounceRate));
    addRowValue(book, row, channel, 'sessions', row.sessions);
    addRowValue(book, row, channel, 'engagedSessions', engaged);
    addRowValue(book, row, channel, 'downloads', row.downloads ?? 0);
  }
}

/**
 * Adds leads. Cohort view: the lead, every stage it reached and its revenue all count on its
 * created date. Period view: each stage counts on the day it happened (created date when only a
 * flag or status says so), revenue on the won day, a loss on the day it was lost, and an open
 * opportunity (with its pipeline amount) on its opportunity day.
 *
 * @example
 * tallyLeads(book, [wonLeadCreatedInAprilWonInJune], 'cohort');
 * book.byMonth[0].won // April
 * //=> 1
 */
export function tallyLeads(book: TallyBook, leads: readonly FunnelLead[], view: FunnelView, channelKey: ChannelKeyOf = labelKey): void {
  // Indexed, the work per lead in its own small function: the loop runs over 100,000 leads mostly
  // before V8 has optimised it, where for-of allocates a step object per lead (design §10).
  for (let index = 0; index < leads.length; index += 1) {
    const lead = leads[index] as FunnelLead;
    tallyLead(book, lead, view, channelKey(lead.channel));
  }
}

/** The day a lead's stage counts on: its created date in the cohort view, the day it happened in the period view. */
function countedDay(lead: FunnelLead, stage: Stage, view: FunnelView): DayNumber {
  return view === 'cohort' ? lead.created : stageDay(lead, stage);
}

function tallyLead(book: TallyBook, lead: FunnelLead, view: FunnelView, channel: string): void {
  book.add(countedDay(lead, 'leads', view), channel, 'leads', 1);
  for (let index = 0; index < LATER_STAGES.length; index += 1) {
    const stage = LATER_STAGES[index] as LaterStage;
    if (reachesStage(lead, stage)) book.add(countedDay(lead, stage, view), channel, stage, 1);
  }
  if (reachesStage(lead, 'won')) book.add(countedDay(lead, 'won', view), channel, 'revenue', lead.revenue);
  if (lead.outcome === 'lost') {
    // Lost on the close date of its last lost deal; a lost status or flag has no date (created date).
    book.add(view === 'cohort' ? lead.created : (lead.lostDate ?? lead.created), channel, 'lost', 1);
  } else if (lead.outcome === 'open') {
    // Still open: counted with its opportunity (the pipeline that stage produced).
    book.add(countedDay(lead, 'opportunities', view), channel, 'openOpportunities', 1);
    book.add(countedDay(lead, 'opportunities', view), channel, 'pipelineAmount', lead.pipelineAmount);
  }
}

/**
 * Adds deals that match no lead (period view only): an opportunity on the deal's created date;
 * when won, a win and its amount on the close date (created date when the close date is blank);
 * when lost, a loss on that day; when open, an open opportunity and its amount on the created date.
 *
 * @example
 * tallyUnlinkedDeals(book, [dealRow({ created: 20180, outcome: 'won', closeDate: 20200, amount: 90000 })]);
 * book.total.revenue
 * //=> 90000
 */
export function tallyUnlinkedDeals(book: TallyBook, deals: readonly DealRow[], channelKey: ChannelKeyOf = labelKey): void {
  for (const deal of deals) {
    const channel = channelKey(deal.channel);
    book.add(deal.created, channel, 'opportunities', 1);
    const closeDay = deal.closeDate ?? deal.created;
    if (deal.outcome === 'won') {
      book.add(closeDay, channel, 'won', 1);
      book.add(closeDay, channel, 'revenue', deal.amount ?? 0);
    } else if (deal.outcome === 'lost') {
      book.add(closeDay, channel, 'lost', 1);
    } else {
      book.add(deal.created, channel, 'openOpportunities', 1);
      book.add(deal.created, channel, 'pipelineAmount', deal.amount ?? 0);
    }
  }
}
