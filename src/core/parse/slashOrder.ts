/**
 * Deciding, per column, whether `a/b/yyyy` dates are month/day/year (US exports from Salesforce
 * or HubSpot) or day/month/year. One value with a number above 12 decides the whole column.
 */
import type { SlashDateOrder } from '../dates/dayResult';

const SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}(?:\D|$)/;

export interface SlashOrderDecision {
  /** The order to read the column with; undefined when the column has no `a/b/yyyy` dates or contradicts itself. */
  readonly order: SlashDateOrder | undefined;
  /** True when the column has ambiguous values and nothing decided the order, so month/day/year was assumed. */
  readonly assumed: boolean;
}

/**
 * Looks at every text cell of a column below the header.
 *
 * @example
 * decideSlashOrder([['x'], ['13/4/2025'], ['5/4/2025']], 0, 0)
 * //=> { order: 'dmy', assumed: false }
 */
export function decideSlashOrder(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  column: number,
): SlashOrderDecision {
  let dayFirstEvidence = false;
  let monthFirstEvidence = false;
  let ambiguous = false;
  for (let index = headerRow + 1; index < values.length; index += 1) {
    const cell = values[index]?.[column];
    if (typeof cell !== 'string') continue;
    const match = SLASH_DATE.exec(cell.normalize('NFKC'));
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12) dayFirstEvidence = true;
    else if (second > 12) monthFirstEvidence = true;
    else if (first !== second) ambiguous = true;
  }
  if (dayFirstEvidence && monthFirstEvidence) return { order: undefined, assumed: false };
  if (dayFirstEvidence) return { order: 'dmy', assumed: false };
  if (monthFirstEvidence) return { order: 'mdy', assumed: false };
  return ambiguous ? { order: 'mdy', assumed: true } : { order: undefined, assumed: false };
}
