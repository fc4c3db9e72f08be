/**
 * Opportunity and deal lists from CRMs and public CRM data sets, read without a leads tab, so the
 * report uses the period view (design §3.2.1 "Deals-only workbooks"): every deal counts as an
 * opportunity, won and lost deals by their stage or flags, the rest are open; revenue is the won
 * deals' amounts. A list without a created date is still a deals tab: the opportunity date falls
 * back to the close date (design §3.2.1 "Won-deal lists without a created date").
 */
import { amount, cents, count, readRecords, span, sum } from './csvFiles';
import type { Expectation } from './expectation';

export interface DealList {
  readonly file: string;
  readonly tab: string;
  /** How a row is classified, from the file's own columns. */
  readonly outcome: (row: Record<string, string>) => 'won' | 'lost' | 'open';
  /** The amount column, or null when the file has none (revenue is then null, design §5). */
  readonly amount: string | null;
  /** How the amount column is written, when not plain numbers (`$1,77,000.00`). */
  readonly money?: (text: string | undefined) => number | null;
  /** Created-date column and its reader, when the period is well defined (see `periodNote`). */
  readonly period?: { readonly dates: (rows: Record<string, string>[]) => string[] };
  readonly note: string;
}

export function dealList(list: DealList): Expectation {
  const rows = readRecords(list.file).filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
  const won = rows.filter((row) => list.outcome(row) === 'won');
  const lost = count(rows, (row) => list.outcome(row) === 'lost');
  const amountColumn = list.amount;
  return {
    tabs: { [list.tab]: { kind: 'deals' } },
    totals: {
      opportunities: rows.length,
      won: won.length,
      lost,
      openOpportunities: rows.length - won.length - lost,
      revenue: amountColumn === null ? null : cents(sum(won.map((row) => (list.money ?? amount)(row[amountColumn])))),
    },
    ...(list.period ? { period: span(list.period.dates(rows)) } : {}),
    reasoning: `${rows.length} deals: ${won.length} won, ${lost} lost, ${rows.length - won.length - lost} open. ${list.note}`,
  };
}

/** A tab with no funnel field at all (lookup tables of a data set). */
export function lookupTable(tab: string, what: string): Expectation {
  return {
    tabs: { [tab]: { kind: null } },
    reasoning: `${what}: no date, cost, sessions, delivered or created-date column; not a funnel tab, and it must be listed as unused with its row count.`,
  };
}
