/**
 * Google Ads UI "Campaign report" downloads. Layout (seen in every file of the corpus): line 1 the
 * report title, line 2 the date range or "All time", line 3 the header, one row per campaign, then
 * "Total: …" rows (合計: … in the Japanese UI) that repeat sums and must not be added again.
 * There is no day column, so the rows count for the preamble's period (design §3.2.1); "All time"
 * is no period, and such a report cannot be used until it is downloaded with a day column.
 */
import { amount, cents, dayMonthName, japaneseDay, monthName, readRows, recordsBelow, sum, type ReadOptions } from './csvFiles';
import type { Expectation } from './expectation';

const TOTAL_ROW = /^(Total|合計):/;

interface Labels {
  readonly cost: string;
  readonly impressions: string;
  readonly clicks: string;
}
const EN: Labels = { cost: 'Cost', impressions: 'Impr.', clicks: 'Clicks' };
const JA: Labels = { cost: '費用', impressions: '表示回数', clicks: 'クリック数' };

function parsePeriod(line: string): { from: string; to: string } | null {
  const parts = line.split(' - ');
  if (parts.length !== 2) return null; // "All time"
  // `July 8, 2025` (en-US UI), `27 January 2026` (en-GB UI), `2025年7月8日` (ja UI).
  const read = (text: string): string => (/年/.test(text) ? japaneseDay(text) : /^\d/.test(text.trim()) ? dayMonthName(text) : monthName(text));
  return { from: read(parts[0] ?? ''), to: read(parts[1] ?? '') };
}

export function campaignReport(file: string, tab: string, options: ReadOptions & { japanese?: boolean } = {}): Expectation {
  const labels = options.japanese ? JA : EN;
  const rows = readRows(file, options);
  const period = parsePeriod(rows[1]?.[0] ?? '');
  const campaigns = recordsBelow(rows, 2).filter((record) => !TOTAL_ROW.test(Object.values(record)[0] ?? ''));
  const hasClicks = (rows[2] ?? []).includes(labels.clicks);
  if (period === null) {
    return {
      tabs: { [tab]: { kind: null, refusal: /segment/i } },
      reasoning: `"${rows[1]?.[0]}" is no period and the report has no day column: nothing can be dated, so the tab cannot be used and the message must say how to add a day column (Segment → Time → Day, design §3.2.1).`,
    };
  }
  return {
    tabs: { [tab]: { kind: 'ads' } },
    totals: {
      cost: cents(sum(campaigns.map((r) => amount(r[labels.cost])))),
      impressions: sum(campaigns.map((r) => amount(r[labels.impressions]))),
      clicks: hasClicks ? sum(campaigns.map((r) => amount(r[labels.clicks]))) : null,
    },
    period,
    reasoning:
      `${campaigns.length} campaign rows (Total rows skipped) dated by the preamble period ${period.from}..${period.to}. ` +
      (hasClicks ? 'Clicks from the Clicks column.' : 'No Clicks column ("Interactions" are views and engagements, not clicks), so clicks is null.'),
  };
}
