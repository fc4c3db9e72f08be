/**
 * `getDisplayValues` for the local runtime: enough of the Sheets number-format language to show
 * report cells the way a reader sees them (`#,##0`, `0.0%`, `"¥"#,##0`, `¥#,##0`, `yyyy-mm-dd`…).
 * Formats it does not understand fall back to the General display rather than guessing.
 */
import { defaultDateFormat, LocalDateTime, type CellValue } from '../workbook/model';

const DAY = 86_400_000;
/** Sheets serial 0 = 1899-12-30. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Part = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'code'; readonly text: string };

/** Splits a format section into literal text and format codes. */
function tokenize(section: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      parts.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      parts.push({ kind: 'literal', text: section.charAt(i + 1) });
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      // [$¥-411] is a currency symbol with a locale; [Red], [>100] are colours/conditions.
      if (inner.startsWith('$')) parts.push({ kind: 'literal', text: inner.slice(1).split('-')[0] ?? '' });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '_' || ch === '*') {
      i += 2;
    } else {
      parts.push({ kind: 'code', text: ch });
      i += 1;
    }
  }
  return parts;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i += 1) {
    const ch = format.charAt(i);
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

/**
 * Sheets' General display of a number.
 *
 * @example
 * generalNumber(1 / 3)
 * //=> '0.3333333333'
 */
export function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumber(value: number, parts: Part[], signed: boolean): string | null {
  const codes = parts.map((p, index) => ({ ...p, index })).filter((p) => p.kind === 'code' && /[0#?.,%]/.test(p.text));
  const first = codes[0];
  const last = codes[codes.length - 1];
  if (!first || !last) return null;
  const numeric = parts.slice(first.index, last.index + 1).map((p) => (p.kind === 'code' ? p.text : '')).join('');
  if (/[^0#?.,%]/.test(numeric)) return null;
  const percent = (numeric.match(/%/g) ?? []).length;
  const [intPattern = '', fracPattern = ''] = numeric.replace(/%/g, '').split('.');
  const useGrouping = intPattern.includes(',');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const requiredFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = (fracPattern.match(/[0#?]/g) ?? []).length;
  const scaled = Math.abs(value) * 100 ** percent;
  let [intDigits = '0', fracDigits = ''] = scaled.toFixed(maxFrac).split('.');
  while (fracDigits.length > requiredFrac && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  intDigits = intDigits.replace(/^0+/, '');
  if (intDigits.length < minInt) intDigits = '0'.repeat(minInt - intDigits.length) + intDigits;
  let text = (useGrouping ? group(intDigits) : intDigits) + (fracDigits ? `.${fracDigits}` : '');
  if (text === '') text = '0';
  const isZero = /^[0.,]*$/.test(text);
  const prefix = parts.slice(0, first.index).map((p) => p.text).join('');
  const suffix = parts.slice(last.index + 1).map((p) => p.text).join('') + '%'.repeat(percent);
  const sign = signed && value < 0 && !isZero ? '-' : '';
  return `${sign}${prefix}${text}${suffix}`;
}

function isDateFormat(format: string): boolean {
  const codes = tokenize(splitSections(format)[0] ?? '')
    .filter((p) => p.kind === 'code')
    .map((p) => p.text)
    .join('');
  return /[ydhs]/i.test(codes) || /^m+$/i.test(codes.replace(/[^a-z]/gi, ''));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatDateTime(wallMillis: number, format: string): string {
  const d = new Date(wallMillis);
  const parts = tokenize(splitSections(format)[0] ?? '');
  let out = '';
  let previousWasHour = false;
  const hasAmPm = /am\/pm|a\/p/i.test(format);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (!part) continue;
    if (part.kind === 'literal') {
      out += part.text;
      continue;
    }
    const ch = part.text.toLowerCase();
    if (!/[ymdhsa]/.test(ch)) {
      out += part.text;
      continue;
    }
    let run = 1;
    while (parts[i + run]?.kind === 'code' && parts[i + run]?.text.toLowerCase() === ch) run += 1;
    i += run - 1;
    if (ch === 'a') {
      const rest = parts.slice(i, i + 4).map((p) => p.text).join('').toLowerCase();
      if (rest.startsWith('m/pm')) i += 4;
      out += d.getUTCHours() < 12 ? 'AM' : 'PM';
      continue;
    }
    let nextIsSeconds = false;
    for (let j = i + 1; j < parts.length; j += 1) {
      const t = parts[j]?.text.toLowerCase() ?? '';
      if (/[ymdh]/.test(t)) break;
      if (t === 's') {
        nextIsSeconds = true;
        break;
      }
    }
    switch (ch) {
      case 'y':
        out += run <= 2 ? pad2(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
        break;
      case 'm':
        if (previousWasHour || nextIsSeconds) out += run >= 2 ? pad2(d.getUTCMinutes()) : String(d.getUTCMinutes());
        else if (run >= 4) out += MONTHS[d.getUTCMonth()] ?? '';
        else if (run === 3) out += (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3);
        else out += run === 2 ? pad2(d.getUTCMonth() + 1) : String(d.getUTCMonth() + 1);
        break;
      case 'd':
        out += run >= 2 ? pad2(d.getUTCDate()) : String(d.getUTCDate());
        break;
      case 'h': {
        const hours = hasAmPm ? d.getUTCHours() % 12 || 12 : d.getUTCHours();
        out += run >= 2 ? pad2(hours) : String(hours);
        break;
      }
      case 's':
        out += run >= 2 ? pad2(d.getUTCSeconds()) : String(d.getUTCSeconds());
        break;
      default:
        break;
    }
    previousWasHour = ch === 'h';
  }
  return out;
}

/**
 * The text Google Sheets would show for a cell value under a number format.
 *
 * @example
 * displayValue(0.1234, '0.0%')
 * //=> '12.3%'
 */
export function displayValue(value: CellValue | undefined, format: string): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const general = format === '' || format.toLowerCase() === 'general';
  if (value instanceof LocalDateTime) {
    const pattern = !general && isDateFormat(format) ? format : defaultDateFormat(value);
    return formatDateTime(value.wallMillis, pattern);
  }
  if (general || format === '@') return generalNumber(value);
  if (isDateFormat(format)) return formatDateTime(SERIAL_EPOCH + value * DAY, format);
  const sections = splitSections(format);
  const negative = value < 0 && sections.length > 1;
  const section = (negative ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0]) ?? '';
  return formatNumber(value, tokenize(section), !negative) ?? generalNumber(value);
}
