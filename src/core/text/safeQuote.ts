/**
 * Quoting a cell value in a message without leaking personal data (design §7.2). Warnings reach the
 * JSON, the console, logs and the report, and a value from a shifted row or a misused column can be
 * a name, an e-mail address or a phone number. So a value is quoted only when its class makes it safe
 * to repeat — a number, a date, a short code — and is otherwise described ("an e-mail address", "text
 * of 12 characters"). The row number next to it tells the user where to look.
 */
import type { Language } from '../model/types';
import { serverMessage } from './messages';
import { quoteLabel } from './wording';

/** What a value is, as far as quoting it goes. */
export type ValueClass = 'empty' | 'number' | 'date' | 'code' | 'email' | 'phone' | 'postal_code' | 'url' | 'text';

const MAX_QUOTED_LENGTH = 30;

/**
 * Longer text is never a date or a code, and a number only when it is digits and separators alone
 * (checked in one pass, no pattern): otherwise only whether it holds an e-mail address or is a URL
 * matters.
 */
const MAX_CLASSIFIED_LENGTH = 200;
const URL_START = /^(?:https?:\/\/|www\.)/i;
/** Japanese (〒123-4567) and similar postal codes. */
const POSTAL_CODE = /^〒?\s*\d{3}-\d{4}$/;
/** Digits with the separators, signs and units of amounts, counts and rates. */
const NUMBER_LIKE = /^[-+−▲△¥$€£(]*\s*\d[\d,.\s]*\s*(?:%|[万千億]?円?|k|m)\)?$/i;
const MONTH_NAMES = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi;
const ERA_NAMES = /令和|平成|昭和|元年|^[rhs](?=\d)/gi;
const DATE_CHARACTERS = /^[\d\s/\-.:,年月日時分秒tTzZ+]+$/;
/** One token of ASCII letters, digits and code punctuation. */
const CODE_TOKEN = /^[A-Za-z0-9_\-./#:!?]{1,24}$/;
/** Capitals a code written in capitals has at most (TBD, MQL, OPEN); SMITH or YAMADA is a name. */
const MAX_CODE_CAPITALS = 4;

/**
 * True for a short code: an id, a status or flag value, an error value (`P200`, `closed_won`,
 * `Q3-2025`, `#DIV/0!`, `pending`, `TBD`). A word written as names are — capitalised (`Smith`,
 * `Yamada`), in long capitals (`SMITH`) or with a dot (`taro.yamada`) — may be a person: a shifted
 * row, a name in a status column, a headerless export's first row.
 *
 * @example
 * ['P200', 'closed_won', 'pending', 'TBD', 'Smith', 'YAMADA', 'taro.yamada'].map(isCode)
 * //=> [true, true, true, true, false, false, false]
 */
function isCode(text: string): boolean {
  if (!CODE_TOKEN.test(text)) return false;
  if (/[0-9_#]/.test(text)) return true;
  if (!/[A-Z]/.test(text)) return !text.includes('.');
  let capitals = 0;
  for (const character of text) if (character >= 'A' && character <= 'Z') capitals += 1;
  return !/[a-z]/.test(text) && capitals <= MAX_CODE_CAPITALS;
}

/**
 * True when the text holds an e-mail address (`x@y.z` with no space or second @ inside), in one
 * pass: a regular expression searching anywhere would retry from every position (quadratic on a long
 * cell with no @).
 *
 * @example
 * ['連絡先 taro@example.co.jp まで', 'a@b', '@example.com', 'x@y@z.com'].map(holdsEmail)
 * //=> [true, false, false, true]
 */
export function holdsEmail(text: string): boolean {
  if (!text.includes('@')) return false;
  for (const token of text.split(/\s+/)) {
    const parts = token.split('@');
    for (let i = 0; i + 1 < parts.length; i += 1) {
      const domain = parts[i + 1] ?? '';
      const dot = domain.indexOf('.', 1);
      if ((parts[i] ?? '') !== '' && dot > 0 && dot < domain.length - 1) return true;
    }
  }
  return false;
}

function digitCount(text: string): number {
  let count = 0;
  for (const character of text) if (character >= '0' && character <= '9') count += 1;
  return count;
}

/** True when the text is only digits and the separators of amounts (a 10,000-digit cell is still a number). */
function isDigitRun(text: string): boolean {
  for (const character of text) {
    if (!((character >= '0' && character <= '9') || character === ',' || character === '.' || character === ' ')) return false;
  }
  return true;
}

function isPhoneLike(text: string): boolean {
  const digits = digitCount(text);
  if (digits < 9 || digits > 15 || !/^[+(]?\d[\d\s()-]*$/.test(text)) return false;
  // Amounts never start with 0 or +; phone numbers (090-…, 03-…, +81 …) do, or are grouped by hyphens.
  return text.startsWith('0') || text.startsWith('+') || text.startsWith('(') || /\d-\d+-\d/.test(text);
}

function isDateLike(text: string): boolean {
  const rest = text.replace(MONTH_NAMES, '').replace(ERA_NAMES, '');
  return digitCount(rest) > 0 && DATE_CHARACTERS.test(rest);
}

/**
 * Classifies a cell value for quoting. Text is normalised (NFKC) first, so full-width digits count
 * as digits.
 *
 * @example
 * ['2025/02/30', '¥1,200', 'closed_won', 'taro@example.co.jp', '090-1234-5678', '山田太郎', 'Smith'].map(classifyValue)
 * //=> ['date', 'number', 'code', 'email', 'phone', 'text', 'text']
 */
export function classifyValue(value: unknown): ValueClass {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value === 'number' ? 'number' : 'code';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'date';
  if (typeof value !== 'string') return 'text';
  const text = value.normalize('NFKC').trim();
  if (text === '') return 'empty';
  if (holdsEmail(text)) return 'email';
  if (URL_START.test(text)) return 'url';
  if (text.length > MAX_CLASSIFIED_LENGTH) return isDigitRun(text) ? 'number' : 'text';
  if (POSTAL_CODE.test(text)) return 'postal_code';
  if (isPhoneLike(text)) return 'phone';
  if (NUMBER_LIKE.test(text)) return 'number';
  if (isDateLike(text)) return 'date';
  if (isCode(text)) return 'code';
  return 'text';
}

/**
 * A value as it may appear in a message: trimmed, on one line, at most 30 characters.
 *
 * @example
 * shortValue('  2025/\n02/30 ')
 * //=> '2025/ 02/30'
 */
export function shortValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else if (Object.prototype.toString.call(value) === '[object Date]') {
    text = Number.isFinite((value as Date).getTime()) ? 'date value' : 'Invalid Date';
  } else if (typeof value === 'number') text = String(value);
  else text = value === null || value === undefined ? '' : '?';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_QUOTED_LENGTH ? `${oneLine.slice(0, MAX_QUOTED_LENGTH)}…` : oneLine;
}

/**
 * A cell value for a message: quoted when it is safe to repeat (`「2025/02/30」`, `"abc"`),
 * otherwise described in parentheses (`（メールアドレス）`, `(text of 4 characters)`).
 *
 * @example
 * quoteSafely('2025/02/30', 'ja')
 * //=> '「2025/02/30」'
 * quoteSafely('taro@example.com', 'en')
 * //=> '(an e-mail address)'
 * quoteSafely('山田太郎', 'ja')
 * //=> '（4文字の文字列）'
 */
export function quoteSafely(value: unknown, language: Language): string {
  const description = describeUnsafe(value, language);
  if (description === null) return quoteLabel(shortValue(value), language);
  return language === 'ja' ? `（${description}）` : `(${description})`;
}

/** The description of a value that must not be quoted, or null when it may be. */
export function describeUnsafe(value: unknown, language: Language): string | null {
  switch (classifyValue(value)) {
    case 'empty':
    case 'number':
    case 'date':
    case 'code':
      return null;
    case 'email':
      return serverMessage(language, 'value.email');
    case 'phone':
      return serverMessage(language, 'value.phone');
    case 'postal_code':
      return serverMessage(language, 'value.postalCode');
    case 'url':
      return serverMessage(language, 'value.url');
    case 'text':
      return serverMessage(language, 'value.text', { count: [...String(value).trim()].length });
  }
}
