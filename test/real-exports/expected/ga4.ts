/**
 * GA4 report exports. The UI download starts with `#` comment lines that carry the period
 * (`# Start date: 20230625` / `# 開始日: …`, or `# 20230515-20230521` in exploration exports); the
 * table follows. Without a Date dimension the rows count for that period (design §3.2.1). Rows
 * after the table (blank lines, notes a user typed under it) have no sessions and add nothing;
 * a "Grand total" row repeats the sum and must not be added again.
 */
import { amount, compactDay, dayFirst, readRows, span, sum, type ReadOptions } from './csvFiles';
import type { Expectation } from './expectation';

function preamblePeriod(rows: readonly string[][]): { from: string; to: string } {
  const comments = rows.map((row) => row[0] ?? '').filter((cell) => cell.startsWith('#'));
  const value = (pattern: RegExp): string | undefined => comments.map((line) => pattern.exec(line)?.[1]).find((found) => found !== undefined);
  const start = value(/^# (?:Start date|開始日): (\d{8})/);
  const end = value(/^# (?:End date|終了日): (\d{8})/);
  if (start && end) return { from: compactDay(start), to: compactDay(end) };
  const range = value(/^# (\d{8}-\d{8})$/);
  if (range) {
    const [from, to] = range.split('-');
    return { from: compactDay(from ?? ''), to: compactDay(to ?? '') };
  }
  throw new Error('no period in the preamble');
}

/** A GA4 report without a date column: sessions of the first table, dated by the preamble. */
export function reportWithoutDates(file: string, tab: string, sessionsHeader: string, options: ReadOptions = {}): Expectation {
  const rows = readRows(file, options);
  const headerIndex = rows.findIndex((row) => row.includes(sessionsHeader));
  const column = (rows[headerIndex] ?? []).indexOf(sessionsHeader);
  const tableRows = rows.slice(headerIndex + 1).filter((row) => !row.some((cell) => /^(Grand total|総計)$/.test(cell.trim())));
  const sessions = sum(tableRows.map((row) => amount(row[column])));
  const period = preamblePeriod(rows);
  return {
    tabs: { [tab]: { kind: 'traffic' } },
    totals: { sessions },
    period,
    reasoning: `Sessions summed over the table rows under "${sessionsHeader}" (grand-total row and trailing note rows without sessions excluded); no Date column, so they count for the preamble period ${period.from}..${period.to}.`,
  };
}

/** A GA4 export whose first table has no Sessions column (events report, reports snapshot). */
export function reportWithoutSessions(tab: string, what: string): Expectation {
  return {
    tabs: { [tab]: { kind: null, refusal: /sessions|セッション/i } },
    reasoning: `${what}: the header row (within the first rows, design §3.2) has no Sessions column, so the tab cannot be used as traffic and the message must name the missing sessions column.`,
  };
}

/** A GA4 table with a Date dimension written day first (`16-04-2024`). */
export function reportWithDayFirstDates(file: string, tab: string): Expectation {
  const rows = readRows(file);
  const header = rows[0] ?? [];
  const data = rows.slice(1).filter((row) => row.length > 1);
  const dates = data.map((row) => dayFirst(row[header.indexOf('Date')] ?? ''));
  return {
    tabs: { [tab]: { kind: 'traffic' } },
    totals: { sessions: sum(data.map((row) => amount(row[header.indexOf('Sessions')]))) },
    period: span(dates),
    reasoning: `${data.length} daily rows; the Date column proves day-first order (a first part above 12, e.g. 16-04-2024), so every date reads D-M-Y.`,
  };
}
