/**
 * One reader per tab kind: a mapped row → a typed record (see model/types.ts), or `null` when a
 * required field failed (the warning is already logged by the field readers).
 *
 * Records are written as plain literals with `tab` and `row` spelled out: spreading the row's
 * place into each record made V8 build slow objects and tripled parse time on 100,000 rows.
 */
import { isoToDay } from '../dates/calendar';
import type {
  AdRow,
  DayNumber,
  DealOutcome,
  DealRow,
  EmailRow,
  LeadRow,
  Stage,
  StageEvidence,
  TabKind,
  TabMapping,
  TargetRow,
  TrafficRow,
} from '../model/types';
import { fieldLabel, targetMetricLabel } from '../vocabulary/fieldLabels';
import { headerKey } from '../vocabulary/headerKey';
import { targetMetricFromText } from '../vocabulary/targetMetrics';
import { missingDeliveredMessage, missingMetricMessage, unknownMetricMessage } from './messages';
import { cellText, type RowFields, type TabContext } from './rowFields';
import { ATTRIBUTE_FIELDS, type AttributeField } from '../model/breakdowns';
import { dealOutcomeFromStage, stageFromStatus } from '../vocabulary/stageWords';
import { decideDealOutcome } from './dealOutcome';

export type KindRecord = AdRow | TrafficRow | LeadRow | DealRow | EmailRow | TargetRow;

/**
 * The attribute columns of a leads tab (design §4.7): the recognised attribute fields, then the
 * columns the user picked by header that are not already one of them.
 *
 * @example
 * leadAttributeColumns({ ...context, mapping: { ...mapping, columns: { created_date: 0, industry: 2 } }, attributeColumns: ['地域'] }, ['作成日', '地域', '業種'])
 * //=> [{ key: 'industry', field: 'industry', column: 2, header: '業種' }, { key: 'column:地域', field: 'column', column: 1, header: '地域' }]
 */
export function leadAttributeColumns(context: TabContext, header: readonly unknown[]): LeadAttributeAt[] {
  const result: LeadAttributeAt[] = [];
  const used = new Set<number>();
  for (const field of ATTRIBUTE_FIELDS) {
    const column = context.mapping.columns[field];
    if (column === undefined) continue;
    result.push({ key: field, field, column, header: cellText(header[column]) ?? fieldLabel(field, context.language) });
    used.add(column);
  }
  for (const picked of context.attributeColumns ?? []) {
    const key = headerKey(picked);
    const column = header.findIndex((cell) => headerKey(cell) === key);
    if (key === '' || column < 0 || used.has(column)) continue;
    result.push({ key: `column:${key}`, field: 'column', column, header: cellText(header[column]) ?? picked });
    used.add(column);
  }
  return result;
}

/** A lead attribute column and where it is. */
export interface LeadAttributeAt {
  readonly key: string;
  readonly field: AttributeField | 'column';
  readonly column: number;
  readonly header: string;
}

function readAttributes(fields: RowFields, columns: readonly LeadAttributeAt[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { key, column } of columns) {
    const text = fields.textAt(column);
    if (text !== null) values[key] = text;
  }
  return values;
}

/** Reads one row of a tab; targets rows in wide layout give one record per metric. */
export type RowReader = (fields: RowFields) => readonly KindRecord[] | null;

/**
 * The channel column's text, combined with a medium column as `source / medium` when the tab has
 * both (`utm_source` + `utm_medium`, design §3.2.1); a medium column alone is the channel.
 *
 * @example
 * channelText(fieldsOf({ channel: 'google', medium: 'cpc' }))
 * //=> 'google / cpc'
 */
function channelText(fields: RowFields): string | null {
  const source = fields.text('channel');
  if (!fields.has('medium')) return source;
  const medium = fields.text('medium');
  if (source === null || medium === null) return source ?? medium;
  return `${source} / ${medium}`;
}

/** The first and last day of a dateless report's stated period (design §3.2.1), or null. */
interface StatedSpan {
  readonly from: DayNumber;
  readonly until: DayNumber;
}

function statedSpan(context: TabContext): StatedSpan | null {
  const { period, columns } = context.mapping;
  if (period === undefined || columns.date !== undefined) return null;
  const from = isoToDay(period.from);
  const until = isoToDay(period.to);
  return from === null || until === null || from > until ? null : { from, until };
}

/** Ads and traffic rows without a channel column belong to the tab's channel (design §4.6). */
function aggregateChannel(fields: RowFields, context: TabContext): string | null {
  if (fields.has('channel') || fields.has('medium')) return channelText(fields);
  const fallback = (context.mapping.channel ?? context.tab).trim();
  return fallback === '' ? null : fallback;
}

