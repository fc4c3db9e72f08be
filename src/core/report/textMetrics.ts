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
 * The most lines a header of a sheet's core table (its first table) takes: two in Japanese, three
 * for a header of Latin words only (English words are long and break only at spaces). A long header
 * wraps rather than widening its column and every column above and below it.
 */
export const HEADER_MAX_LINES = 2;
const LATIN_HEADER_MAX_LINES = 3;
/**
 * The most lines a header of a table below the core takes, in either script: the columns are the
 * core table's, so a long header below wraps further instead of pushing the core off the screen
 * (design §6). A Latin word longer than its column still widens it (words are never cut).
 */
export const LOWER_HEADER_MAX_LINES = 4;

/** Where a header stands: in the sheet's core table, or in a table below it. */
export type HeaderPlacement = 'core' | 'below';

/**
 * The most lines a header takes where it stands.
 *
 * @example
 * [headerMaxLines('商談化率', 'core'), headerMaxLines('Win rate', 'core'), headerMaxLines('商談化率', 'below')]
 * //=> [2, 3, 4]
 */
export function headerMaxLines(text: string, placement: HeaderPlacement): number {
  if (placement === 'below') return LOWER_HEADER_MAX_LINES;
  return [...text].some(isWideCharacter) ? HEADER_MAX_LINES : LATIN_HEADER_MAX_LINES;
}

/** Headers up to this width stay on one line: splitting them would save little and read worse. */
const HEADER_ONE_LINE_PIXELS = 90;

/** Pieces of text a line never breaks inside: a Latin word (up to and with a hyphen), a run of spaces, or one full-width glyph. */
function unbreakablePieces(paragraph: string): string[] {
  return paragraph.match(/[\u1100-\uffdc]|\s+|[^\s\u1100-\uffdc-]+-?|-/gu) ?? [];
}

/**
 * How many lines a paragraph takes in a cell `widthPixels` wide, filled greedily as the writers do:
 * a word that does not fit starts a new line; a word longer than a line is cut.
 */
function paragraphLines(paragraph: string, widthPixels: number): number {
  const room = Math.max(NARROW_CHARACTER_PIXELS, widthPixels - CELL_PADDING_PIXELS);
  let lines = 1;
  let used = 0;
  for (const piece of unbreakablePieces(paragraph)) {
    const pixels = textUnits(piece) * NARROW_CHARACTER_PIXELS;
    const isSpace = /^\s+$/.test(piece);
    if (used + pixels <= room || used === 0) {
      if (!(isSpace && used === 0)) used += pixels;
      if (used > room) {
        // A word wider than the cell is cut over as many lines as it needs.
        lines += Math.ceil(used / room) - 1;
        used = used % room;
      }
      continue;
    }
    if (isSpace) continue;
    lines += 1;
    used = pixels;
    if (used > room) {
      lines += Math.ceil(used / room) - 1;
      used = used % room;
    }
  }
  return lines;
}

/**
 * The narrowest cell in which a header fits its most lines where it stands (`headerMaxLines`),
 * breaking where a line may break (at a space, or beside a full-width character, as Japanese text
 * breaks anywhere) and never inside a Latin word. A short header keeps one line. Columns take their
 * width from their data and the core table's headers; a long header of a table lower on the sheet
 * takes more lines rather than pushing the core table off a laptop screen (design §6).
 *
 * @example
 * [headerWidth('CPL'), headerWidth('エンゲージのあったセッション数'), headerWidth('エンゲージのあったセッション数', 'below'), headerWidth('Engaged sessions')]
 * //=> [39, 136, 76, 76]
 */
export function headerWidth(text: string, placement: HeaderPlacement = 'core'): number {
  const oneLine = textWidth(text);
  if (oneLine <= HEADER_ONE_LINE_PIXELS || text.includes('\n')) return oneLine;
  const maxLines = headerMaxLines(text, placement);
  const longestPiece = Math.max(...unbreakablePieces(text).map((piece) => textWidth(piece.trim())));
  let low = longestPiece;
  let high = oneLine;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (paragraphLines(text, middle) <= maxLines) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * How many lines `text` takes when wrapped in a cell `widthPixels` wide: line breaks in the text
 * start new lines, and a Latin word that does not fit moves to the next line whole.
 *
 * @example
 * wrappedLines('リード獲得単価（CPL）', 100)
 * //=> 2
 */
export function wrappedLines(text: string, widthPixels: number): number {
  return text.split('\n').reduce((lines, paragraph) => lines + paragraphLines(paragraph, widthPixels), 0);
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
