/**
 * The columns of a tab as the sidebar's mapping shows them: each header with up to three sample
 * values, taken from the window of rows the sidebar already read (never another read). Samples are
 * the user's own data for the user's own screen: they go to the sidebar and nowhere else — never
 * into a log, a property or a sheet (design §7.2).
 */
import type { ColumnView } from '../shared/rpc';

/** Sample values shown per column. */
export const SAMPLES_PER_COLUMN = 3;
/** A longer sample is cut (the sidebar is 300 px wide). */
const MAX_SAMPLE_LENGTH = 40;

/** Formats a date cell in the spreadsheet's time zone (`Utilities.formatDate` in the add-on). */
export type DateFormatter = (date: Date) => string;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A cell as sample text: dates through `formatDate`, numbers without binary noise, text on one line
 * and cut to 40 characters; `''` for a blank cell.
 *
 * @example
 * [sampleText(1200, iso), sampleText(0.1 + 0.2, iso), sampleText('  山田\n太郎 ', iso), sampleText(true, iso)]
 * //=> ['1200', '0.3', '山田 太郎', 'TRUE']
 */
export function sampleText(value: unknown, formatDate: DateFormatter): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isFinite(value.getTime()) ? formatDate(value) : '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = (typeof value === 'string' ? value : '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_SAMPLE_LENGTH ? `${text.slice(0, MAX_SAMPLE_LENGTH - 1)}…` : text;
}

/**
 * The columns below a header row: the labels given (one per column; a merged two-row header has
 * its own labels) and up to three distinct samples each from the rows below it. Trailing columns
 * with neither a label nor a value are left out.
 *
 * @example
 * columnViews([['日付', '費用'], ['2025-04-01', 1200], ['2025-04-02', 1200], ['2025-04-03', 900]], 0, ['日付', '費用'], String)
 * //=> [{ label: '日付', samples: ['2025-04-01', '2025-04-02', '2025-04-03'] }, { label: '費用', samples: ['1200', '900'] }]
 */
export function columnViews(values: readonly (readonly unknown[])[], headerRow: number, labels: readonly string[], formatDate: DateFormatter): ColumnView[] {
  const width = Math.max(labels.length, ...values.map((row) => row.length));
  const samples: string[][] = Array.from({ length: width }, () => []);
  for (let row = headerRow + 1; row < values.length; row += 1) {
    const cells = values[row] ?? [];
    for (let column = 0; column < width; column += 1) {
      const seen = samples[column] ?? [];
      if (seen.length >= SAMPLES_PER_COLUMN) continue;
      const text = sampleText(cells[column], formatDate);
      if (text !== '' && !seen.includes(text)) seen.push(text);
    }
    if (samples.every((seen) => seen.length >= SAMPLES_PER_COLUMN)) break;
  }
  const columns = samples.map((seen, column) => ({ label: (labels[column] ?? '').trim(), samples: seen }));
  while (columns.length > 0 && columns[columns.length - 1]?.label === '' && columns[columns.length - 1]?.samples.length === 0) columns.pop();
  return columns;
}