function readAds(context: TabContext): RowReader {
  const span = statedSpan(context);
  return (fields) => {
    const date = span ? span.from : fields.requiredDay('date');
    const cost = fields.requiredNumber('cost', 'money');
    if (fields.skipped || date === null || cost === null) return null;
    const row: AdRow = {
      tab: fields.place.tab,
      row: fields.place.row,
      date,
      until: span ? span.until : null,
      channel: aggregateChannel(fields, context),
      campaign: fields.text('campaign'),
      cost,
      impressions: fields.optionalNumber('impressions', 'count'),
      clicks: fields.optionalNumber('clicks', 'count'),
      conversions: fields.optionalNumber('conversions', 'count'),
    };
    return [row];
  };
}

function readTraffic(context: TabContext): RowReader {
  const span = statedSpan(context);
  return (fields) => {
    const date = span ? span.from : fields.requiredDay('date');
    const sessions = fields.requiredNumber('sessions', 'count');
    if (fields.skipped || date === null || sessions === null) return null;
    const row: TrafficRow = {
      tab: fields.place.tab,
      row: fields.place.row,
      date,
      until: span ? span.until : null,
      channel: aggregateChannel(fields, context),
      sessions,
      newUsers: fields.optionalNumber('new_users', 'count'),
      engagedSessions: fields.optionalNumber('engaged_sessions', 'count'),
      bounceRate: fields.optionalRate('bounce_rate'),
      averageEngagementSeconds: fields.optionalSeconds('avg_engagement_seconds'),
      downloads: fields.optionalNumber('downloads', 'count'),
    };
    return [row];
  };
}

/**
 * The won evidence of a lead row. A close date (HubSpot contacts' `Close Date`, Salesforce's
 * `CloseDate`) never makes a lead won by itself — it is often an expected date — but once a won
 * status or flag says the lead was won, it is the day it was won (design §3.2.1).
 */
function wonEvidence(fields: RowFields, statusStage: Stage | null): StageEvidence {
  const won = fields.stageEvidence('won_date', 'won_flag');
  if (won.date !== null || !fields.has('close_date')) return won;
  if (!won.flag && statusStage !== 'won') return won;
  const closeDay = fields.optionalDay('close_date');
  return closeDay === null ? won : { date: closeDay, flag: false };
}

function readLeads(context: TabContext, header: readonly unknown[]): RowReader {
  const statusLabel = fieldLabel('status', context.language);
  const attributeColumns = leadAttributeColumns(context, header);
  return (fields) => {
    const created = fields.requiredDay('created_date');
    if (fields.skipped || created === null) return null;
    let statusStage: Stage | null = null;
    let lost = false;
    const status = stageFromStatus(fields.cell('status'));
    if (status !== null) {
      statusStage = status.stage;
      lost = status.lost;
      if (!status.known) context.log.unrecognised(context.tab, 'status', statusLabel, 'status', fields.text('status') ?? '', fields.place.row);
    }
    if (fields.flag('lost_flag')) lost = true;
    const row: LeadRow = {
      tab: fields.place.tab,
      row: fields.place.row,
      created,
      leadId: fields.key('lead_id'),
      emailKey: fields.emailKey('email'),
      linkKey: fields.key('link_key'),
      dealId: fields.key('deal_id'),
      channel: channelText(fields),
      score: fields.optionalNumber('score', 'signed'),
      mql: fields.stageEvidence('mql_date', 'mql_flag'),
      sql: fields.stageEvidence('sql_date', 'sql_flag'),
      opportunities: fields.stageEvidence('opportunity_date', 'opportunity_flag'),
      won: wonEvidence(fields, statusStage),
      statusStage,
      lost,
      amount: fields.optionalNumber('amount', 'money'),
      // Always present (undefined without attribute columns): one object shape for every row.
      attributes: attributeColumns.length > 0 ? readAttributes(fields, attributeColumns) : undefined,
    };
    return [row];
  };
}

/** Close-date headers that can only mean the day a deal was won (`受注日`), not any closing day. */
const WON_DATE_HEADER_KEYS = new Set(
  ['受注日', '受注日時', '成約日', '成約日時', '契約日', 'wondate', 'won date', 'closed won date', 'close won date', 'date won'].map(headerKey),
);

/**
 * True when a deals tab's close-date column is a won date (`受注日`, `won_date`, `Closed Won Date`):
 * in a tab without a stage, a date there means the deal was won on that day (design §3.2.1).
 *
 * @example
 * closeDateMeansWon({ tab: '受注一覧', kind: 'deals', headerRow: 0, columns: { close_date: 0 } }, ['受注日'])
 * //=> true
 */
export function closeDateMeansWon(mapping: TabMapping, header: readonly unknown[]): boolean {
  const column = mapping.columns.close_date;
  return column !== undefined && WON_DATE_HEADER_KEYS.has(headerKey(header[column]));
}

