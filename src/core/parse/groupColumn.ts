/**
 * Grouped reports (design §3.2): a formatted export of a report grouped by its first column
 * (Salesforce "書式設定済みレポート" by フェーズ, a hand-made sheet with 日付 merged over its rows) writes
 * the group's value on the group's first row only and closes each group with a subtotal row. The
 * blank cells below the value belong to the same group. Told by its shape: a subtotal row with rows
 * of data after it; then a blank first cell takes the value above it, within its group.
 */
import { isBlank } from '../text/normalize';
import { isBlankRow, isNoteRow, totalLabelColumn } from '../vocabulary/structureRows';

type Grid = readonly (readonly unknown[])[];

/**
 * The rows (0-based, from `from` on) whose blank first cell belongs to the group above, each with
 * the group's value; empty when the table is not grouped so.
 *
 * @example
 * groupFills([['フェーズ', '金額'], ['成立', '100'], ['', '50'], ['小計', '150'], ['不成立', '80'], ['小計', '80']], 1)
 * //=> [[2, '成立']]
 */
export function groupFills(values: Grid, from: number): [number, unknown][] {
  const fills: [number, unknown][] = [];
  let value: unknown;
  let closed = false;
  let grouped = false;
  for (let index = from; index < values.length; index += 1) {
    const row = values[index] ?? [];
    if (isBlankRow(row) || isNoteRow(row)) continue;
    if (totalLabelColumn(row, [], 0) >= 0) {
      closed = true;
      value = undefined;
      continue;
    }
    grouped ||= closed;
    if (!isBlank(row[0])) value = row[0];
    else if (value !== undefined) fills.push([index, value]);
  }
  return grouped ? fills : [];
}
