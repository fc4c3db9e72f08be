/**
 * A header row looks like labels (design §3.2.1): a row of values — dates, numbers, e-mail
 * addresses, ids, hashes — is never a header, even when one of its cells happens to equal an alias
 * or a status word (`email`, `social`, `Lead`). Headerless exports and data rows under a short
 * header otherwise get mistaken for the header and every row after them is misread.
 */
import { isBlank } from '../text/normalize';
import { classifyValue } from '../text/safeQuote';

/** Value classes no column header ever is. */
const VALUE_CLASSES = new Set(['number', 'date', 'email', 'phone', 'postal_code', 'url']);

/** One token of the characters record ids and hashes are written with (no spaces). */
const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_\-.:+/=#]*$/;

function digitsIn(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count;
}

/**
 * True for a record id or a hash: one token holding digits among its letters, either a good share
 * of them (`P200`, `A1061`, `CONT-03a4142c-…`, `006dN00000DrvOrQAJ`) or a long run without word
 * separators (`9CcfAt8qtZvCTwFvwOFLcg==`). Field names with a digit (`hs_v2_date_entered_…`,
 * `address2`) are not ids.
 *
 * @example
 * ['P200', 'CONT-03a4142c-188d', '9CcfAt8qtZvCTwFvwOFLcg==', 'hs_v2_date_entered_lead', 'GA4'].map(looksLikeId)
 * //=> [true, true, true, false, false]
 */
export function looksLikeId(text: string): boolean {
  if (text.length < 2 || !ID_TOKEN.test(text)) return false;
  const digits = digitsIn(text);
  if (digits < 2 || digits === text.length) return false;
  if (digits * 4 >= text.length) return true;
  return text.length >= 16 && !/[_\s]/.test(text);
}

/**
 * True when a cell holds a value rather than a label: a number, a date, an e-mail address, a phone
 * number, a URL, a boolean, an id or a hash.
 *
 * @example
 * ['2025-04-01', '1,200', 'taro@example.com', 'TRUE', 'P200', 'Email', 'Lead', '作成日'].map(looksLikeValue)
 * //=> [true, true, true, true, true, false, false, false]
 */
export function looksLikeValue(cell: unknown): boolean {
  if (typeof cell === 'number' || typeof cell === 'boolean') return true;
  if (typeof cell !== 'string') return cell !== null && cell !== undefined;
  const text = cell.trim();
  if (text === '') return false;
  if (/^(?:true|false)$/i.test(text)) return true;
  if (VALUE_CLASSES.has(classifyValue(text))) return true;
  return looksLikeId(text);
}

/**
 * True when a row can be a header: it has a non-blank cell, and fewer than a third of its
 * non-blank cells look like values. One stray number among many labels is tolerated (a header cell
 * such as `2025` in a wide layout); a data row always holds more.
 *
 * @example
 * [looksLikeLabels(['日付', '媒体', '費用']), looksLikeLabels(['Email', '2', '3', '0.67']), looksLikeLabels(['email', '120'])]
 * //=> [true, false, false]
 */
export function looksLikeLabels(row: readonly unknown[]): boolean {
  let filled = 0;
  let values = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    filled += 1;
    if (looksLikeValue(cell)) values += 1;
  }
  return filled > 0 && values * 3 < filled;
}
