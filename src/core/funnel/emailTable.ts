/**
 * The email table (design §5, §6 sheet 6): sends grouped by campaign, or by segment when a row has
 * no campaign.
 */
import type { EmailRow } from '../model/types';
import type { EmailTableRow } from '../model/summary';
import { compareCodeUnits, LabelBook } from './labels';
import { divide, finiteOrNull } from './numbers';
import type { DaySpan } from './previousPeriod';

interface EmailGroup {
  delivered: number;
  opens: number;
  clicks: number;
  firstDay: number | null;
}

/** Earlier first send first; undated groups last. */
function compareFirstDays(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export interface EmailTableOptions {
  /** Whether any email tab maps opens / clicks (otherwise those columns are `null`). */
  readonly hasOpens: boolean;
  readonly hasClicks: boolean;
  /** Label for sends with neither campaign nor segment. */
  readonly blankLabel: string;
}

/**
 * Sums delivered, opens and clicks per campaign (segment when the campaign is blank; the blank
 * label when both are), over rows dated in the period plus undated rows. Names that differ only
 * in case, width or spacing are one campaign — unless the tab gives each send its own id: rows
 * with different ids are different campaigns even under one name (a monthly newsletter sent
 * under the same title). Rows are ordered by their first send date (undated last), then label.
 *
 * @example
 * buildEmailTable([emailRow({ campaign: '4月メルマガ', delivered: 1000, opens: 250, clicks: 40 })], window, options)
 * //=> [{ campaign: '4月メルマガ', delivered: 1000, opens: 250, clicks: 40, openRate: 0.25, clickRate: 0.04, clickToOpenRate: 0.16 }]
 */
export function buildEmailTable(rows: readonly EmailRow[], window: DaySpan, options: EmailTableOptions): EmailTableRow[] {
  const names = new LabelBook(options.blankLabel);
  const groups = new Map<string, EmailGroup & { nameKey: string }>();
  for (const row of rows) {
    if (row.date !== null && (row.date < window.from || row.date > window.to)) continue;
    const hasCampaign = row.campaign !== null && row.campaign.trim() !== '';
    const nameKey = names.add(hasCampaign ? row.campaign : row.segment);
    // An id makes its own group; the NUL prefix keeps id keys apart from name keys.
    const key = row.campaignId === null ? nameKey : `\u0000${row.campaignId}`;
    const group = groups.get(key) ?? { delivered: 0, opens: 0, clicks: 0, firstDay: null, nameKey };
    group.delivered += row.delivered;
    group.opens += row.opens ?? 0;
    group.clicks += row.clicks ?? 0;
    if (row.date !== null && (group.firstDay === null || row.date < group.firstDay)) group.firstDay = row.date;
    groups.set(key, group);
  }
  const ordered = [...groups.values()]
    .map((group) => ({ label: names.labelOf(group.nameKey), group }))
    .sort((a, b) => compareFirstDays(a.group.firstDay, b.group.firstDay) || compareCodeUnits(a.label, b.label));
  return ordered.map(({ label, group }) => {
    const opens = options.hasOpens ? finiteOrNull(group.opens) : null;
    const clicks = options.hasClicks ? finiteOrNull(group.clicks) : null;
    const delivered = finiteOrNull(group.delivered) ?? 0;
    return {
      campaign: label,
      delivered,
      opens,
      clicks,
      openRate: divide(opens, delivered),
      clickRate: divide(clicks, delivered),
      clickToOpenRate: divide(clicks, opens),
    };
  });
}
