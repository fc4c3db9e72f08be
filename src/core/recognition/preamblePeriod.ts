/**
 * The period an export states above its table (design §3.2.1). Ads and analytics reports downloaded
 * without a day column carry their dates only there:
 *
 * - Google Ads: line 2 `"July 8, 2025 - July 31, 2025"`, `2025年7月8日 - 2025年7月31日`, or "All time" (no period);
 * - GA4: `# Start date: 20230625` and `# End date: 20230702` (`# 開始日:` / `# 終了日:` in Japanese);
 * - GA4 explorations: `# 20230515-20230521`;
 * - LinkedIn Campaign Manager: `Report Start: 7/1/2025, 12:00 AM` and `Report End: 7/31/2025, 11:59 PM`;
 * - a label and its value in two cells: `集計期間`, `2025/04/01～2025/04/30`;
 * - titles holding the range: `キャンペーンレポート（2025/04/01～2025/04/30）` (Yahoo!広告),
 *   `Report Time: 7/1/2025 - 7/31/2025` (Microsoft Advertising), `期間：2025年4月～2025年6月`.
 *
 * A month at either end stands for the whole month. Text is read with the engine's date parser; a
 * slash range whose order no side proves (`4/5/2025 - 6/5/2025`) is no period rather than a guess.
 */
import { dayToIso, monthEndDay, dayToMonth } from '../dates/calendar';
import type { DayResult } from '../dates/dayResult';
import { parseDay } from '../dates/parseDay';
import type { DayNumber, ReportPeriod } from '../model/types';
import { isBlank } from '../text/normalize';

/** Dates in preambles carry no time zone that matters: read them as written. */
const AS_WRITTEN = (): number => 0;

/** Separators of a range. A hyphen only counts with spaces around it (dates contain hyphens). */
const RANGE_SEPARATOR = /\s+(?:-|–|—|to|から|→)\s+|\s*[~～〜–—]\s*/i;
/** `20230515-20230521` (GA4 explorations). */
const COMPACT_RANGE = /^(\d{8})\s*-\s*(\d{8})$/;
const START_LINE = /^(?:start date|開始日|reporting starts|report start(?: date)?|期間開始日?|集計開始日)\s*[:：]\s*(.+)$/i;
const END_LINE = /^(?:end date|終了日|reporting ends|report end(?: date)?|期間終了日?|集計終了日)\s*[:：]\s*(.+)$/i;
/** A label before a range: `Report Time:`, `期間：`, `Date range:`. */
const LABEL_PREFIX = /^[^:：\d]{1,30}[:：]\s*/;
/** Parenthesised parts of a title: `（2025/04/01～2025/04/30）`. */
const PARENTHESISED = /[（(]([^（）()]+)[）)]/g;

type Bound = 'start' | 'end';

/** A preamble cell's text without a BOM, GA4's `#` and quotes left around it by a paste. */
function lineText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/^#+/, '').trim().replace(/^["'“]+|["'”]+$/g, '').trim();
}

function dayOf(result: DayResult, bound: Bound): DayNumber | null {
  if (result.kind !== 'day') return null;
  if (result.precision === 'month' && bound === 'end') return monthEndDay(dayToMonth(result.day));
  return result.day;
}

function readBound(text: string, bound: Bound, order?: 'mdy' | 'dmy'): DayNumber | null {
  return dayOf(parseDay(text.trim(), AS_WRITTEN, order ? { order } : {}), bound);
}

function periodOf(from: DayNumber | null, to: DayNumber | null): ReportPeriod | null {
  if (from === null || to === null || from > to) return null;
  return { from: dayToIso(from), to: dayToIso(to) };
}

const SLASH_PARTS = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/;

/** The order a `a/b/yyyy` end proves on its own (a part above 12), if any. */
function provenOrder(text: string): 'mdy' | 'dmy' | null {
  const parts = SLASH_PARTS.exec(text.trim());
  if (!parts) return null;
  if (Number(parts[1]) > 12) return 'dmy';
  if (Number(parts[2]) > 12) return 'mdy';
  return null;
}

/**
 * Both ends of a range. Slash dates follow the order either end proves (`7/1/2025 - 7/31/2025` is
 * month first); when neither proves one, the range is read only if both orders agree.
 */
