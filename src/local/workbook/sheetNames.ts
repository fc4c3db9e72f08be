/**
 * Sheet names that Excel accepts. Google Sheets allows 100 characters and almost any character;
 * .xlsx allows 31 characters and forbids `[ ] : * ? / \`, a leading or trailing apostrophe and the
 * name "History". CSV tabs are named this way from the start so the names in warnings and in the
 * written .xlsx agree.
 */
import { xmlSafe } from './xlsx/xmlText';

export const XLSX_MAX_SHEET_NAME_LENGTH = 31;

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/**
 * A name Excel accepts, unique (case-insensitively) among `taken`, which it is added to.
 *
 * @example
 * xlsxSafeSheetName('Google Ads: campaign report 2025/04', new Set())
 * //=> 'Google Ads_ campaign report 2025'
 */
export function xlsxSafeSheetName(name: string, taken: Set<string>): string {
  let base = xmlSafe(name).replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim();
  if (base === '') base = 'Sheet';
  if (base.toLowerCase() === 'history') base = 'History_';
  base = truncate(base, XLSX_MAX_SHEET_NAME_LENGTH);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = truncate(base, XLSX_MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
