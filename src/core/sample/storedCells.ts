/**
 * What Google Sheets stores for the sample's cells. The sample imitates exports, whose files hold
 * text such as `¥60,000`, `2025/04/01`, `20250401` or `2025年4月`; Sheets converts that text when it
 * is written with setValues (it parses it as typed input), and turns `--` into a failing formula.
 * "Insert sample data" therefore writes what Sheets would store — numbers and dates with their
 * formats — and marks every other text cell as plain text (`@`) before writing, so it stays text.
 * The forms matched here are exactly the ones the sample builder emits (calendar.ts, adTabs.ts,
 * trafficTab.ts, targetsTab.ts); a new text form in the sample needs a rule here.
 */
import { dayCell, type DayCell, type SampleCell } from './cells';

/** A cell as Sheets holds it: the value to write and the number format to set first. */
export interface StoredCell {
  readonly value: string | number | boolean | DayCell;
  readonly numberFormat: string;
}

/** Sheets' plain-text format: what is written stays text. */
export const PLAIN_TEXT = '@';
const GENERAL = 'General';
const DATE = 'yyyy-mm-dd';

const pad = (n: string): string => n.padStart(2, '0');

/** The day, or null for a date that does not exist (the sample's `2025/13/01` typo stays text, as in Sheets). */
function dayOf(year: string, month: string, day: string): DayCell | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return dayCell(`${year}-${pad(month)}-${pad(day)}`);
}

function dateCell(day: DayCell | null, numberFormat: string): StoredCell | null {
  return day === null ? null : { value: day, numberFormat };
}

/** The sample's text forms that Sheets converts, with the value and format it stores. */
const CONVERTED: readonly { readonly pattern: RegExp; readonly stored: (match: RegExpExecArray) => StoredCell | null }[] = [
  // GA4's 20250401: a plain number to Sheets (the parser reads 8-digit numbers as dates).
  { pattern: /^\d{8}$/, stored: ([text]) => ({ value: Number(text), numberFormat: GENERAL }) },
  // ¥60,000: a currency amount.
  { pattern: /^¥(\d{1,3}(?:,\d{3})*)$/, stored: ([, digits = '']) => ({ value: Number(digits.replace(/,/g, '')), numberFormat: '"¥"#,##0' }) },
  // 2025/04/01 and 2025/5/7: a date.
  { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, stored: ([, y = '', m = '', d = '']) => dateCell(dayOf(y, m, d), 'yyyy/mm/dd') },
  // 2025年4月: the first day of that month, shown as a month.
  { pattern: /^(\d{4})年(\d{1,2})月$/, stored: ([, y = '', m = '']) => dateCell(dayOf(y, m, '1'), 'yyyy"年"m"月"') },
];

/**
 * The value and format Sheets holds for one sample cell.
 *
 * @example
 * [storedInSheets('¥60,000'), storedInSheets('--')]
 * //=> [{ value: 60000, numberFormat: '"¥"#,##0' }, { value: '--', numberFormat: '@' }]
 */
export function storedInSheets(cell: SampleCell): StoredCell {
  if (typeof cell === 'number' || typeof cell === 'boolean') return { value: cell, numberFormat: GENERAL };
  if (typeof cell !== 'string') return { value: cell, numberFormat: DATE };
  for (const { pattern, stored } of CONVERTED) {
    const match = pattern.exec(cell);
    const result = match ? stored(match) : null;
    if (result) return result;
  }
  return { value: cell, numberFormat: cell === '' ? GENERAL : PLAIN_TEXT };
}