function readRange(start: string, end: string): ReportPeriod | null {
  const plain = periodOf(readBound(start, 'start'), readBound(end, 'end'));
  if (plain) return plain;
  const proven = provenOrder(start) ?? provenOrder(end);
  if (proven) return periodOf(readBound(start, 'start', proven), readBound(end, 'end', proven));
  const readings = (['mdy', 'dmy'] as const)
    .map((order) => periodOf(readBound(start, 'start', order), readBound(end, 'end', order)))
    .filter((period): period is ReportPeriod => period !== null);
  const [first, second] = readings;
  if (!first) return null;
  return !second || (second.from === first.from && second.to === first.to) ? first : null;
}

function rangeInText(text: string): ReportPeriod | null {
  const compact = COMPACT_RANGE.exec(text);
  if (compact) return readRange(compact[1] ?? '', compact[2] ?? '');
  const unlabelled = text.replace(LABEL_PREFIX, '');
  const parts = unlabelled.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return null;
  return readRange(parts[0] ?? '', parts[1] ?? '');
}

/**
 * The range a preamble line states, trying the line and each parenthesised part of it.
 *
 * @example
 * ['July 8, 2025 - July 31, 2025', '# 20230515-20230521', 'キャンペーンレポート（2025/04/01～2025/04/30）', 'All time'].map(periodInLine)
 * //=> [{ from: '2025-07-08', to: '2025-07-31' }, { from: '2023-05-15', to: '2023-05-21' }, { from: '2025-04-01', to: '2025-04-30' }, null]
 */
export function periodInLine(line: string): ReportPeriod | null {
  const text = lineText(line);
  if (text === '' || !/\d/.test(text)) return null;
  const whole = rangeInText(text);
  if (whole) return whole;
  for (const match of text.matchAll(PARENTHESISED)) {
    const inner = rangeInText((match[1] ?? '').trim());
    if (inner) return inner;
  }
  return null;
}

/** Preamble lines carry the period in their first cells; data rows are not searched further. */
const CELLS_PER_LINE = 3;

/**
 * For each row index below `limit`, the period stated in the rows above it: a range on one line,
 * or a start line and an end line. `null` where there is none (no preamble, "All time", unreadable
 * dates). One pass, so recognition can ask it of every candidate header row.
 *
 * @example
 * periodsAbove([['# Start date: 20250401'], ['# End date: 20250430'], ['Session source', 'Sessions']], 3)
 * //=> [null, null, { from: '2025-04-01', to: '2025-04-30' }]
 */
export function periodsAbove(values: readonly (readonly unknown[])[], limit: number): (ReportPeriod | null)[] {
  const periods: (ReportPeriod | null)[] = [];
  let start: string | null = null;
  let end: string | null = null;
  let range: ReportPeriod | null = null;
  const rows = Math.min(limit, values.length);
  for (let index = 0; index < rows; index += 1) {
    periods.push(range ?? (start !== null && end !== null ? readRange(start, end) : null));
    if (range) continue;
    for (const line of preambleLines(values[index] ?? [])) {
      const startMatch = START_LINE.exec(line);
      const endMatch = startMatch ? null : END_LINE.exec(line);
      if (startMatch) start = start ?? startMatch[1] ?? null;
      else if (endMatch) end = end ?? endMatch[1] ?? null;
      else range = periodInLine(line);
      if (range) break;
    }
  }
  return periods;
}

/**
 * The texts of a preamble row to look at: each of its first cells, and — for a label and its value
 * in two cells (`集計期間`, `2025/04/01～2025/04/30`; `Report Start`, `7/1/2025`) — the two joined.
 */
function preambleLines(row: readonly unknown[]): string[] {
  const cells: string[] = [];
  for (const cell of row) {
    if (cells.length >= CELLS_PER_LINE) break;
    if (isBlank(cell)) continue;
    cells.push(typeof cell === 'string' ? lineText(cell) : '');
  }
  const lines = cells.filter((text) => text !== '');
  const [label, value] = cells;
  if (label && value && !/[:：]\s*$/.test(label)) lines.push(`${label}: ${value}`);
  else if (label && value) lines.push(`${label} ${value}`);
  return lines;
}

/**
 * The period stated in the rows above a table (`beforeRow` is the header row's 0-based index).
 *
 * @example
 * preamblePeriod([['Campaign report'], ['"July 8, 2025 - July 31, 2025"'], ['Campaign', 'Cost']], 2)
 * //=> { from: '2025-07-08', to: '2025-07-31' }
 */
export function preamblePeriod(values: readonly (readonly unknown[])[], beforeRow: number): ReportPeriod | null {
  if (beforeRow <= 0) return null;
  return periodsAbove(values, beforeRow + 1)[beforeRow] ?? null;
}
