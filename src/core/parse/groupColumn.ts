/**
 * Grouped reports (design §3.2): a formatted export of a report grouped by its first column
 * (Salesforce "書式設定済みレポート" by フェーズ, a hand-made sheet with 日付 merged over a day's rows)
 * writes the group's value on the group's first row only and closes each group with a subtotal row.
 * Told by that whole shape, never by one blank cell: two or more groups of rows between subtotal
 * rows, each with its first cell filled on its first row and blank on all its other rows, and each
 * closed by a subtotal row. Then those blank cells take the group's
 * value. Lines that fill only their first cell (notes, an export's footer) are no rows of a group.
 */
import { isBlank } from '../text/normalize';
import { isNoteRow, totalLabelColumn } from '../vocabulary/structureRows';

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
  let group: number[] = [];
  let groups = 0;
  for (let index = from; index < values.length; index += 1) {
    const row = values[index] ?? [];
    const filled = row.filter((cell) => !isBlank(cell)).length;
    if (filled === 0 || (filled === 1 && !isBlank(row[0])) || isNoteRow(row)) continue;
    if (totalLabelColumn(row, [], 0) >= 0) {
      for (const member of group.slice(1)) fills.push([member, values[group[0] as number]?.[0]]);
      if (group.length > 0) groups += 1;
      group = [];
      continue;
    }
    // The group's value on its first row, blank on the others: else this is no grouped report.
    if (isBlank(row[0]) !== group.length > 0) return [];
    group.push(index);
  }
  return group.length === 0 && groups > 1 ? fills : [];
}
