/**
 * The channel hygiene audit at the bottom of チャネル別 (design §4.6): every raw channel value of every
 * tab with its rows, channel, group and the rule that placed it; the pairs of channels that probably
 * name one source; and the values no rule matched (they went to その他). Every value is user text, so
 * each is written through `textCell` and stays literal.
 */
import { CHANNEL_RULE_LABELS } from '../channels/channelList';
import type { ChannelDuplicate, ChannelMapRow } from '../model/breakdowns';
import type { Language } from '../model/types';
import type { FunnelSummary } from '../model/summary';
import { label, makeBlock, numberCell, row, textCell } from './cells';
import type { Block } from './model';
import { COUNT_FORMAT, PLAIN_FORMAT } from './formats';
import type { ReportLabels } from './labels';
import { placeTable, type TableColumn } from './table';

/** A block of the audit and the column widths it asks for. */
export interface AuditPart {
  readonly block: Block;
  readonly widths: readonly number[];
}

/** Rows between one audit table and the next caption. */
const GAP = 2;

/**
 * Audit text is long (UTM values, tab names): the tables wrap in the columns the KPI table above
 * gives them rather than widen them (design §6: the core table sets the widths). This is only the
 * narrowest a column is made.
 */
const TEXT_WIDTH = 64;

function text<Row>(key: string, header: string, value: (row: Row) => string): TableColumn<Row> {
  return { key, header, format: PLAIN_FORMAT, width: TEXT_WIDTH, cell: (entry) => textCell(value(entry)) };
}

/**
 * Places the audit tables from `firstRow` down: a heading note, the value list, then the duplicates
 * and the unmatched values when there are any. Nothing when no tab has a channel value.
 *
 * @example
 * channelAuditTables({ ...summary, channelMap: [] }, reportLabels('ja'), 'ja', 40)
 * //=> []
 */
export function channelAuditTables(summary: FunnelSummary, labels: ReportLabels, language: Language, firstRow: number): AuditPart[] {
  if (summary.channelMap.length === 0) return [];
  const audit = labels.channelAudit;
  const valueOf = (entry: ChannelMapRow): string => (entry.value === '' ? audit.blank : entry.value);
  const mapColumns: TableColumn<ChannelMapRow>[] = [
    text('tab', audit.tab, (entry) => entry.tab),
    text('value', audit.value, valueOf),
    { key: 'rows', header: audit.rows, format: COUNT_FORMAT, width: 80, cell: (entry) => numberCell(entry.rows) },
    text('channel', labels.channels.channel, (entry) => entry.channel),
    text('group', labels.channels.group, (entry) => entry.group),
    text('rule', audit.rule, (entry) => CHANNEL_RULE_LABELS[entry.rule][language]),
  ];
  const options = { wrap: true } as const;
  const heading = makeBlock(firstRow, 1, [row('caption', [label(audit.heading)]), row('text', [label(audit.note)])]);
  const map = placeTable(firstRow + 2, 1, mapColumns, summary.channelMap.map((entry) => ({ data: entry })), options);
  const tables: AuditPart[] = [{ block: heading, widths: [] }, map];
  let next = map.lastDataRow + 1 + GAP;

  if (summary.channelDuplicates.length > 0) {
    const duplicateColumns: TableColumn<ChannelDuplicate>[] = [
      text('first', audit.duplicateFirst, (entry) => entry.channels[0]),
      text('second', audit.duplicateSecond, (entry) => entry.channels[1]),
      text('firstGroup', audit.duplicateFirstGroup, (entry) => entry.groups[0]),
      text('secondGroup', audit.duplicateSecondGroup, (entry) => entry.groups[1]),
      text('reason', audit.reason, (entry) => audit.reasons[entry.reason]),
    ];
    const duplicates = placeTable(next + 1, 1, duplicateColumns, summary.channelDuplicates.map((entry) => ({ data: entry })), { ...options, caption: audit.duplicatesHeading });
    tables.push(duplicates);
    next = duplicates.lastDataRow + 1 + GAP;
  }

  const unmatched = summary.channelMap.filter((entry) => entry.rule === 'unmatched');
  if (unmatched.length > 0) {
    const otherColumns: TableColumn<ChannelMapRow>[] = [
      text('tab', audit.tab, (entry) => entry.tab),
      text('value', audit.value, valueOf),
      { key: 'rows', header: audit.rows, format: COUNT_FORMAT, width: 80, cell: (entry) => numberCell(entry.rows) },
    ];
    tables.push(placeTable(next + 1, 1, otherColumns, unmatched.map((entry) => ({ data: entry })), { ...options, caption: audit.otherHeading }));
  }
  return tables;
}
