/**
 * How values cross between the bundle and the model, following Google Sheets: a string starting
 * with `=` becomes a formula, a leading apostrophe forces literal text, a plain-text (`@`) cell keeps
 * text, other strings are coerced as typed input when the execution asks for it (`riskyText:
 * 'coerce'`), Dates are stored as the wall-clock reading in the spreadsheet's zone and read back as
 * instants in the bundle's realm.
 */
import { instantToWallClock, wallClockToInstant } from '../time/zone';
import { LocalDateTime, type CellValue, type SheetData } from '../workbook/model';
import { a1Notation } from './a1';
import { coerceTypedInput } from './inputCoercion';
import { requireCellLength } from './limits';
import type { ServiceEnv, TextWriteRisk } from './env';
import { requireUncovered } from './merges';

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

/** Sheets' plain-text number format. */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * Stores what Sheets stores for typed input (inputCoercion.ts): a number, boolean or date with
 * the format Sheets gives it (only when the cell has none), an erroring formula for a leading
 * `+`/`-`, or the text. Forms the runtime cannot reproduce throw, naming the cell.
 */
function writeTyped(env: ServiceEnv, sheet: SheetData, row: number, column: number, text: string, where: string): void {
  const coerced = coerceTypedInput(text, env.workbook.locale);
  const unformatted = sheet.numberFormat(row, column) === 'General';
  const autoFormat = (format: string | null): void => {
    if (format !== null && unformatted) sheet.setNumberFormat(row, column, format);
  };
  switch (coerced.kind) {
    case 'text':
      sheet.setValue(row, column, text);
      return;
    case 'number':
      sheet.setValue(row, column, coerced.value);
      autoFormat(coerced.format);
      return;
    case 'boolean':
      sheet.setValue(row, column, coerced.value);
      return;
    case 'date':
      sheet.setValue(row, column, new LocalDateTime(coerced.wallMillis));
      autoFormat(coerced.format);
      return;
    case 'formula-error':
      sheet.setFormula(row, column, coerced.formula, coerced.error);
      return;
    case 'unmodelled':
      throw new Error(
        `${where}: Google Sheets would convert ${JSON.stringify(text)} (${coerced.reason}), which the local runtime does not model; write a typed value, or set the plain-text format "@" first`,
      );
  }
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
  if (sheet.merges.length > 0) requireUncovered(sheet, row, column, method);
  switch (typeof raw) {
    case 'string': {
      requireCellLength(raw);
      if (raw.startsWith('=') && raw.length > 1) {
        // Assumed even in a plain-text (@) cell: Google gives no evidence that the format stops a formula.
        sheet.setFormula(row, column, raw);
        return;
      }
      if (raw.startsWith("'")) {
        sheet.setValue(row, column, raw.length > 1 ? raw.slice(1) : undefined);
        return;
      }
      // A cell formatted as plain text keeps what is written (the documented way to keep text).
      if (sheet.numberFormat(row, column) === PLAIN_TEXT_FORMAT) {
        sheet.setValue(row, column, raw);
        return;
      }
      if (env.options.riskyText === 'coerce') {
        writeTyped(env, sheet, row, column, raw, `${method}: ${where()}`);
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
