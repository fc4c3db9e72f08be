/**
 * Small wording helpers for the tab list: confidence in words, spreadsheet column letters, the
 * text of a column option and row counts.
 */
import type { Language } from '../core/model/types';
import { formatCount } from '../core/funnel/format';
import { t } from './i18n';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/**
 * Puts recognition confidence (0..1) into three words a marketer can act on.
 *
 * @example
 * confidenceLevel(0.92)
 * //=> 'high'
 * confidenceLevel(0.5)
 * //=> 'medium'
 */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

/**
 * The spreadsheet letter of a 0-based column index.
 *
 * @example
 * columnLetter(0)
 * //=> 'A'
 * columnLetter(27)
 * //=> 'AB'
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = Math.floor(index) + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The text of one column option: its letter and its header label (blank headers say so).
 *
 * @example
 * columnOptionLabel('ja', 2, '費用')
 * //=> 'C列: 費用'
 * columnOptionLabel('en', 0, '  ')
 * //=> 'A: (no header)'
 */
export function columnOptionLabel(language: Language, index: number, header: string): string {
  const label = header.trim() === '' ? t(language, 'mapping.blankHeader') : header.trim();
  return t(language, 'mapping.column', { letter: columnLetter(index), label });
}

/**
 * A tab's row count in words.
 *
 * @example
 * rowCountLabel('ja', 12345)
 * //=> '12,345行'
 */
export function rowCountLabel(language: Language, rows: number): string {
  return t(language, 'tabs.rows', { count: formatCount(rows) });
}
