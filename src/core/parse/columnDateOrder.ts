/**
 * Deciding, per column, the order of numeric dates (design §3.2.1): one value that proves an order
 * (`13/4/2025` day first, `4/13/2025` month first, `45-04-05` year first) decides the whole column;
 * a column where every value could be read either way follows the spreadsheet locale; a column
 * with proofs of two orders has no order, and each value it cannot read is reported on its row.
 */
import { localeDateOrder, numericDateParts, orderEvidence, type DateOrder, type NumericDateParts } from '../dates/dateOrder';

export interface DateOrderDecision {
  /** The order to read the column's unproven values in; undefined when nothing needs one or the column contradicts itself. */
  readonly order: DateOrder | undefined;
  /** Set when every numeric date of the column was ambiguous and the locale's order was used: the first such value. */
  readonly assumedFrom?: { readonly text: string; readonly parts: NumericDateParts };
}

/** Numeric dates start with a digit; most cells of a date column fail this cheap test or the pattern's first characters. */
const DIGIT_START = /^\s*[\d０-９]/;

/**
 * Looks at every text cell of a column below the header.
 *
 * @example
 * decideDateOrder([['x'], ['13/4/2025'], ['5/4/2025']], 0, 0, 'en_US').order
 * //=> 'dmy'
 * @example
 * decideDateOrder([['x'], ['4/5/2025']], 0, 0, 'en_GB')
 * //=> { order: 'dmy', assumedFrom: { text: '4/5/2025', parts: { first: 4, second: 5, third: 2025, shortYear: false } } }
 */
export function decideDateOrder(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  column: number,
  locale: string,
): DateOrderDecision {
  const proven = new Set<DateOrder>();
  let firstAmbiguous: { text: string; parts: NumericDateParts } | null = null;
  for (let index = headerRow + 1; index < values.length; index += 1) {
    const cell = values[index]?.[column];
    if (typeof cell !== 'string' || !DIGIT_START.test(cell)) continue;
    const text = cell.trim();
    const parts = numericDateParts(text) ?? numericDateParts(text.normalize('NFKC'));
    if (parts === null) continue;
    const evidence = orderEvidence(parts);
    if (evidence === 'ambiguous') firstAmbiguous ??= { text, parts };
    else if (evidence !== 'either') proven.add(evidence);
  }
  if (proven.size === 1) return { order: [...proven][0] };
  if (proven.size > 1 || firstAmbiguous === null) return { order: undefined };
  return { order: localeDateOrder(locale), assumedFrom: firstAmbiguous };
}
