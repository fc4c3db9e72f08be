/**
 * A deal written on several rows of one tab (design §4.3): exports with line items repeat the
 * deal's own fields on every row of its items — kintone writes a record with a table as one row per
 * table row (the first marked `*` in レコードの開始行), Salesforce opportunity-product and contact-role
 * reports one row per product or contact. Rows of one tab with the same deal ID are one deal: its
 * first row, with the largest amount of its rows (the rows describe the same deal, so amounts are
 * not added — as for duplicate leads).
 */
import type { DealRow } from '../model/types';
import { keyText } from './rowFields';

export interface RepeatedDeals {
  readonly deals: DealRow[];
  /** Rows folded into an earlier row of the same deal. */
  readonly repeated: number;
}

/**
 * Folds the rows of one deals tab that repeat a deal ID (trimmed; blank and blank markers are no ID)
 * into the deal's first row.
 *
 * @example
 * const rows = [{ ...deal, row: 2, dealId: '101', amount: 1500 }, { ...deal, row: 3, dealId: '101', amount: 1500 }];
 * const merged = mergeRepeatedDeals(rows);
 * [merged.deals.length, merged.repeated, merged.deals[0].amount]
 * //=> [1, 1, 1500]
 */
export function mergeRepeatedDeals(rows: readonly DealRow[]): RepeatedDeals {
  const deals: DealRow[] = [];
  const byId = new Map<string, number>();
  for (const row of rows) {
    // A blank marker (`N/A`, `--`) names no deal, as for the other keys.
    const id = keyText(row.dealId);
    const at = id ? byId.get(id) : undefined;
    if (at === undefined) {
      if (id) byId.set(id, deals.length);
      deals.push(row);
      continue;
    }
    const first = deals[at] as DealRow;
    if (row.amount !== null && (first.amount === null || row.amount > first.amount)) deals[at] = { ...first, amount: row.amount };
  }
  return { deals, repeated: rows.length - deals.length };
}
