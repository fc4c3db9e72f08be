/**
 * An export's footer (design §3.2.1): the lines some tools write below the table — Salesforce
 * reports end with a blank row, `合計` / `Grand Totals (200 records)`, the count or sum, another
 * blank row, `機密情報 - 社外秘` / `Confidential Information - Do Not Distribute` and a copyright
 * line. Told by its shape, for any tool: after the last row that fills two or more cells, a blank
 * row, then only rows that fill a single cell (single cells above that blank row stay rows of the
 * table). Data rows fill several cells, so a real row is never
 * taken for a footer line; a single-cell line that reads as the tab's required value (a date in its
 * date column) is data, and then nothing is taken as a footer.
 */
import { isBlank } from '../text/normalize';
import { isBlankRow, isNoteRow, isTotalLabel } from '../vocabulary/structureRows';

type Grid = readonly (readonly unknown[])[];

export interface Footer {
  /** 0-based index of the first row after the table (the blank row that opens the footer). */
  readonly start: number;
  /** 0-based indexes of the footer's non-blank lines. */
  readonly lines: readonly number[];
  /** A footer line safe to quote (a total label or a confidentiality or copyright notice), if any. */
  readonly example: string | null;
}

/** Filled cells of a row, counted up to two. */
function filledCells(row: readonly unknown[]): { count: number; column: number } {
  let count = 0;
  let column = -1;
  for (let index = 0; index < row.length; index += 1) {
    if (isBlank(row[index])) continue;
    count += 1;
    column = index;
    if (count > 1) break;
  }
  return { count, column };
}

/** Boilerplate an export writes under its table, never personal data, so it may be quoted. */
const NOTICE = /copyright|\(c\)|©|all rights reserved|confidential|do not distribute|機密|社外秘|取扱注意|無断転載/i;
const RECORD_COUNT = /^grand totals?\s*\(/i;

function quotable(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  return NOTICE.test(text) || RECORD_COUNT.test(text) || isTotalLabel(text) ? text : null;
}

/**
 * The footer below a tab's table, or `null`. `readsAsData(row, column)` says whether a single-cell
 * line holds a readable value of the tab's required field in that column; such a line is data.
 *
 * @example
 * trailingFooter([['作成日', 'メール'], ['2025/04/01', 'a@example.jp'], [], ['合計'], ['1'], [], ['機密情報 - 社外秘']], 0, () => false)
 * //=> { start: 2, lines: [3, 4, 6], example: '機密情報 - 社外秘' }
 */
export function trailingFooter(values: Grid, headerRow: number, readsAsData: (row: readonly unknown[], column: number) => boolean): Footer | null {
  const lines: { readonly index: number; readonly column: number }[] = [];
  let index = values.length - 1;
  for (; index > headerRow; index -= 1) {
    const row = values[index] ?? [];
    // `#` note lines are structure, passed over wherever they are (GA4).
    if (isNoteRow(row)) continue;
    const { count, column } = filledCells(row);
    if (count > 1) break;
    if (count === 1) lines.push({ index, column });
  }
  // No table row above (a one-column tab, or nothing but single cells): no footer to tell apart.
  if (index <= headerRow || lines.length === 0) return null;
  // The footer opens with the first blank row under the table; single cells above that blank row
  // are rows of the table (read, and warned about, as such).
  let start = index + 1;
  while (start < values.length && !isBlankRow(values[start] ?? [])) start += 1;
  const footer = lines.filter((line) => line.index > start).reverse();
  if (footer.length === 0 || footer.some((line) => readsAsData(values[line.index] ?? [], line.column))) return null;
  const notices = footer.map((line) => quotable((values[line.index] ?? [])[line.column]));
  const example = notices.find((text) => text !== null && NOTICE.test(text)) ?? notices.find((text) => text !== null) ?? null;
  return { start, lines: footer.map((line) => line.index), example };
}

/**
 * Where a second table starts below the tab's own (GA4 downloads hold several: sessions by day,
 * then new users by day, then sessions by channel, each after a blank line and its own `#` lines):
 * the first `#` line right after a blank row once data rows have come. Null when there is none.
 *
 * @example
 * nextTableStart([['日付', 'セッション'], ['20250401', '5'], [''], ['# 開始日: 20250401'], ['日付', '新規ユーザー数'], ['20250401', '3']], 1)
 * //=> 2
 */
export function nextTableStart(values: Grid, from: number): number | null {
  let data = false;
  for (let index = from; index < values.length; index += 1) {
    const row = values[index] ?? [];
    if (isNoteRow(row)) {
      if (data && isBlankRow(values[index - 1] ?? [])) return index - 1;
    } else if (!isBlankRow(row)) data = true;
  }
  return null;
}
