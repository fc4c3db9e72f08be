/**
 * How much room text needs in a cell, estimated once for every writer: none of Sheets, Excel and
 * LibreOffice widens a column to fit its header, and Excel and LibreOffice do not measure rows
 * when they open a file, so the report sets widths and heights itself (design §6). 10-pt text; a
 * full-width (CJK) glyph counts double a half-width one; estimates round up, because a column a
 * little wide beats a clipped header.
 */

/** Pixels of one half-width character of 10-pt text (bold headers included); a full-width one is two. */
export const NARROW_CHARACTER_PIXELS = 7.5;
/** Pixels a cell keeps free around its text (both sides together). */
export const CELL_PADDING_PIXELS = 16;
/** One line of 10-pt text, Japanese fonts included (15 pt). */
export const LINE_PIXELS = 20;
/** A row of one line, as Sheets makes it. */
export const DEFAULT_ROW_PIXELS = 21;

/**
 * Whether a character takes a full-width cell: CJK, kana, Hangul, full-width forms and East Asian
 * punctuation (〜, ・, （）), and — conservatively — the arrows and dashes a Japanese font draws wide.
 * Half-width katakana count narrow.
 *
 * @example
 * [...'リードCPL（）→ｶ'].map(isWideCharacter)
 * //=> [true, true, true, false, false, false, true, true, true, false]
 */
export function isWideCharacter(character: string): boolean {
  return /[\u1100-\uffdc]/.test(character) && !/[\uff61-\uff9f]/.test(character);
}

/**
 * The width of a text in half-width units: 1 per half-width character, 2 per full-width one.
 *
 * @example
 * textUnits('商談化率の前月差')
 * //=> 16
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const character of text) units += isWideCharacter(character) ? 2 : 1;
  return units;
}

/**
 * The pixels a single line of `text` needs in a cell, padding included.
 *
 * @example
 * textWidth('リード')
 * //=> 61
 */
export function textWidth(text: string): number {
  return Math.ceil(textUnits(text) * NARROW_CHARACTER_PIXELS + CELL_PADDING_PIXELS);
}

/**
 * How many lines `text` takes when wrapped in a cell `widthPixels` wide (line breaks in the text
 * start new lines).
 *
 * @example
 * wrappedLines('リード獲得単価（CPL）', 100)
 * //=> 2
 */
export function wrappedLines(text: string, widthPixels: number): number {
  const room = Math.max(NARROW_CHARACTER_PIXELS, widthPixels - CELL_PADDING_PIXELS);
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil((textUnits(paragraph) * NARROW_CHARACTER_PIXELS) / room)), 0);
}

/**
 * The row height in pixels for `lines` lines of text.
 *
 * @example
 * [rowHeightForLines(1), rowHeightForLines(3)]
 * //=> [21, 60]
 */
export function rowHeightForLines(lines: number): number {
  return Math.max(DEFAULT_ROW_PIXELS, lines * LINE_PIXELS);
}
