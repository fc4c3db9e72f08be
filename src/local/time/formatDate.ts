/**
 * `Utilities.formatDate` for the local runtime: the Java `SimpleDateFormat` letters Apps Script
 * accepts, evaluated in a real time zone (gas-local's default mock ignores the zone).
 */
import { zoneOffsetMillis } from './zone';

type Token = { readonly literal: string } | { readonly letter: string; readonly count: number };

const SUPPORTED_LETTERS = 'yMdHhkKmsSaEZX';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const compiled = new Map<string, readonly Token[]>();

/** Splits a SimpleDateFormat pattern into letter runs and literals (`'…'` quotes, `''` = `'`). */
function compile(pattern: string): readonly Token[] {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      if (pattern.charAt(i + 1) === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i += 1;
      while (i < pattern.length) {
        if (pattern.charAt(i) === "'") {
          if (pattern.charAt(i + 1) === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern.charAt(i);
        i += 1;
      }
      if (i >= pattern.length) throw new Error(`Utilities.formatDate: unterminated quote in pattern "${pattern}"`);
      i += 1;
      tokens.push({ literal: text });
    } else if (/[A-Za-z]/.test(ch)) {
      if (!SUPPORTED_LETTERS.includes(ch)) {
        throw new Error(`not implemented in the local runtime: Utilities.formatDate pattern letter "${ch}" (in "${pattern}")`);
      }
      let count = 1;
      while (pattern.charAt(i + count) === ch) count += 1;
      tokens.push({ letter: ch, count });
      i += count;
    } else {
      tokens.push({ literal: ch });
      i += 1;
    }
  }
  compiled.set(pattern, tokens);
  return tokens;
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  return (value < 0 ? '-' : '') + (text.length >= width ? text : '0'.repeat(width - text.length) + text);
}

function offsetText(offsetMillis: number, letter: 'Z' | 'X', count: number): string {
  const totalMinutes = Math.round(offsetMillis / 60_000);
  if (letter === 'X' && totalMinutes === 0) return 'Z';
  const sign = totalMinutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(totalMinutes) / 60), 2);
  const minutes = pad(Math.abs(totalMinutes) % 60, 2);
  if (letter === 'Z') return `${sign}${hours}${minutes}`;
  if (count === 1) return `${sign}${hours}`;
  if (count === 2) return `${sign}${hours}${minutes}`;
  return `${sign}${hours}:${minutes}`;
}

function field(letter: string, count: number, wall: Date, offsetMillis: number): string {
  switch (letter) {
    case 'y': {
      const year = wall.getUTCFullYear();
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M': {
      const month = wall.getUTCMonth();
      if (count >= 4) return MONTHS[month] ?? '';
      if (count === 3) return (MONTHS[month] ?? '').slice(0, 3);
      return pad(month + 1, count);
    }
    case 'd':
      return pad(wall.getUTCDate(), count);
    case 'H':
      return pad(wall.getUTCHours(), count);
    case 'k':
      return pad(wall.getUTCHours() === 0 ? 24 : wall.getUTCHours(), count);
    case 'K':
      return pad(wall.getUTCHours() % 12, count);
    case 'h':
      return pad(wall.getUTCHours() % 12 === 0 ? 12 : wall.getUTCHours() % 12, count);
    case 'm':
      return pad(wall.getUTCMinutes(), count);
    case 's':
      return pad(wall.getUTCSeconds(), count);
    case 'S':
      return pad(wall.getUTCMilliseconds(), count);
    case 'a':
      return wall.getUTCHours() < 12 ? 'AM' : 'PM';
    case 'E': {
      const name = WEEKDAYS[wall.getUTCDay()] ?? '';
      return count >= 4 ? name : name.slice(0, 3);
    }
    case 'Z':
    case 'X':
      return offsetText(offsetMillis, letter, count);
    default:
      throw new Error(`not implemented in the local runtime: Utilities.formatDate pattern letter "${letter}"`);
  }
}

/**
 * Formats an instant in a time zone with a SimpleDateFormat pattern (letters y M d H h k K m s S a
 * E Z X; anything else throws so an unsupported pattern is noticed in tests).
 *
 * @example
 * formatDate(new Date('2025-03-31T15:00:00Z'), 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm:ssZ")
 * //=> '2025-04-01T00:00:00+0900'
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const epochMillis = Date.prototype.getTime.call(date);
  if (Number.isNaN(epochMillis)) throw new Error('Utilities.formatDate: the date is invalid');
  const offset = zoneOffsetMillis(timeZone, epochMillis);
  const wall = new Date(epochMillis + offset);
  let out = '';
  for (const token of compile(pattern)) {
    out += 'literal' in token ? token.literal : field(token.letter, token.count, wall, offset);
  }
  return out;
}
