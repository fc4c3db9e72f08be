/**
 * How wide a number column must be to show its values, estimated from the values and the column's
 * number format (no writer measures for us: see textMetrics.ts). Number columns take this width
 * rather than a fixed one, so a core table of 13–14 columns fits a laptop screen (design §6).
 */
import type { Cell, NumberFormat } from './model';
import { textUnits } from './textMetrics';
import { NARROW_CHARACTER_PIXELS, CELL_PADDING_PIXELS } from './textMetrics';

/** The section of a format for positive numbers, the one that is widest in practice. */
function positiveSection(format: NumberFormat): string {
  return format.split(';')[0] ?? format;
}

/** Units of the characters a format adds around the digits: quoted text, %, currency and spaces. */
function literalUnits(section: string): number {
  let units = 0;
  for (const quoted of section.matchAll(/"([^"]*)"/g)) units += textUnits(quoted[1] ?? '');
  const unquoted = section.replace(/"[^"]*"/g, '');
  for (const character of unquoted) if (!/[#0,.]/.test(character)) units += textUnits(character);
  return units;
}

function decimalsOf(section: string): number {
  const unquoted = section.replace(/"[^"]*"/g, '');
  const fraction = /\.(0+)/.exec(unquoted);
  return fraction?.[1]?.length ?? 0;
}

/**
 * The half-width units `value` takes when shown in `format`: grouped integer digits, the decimals,
 * a minus sign, and the format's own characters.
 *
 * @example
 * [shownUnits(29726899, '"¥"#,##0'), shownUnits(0.283, '0.0%'), shownUnits(1.7, '"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"')]
 * //=> [11, 5, 9]
 */
export function shownUnits(value: number, format: NumberFormat): number {
  const section = positiveSection(format);
  const scaled = Math.abs(section.includes('%') ? value * 100 : value);
  const decimals = decimalsOf(section);
  const integerDigits = Math.max(1, Math.floor(Number(scaled.toFixed(decimals))).toString().length);
  const grouping = section.includes(',') ? Math.floor((integerDigits - 1) / 3) : 0;
  const sign = value < 0 ? 1 : 0;
  return integerDigits + grouping + (decimals > 0 ? decimals + 1 : 0) + sign + literalUnits(section);
}

/**
 * A formula's value is unknown here: it is taken as wide as the widest number of the same format in
 * the table (CPL and CAC never exceed the cost beside them), else as a four-digit number in the format
 * ('100.0%', '1,000%', '↑ +10.0pt').
 */
const FORMULA_INTEGER_GUESS = 1000;

/** A four-digit value as the format shows it: a percentage format multiplies by 100 itself. */
function formulaGuessUnits(format: NumberFormat): number {
  const scale = positiveSection(format).includes('%') ? 100 : 1;
  return shownUnits(FORMULA_INTEGER_GUESS / scale, format);
}

/** The narrowest a number column is made: room for a short header or a dash. */
export const MIN_NUMBER_COLUMN_WIDTH = 64;

/**
 * The pixel width a number column needs for `cells` in `format`, at least {@link MIN_NUMBER_COLUMN_WIDTH};
 * `sameFormatWidest` is the widest unit count of plain numbers of that format elsewhere in the table.
 *
 * @example
 * numberColumnWidth([{ kind: 'number', value: 1492 }, { kind: 'empty' }], '#,##0', 0)
 * //=> 64
 */
export function numberColumnWidth(cells: readonly Cell[], format: NumberFormat, sameFormatWidest: number): number {
  let units = 0;
  for (const cell of cells) {
    if (cell.kind === 'number') units = Math.max(units, shownUnits(cell.value, format));
    else if (cell.kind === 'formula') units = Math.max(units, sameFormatWidest || formulaGuessUnits(format));
    else if (cell.kind === 'text') units = Math.max(units, textUnits(cell.value.startsWith("'") ? cell.value.slice(1) : cell.value));
  }
  return Math.max(MIN_NUMBER_COLUMN_WIDTH, Math.ceil(units * NARROW_CHARACTER_PIXELS + CELL_PADDING_PIXELS));
}
