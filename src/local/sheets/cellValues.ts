/**
 * How values cross between the bundle and the model, following Google Sheets: a string starting
 * with `=` becomes a formula, a leading apostrophe forces literal text, Dates are stored as the
 * wall-clock reading in the spreadsheet's zone and read back as instants in the bundle's realm.
 */
import { instantToWallClock, wallClockToInstant } from '../time/zone';
import { LocalDateTime, type CellValue, type SheetData } from '../workbook/model';
import { a1Notation } from './a1';
import type { ServiceEnv, TextWriteRisk } from './env';

/**
 * True for a Date of any realm.
 *
 * @example
 * isAnyRealmDate(vm.runInNewContext('new Date(0)'))
 * //=> true
 */
export function isAnyRealmDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const FORMULA_TRIGGER = /^[+\-@＝＋－＠\t\r\n]/;
const NUMBER_LIKE = /^[+-]?[$¥￥]?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?\s*%?$/;
const DATE_LIKE =
  /^(\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?([ T]\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}[-/]\d{1,2}([-/]\d{2,4})?|\d{1,2}:\d{2}(:\d{2})?|\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日)$/;
const BOOLEAN_LIKE = /^(true|false)$/i;
const MAYBE_RISKY = /^[\s\d+\-@＝＋－＠$¥￥tTfF]/;

/**
 * Whether Google Sheets would likely turn a written string into something other than that text:
 * a formula (`+`, `-`, `@`, full-width `＝`…), a number (`1,234`, `12%`), a date (`2025-04`,
 * `4/1`) or a boolean (`TRUE`). `null` when the text is safe as it is. Strings starting with `=`
 * or `'` are handled before this (formula / forced text).
 *
 * @example
 * textWriteRisk('2025-04')
 * //=> 'date-like'
 */
export function textWriteRisk(text: string): TextWriteRisk | null {
  // Most labels start with a letter; only these first characters can lead to a reinterpretation.
  if (!MAYBE_RISKY.test(text)) return null;
  const trimmed = text.trim();
  if (NUMBER_LIKE.test(trimmed)) return 'number-like';
  if (FORMULA_TRIGGER.test(text) && text.length > 1) return 'formula-trigger';
  if (DATE_LIKE.test(trimmed)) return 'date-like';
  if (BOOLEAN_LIKE.test(trimmed)) return 'boolean-like';
  return null;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Writes one value from the bundle into the model, as `Range.setValue(s)` does in Sheets.
 * `row`/`column` are 0-based; `method` names the caller for error messages.
 *
 * @example
 * writeCell(env, sheet, 0, 0, '=1+1', 'Range.setValue'); sheet.formula(0, 0)
 * //=> '=1+1'
 */
export function writeCell(env: ServiceEnv, sheet: SheetData, row: number, column: number, raw: unknown, method: string): void {
  const where = (): string => `${sheet.name}!${a1Notation({ row: row + 1, column: column + 1, numRows: 1, numColumns: 1 })}`;
  if (raw === null || raw === undefined || raw === '') {
    sheet.setValue(row, column, undefined);
    return;
  }
  switch (typeof raw) {
    case 'string': {
      if (raw.startsWith('=') && raw.length > 1) {
        sheet.setFormula(row, column, raw);
        return;
      }
      if (raw.startsWith("'")) {
        sheet.setValue(row, column, raw.length > 1 ? raw.slice(1) : undefined);
        return;
      }
      const risk = textWriteRisk(raw);
      if (risk) {
        if (env.options.riskyText === 'throw') {
          throw new Error(`${method}: the text ${JSON.stringify(raw)} at ${where()} would not stay text in Google Sheets (${risk}); prefix it with an apostrophe`);
        }
        env.textWriteNotes.push({ sheet: sheet.name, a1: where().slice(sheet.name.length + 1), text: raw, risk });
      }
      sheet.setValue(row, column, raw);
      return;
    }
    case 'number':
      if (!Number.isFinite(raw)) {
        throw new Error(`${method}: ${raw} at ${where()} cannot be written (Google Sheets would show an error); write "" for a blank`);
      }
      sheet.setValue(row, column, Object.is(raw, -0) ? 0 : raw);
      return;
    case 'boolean':
      sheet.setValue(row, column, raw);
      return;
    default:
      break;
  }
  if (isAnyRealmDate(raw)) {
    const instant = Date.prototype.getTime.call(raw);
    if (Number.isNaN(instant)) throw new Error(`${method}: an invalid Date at ${where()} cannot be written`);
    // A date cell without a format reads as yyyy-mm-dd (SheetData.numberFormat), as Sheets formats it.
    sheet.setValue(row, column, new LocalDateTime(instantToWallClock(env.workbook.timeZone, instant)));
    return;
  }
  throw new Error(`${method}: cannot write ${describeType(raw)} at ${where()}; cells take numbers, strings, booleans and Dates`);
}

/**
 * The value the bundle sees for a stored cell value (`getValues` semantics).
 *
 * @example
 * readValue(env, undefined)
 * //=> ''
 */
export function readValue(env: ServiceEnv, value: CellValue | undefined): unknown {
  if (value === undefined) return '';
  if (value instanceof LocalDateTime) return env.newDate(value.instantIn(env.workbook.timeZone, wallClockToInstant));
  return value;
}