function readDeals(context: TabContext, header: readonly unknown[]): RowReader {
  const wonList = closeDateMeansWon(context.mapping, header);
  // A deal list without a created date (受注一覧, closed-deal exports) is dated by its close date.
  const datedByClose = context.mapping.columns.created_date === undefined;
  const stageLabel = fieldLabel('stage', context.language);
  const statusLabel = fieldLabel('deal_status', context.language);
  return (fields) => {
    const created = fields.requiredDay(datedByClose ? 'close_date' : 'created_date');
    if (fields.skipped || created === null) return null;
    const closeDate = datedByClose ? created : fields.optionalDay('close_date');
    const stage = dealOutcomeFromStage(fields.cell('stage'));
    // A deal status (Open / Won / Lost) says the outcome; the pipeline stage decides when it is blank or unknown.
    const status = dealOutcomeFromStage(fields.cell('deal_status'));
    const reading = status?.known === true ? status : stage;
    const flags = { won: fields.flagState('won_flag'), lost: fields.flagState('lost_flag'), closed: fields.flagState('closed_flag') };
    const decided = decideDealOutcome(reading, flags);
    let outcome: DealOutcome = decided.outcome;
    if (!decided.byFlags && status?.known !== true) {
      if (status !== null) {
        context.log.unrecognised(context.tab, 'deal_status', statusLabel, 'deal_stage', fields.text('deal_status') ?? '', fields.place.row);
      }
      if (stage !== null && !stage.known) {
        context.log.unrecognised(context.tab, 'stage', stageLabel, 'deal_stage', fields.text('stage') ?? '', fields.place.row);
      }
    }
    if (reading === null && !decided.byFlags && wonList && closeDate !== null) outcome = 'won';
    const row: DealRow = {
      tab: fields.place.tab,
      row: fields.place.row,
      created,
      dealId: fields.text('deal_id'),
      leadId: fields.key('lead_id'),
      contactId: fields.key('contact_id'),
      emailKey: fields.emailKey('email'),
      contactEmailKey: fields.emailKey('contact_email'),
      linkKey: fields.key('link_key'),
      channel: channelText(fields),
      outcome,
      closeDate,
      amount: fields.optionalNumber('amount', 'money'),
    };
    return [row];
  };
}

function readEmail(): RowReader {
  return (fields) => {
    // `delivered` falls back to `sent` when the tab has no delivered column or the cell is blank
    // (or unreadable, which is warned about).
    const delivered = fields.optionalNumber('delivered', 'count') ?? fields.optionalNumber('sent', 'count');
    if (delivered === null) {
      fields.skipWith('delivered', 'missing_required', missingDeliveredMessage(fields.place, fields.language));
      return null;
    }
    const row: EmailRow = {
      tab: fields.place.tab,
      row: fields.place.row,
      date: fields.optionalDay('date'),
      campaign: fields.text('campaign'),
      campaignId: fields.text('campaign_id'),
      segment: fields.text('segment'),
      delivered,
      opens: fields.optionalNumber('opens', 'count'),
      clicks: fields.optionalNumber('clicks', 'count'),
      conversions: fields.optionalNumber('conversions', 'count'),
    };
    return [row];
  };
}


function readTargets(context: TabContext): RowReader {
  const wide = context.mapping.wideMetrics;
  if (wide && Object.keys(wide).length > 0) {
    const metricColumns = Object.entries(wide).map(([column, metric]) => ({ column: Number(column), metric }));
    return (fields) => {
      const month = fields.requiredMonth('month');
      if (fields.skipped || month === null) return null;
      const rows: TargetRow[] = [];
      for (const { column, metric } of metricColumns) {
        const label = targetMetricLabel(metric, context.language);
        const target = fields.optionalNumberAt(column, 'target', label, 'count');
        if (target !== null) rows.push({ tab: fields.place.tab, row: fields.place.row, month, metric, target });
      }
      return rows;
    };
  }
  return (fields) => {
    const month = fields.requiredMonth('month');
    const target = fields.requiredNumber('target', 'count');
    if (fields.skipped || month === null || target === null) return null;
    const metricText = fields.text('metric');
    const metric = targetMetricFromText(metricText);
    if (metric === null) {
      if (metricText === null) fields.skipWith('metric', 'missing_required', missingMetricMessage(fields.place, fields.language));
      else fields.skipWith('metric', 'unknown_metric', unknownMetricMessage(fields.place, metricText, context.language));
      return null;
    }
    return [{ tab: fields.place.tab, row: fields.place.row, month, metric, target }];
  };
}


/**
 * The row reader for a tab of the given kind.
 *
 * @example
 * typeof createRowReader('ads', context, header)
 * //=> 'function'
 */
export function createRowReader(kind: TabKind, context: TabContext, header: readonly unknown[]): RowReader {
  switch (kind) {
    case 'ads':
      return readAds(context);
    case 'traffic':
      return readTraffic(context);
    case 'leads':
      return readLeads(context, header);
    case 'deals':
      return readDeals(context, header);
    case 'email':
      return readEmail();
    case 'targets':
      return readTargets(context);
  }
}
