/**
 * Reading dates written as text. Every accepted form is an explicit pattern: `new Date(string)`
 * is never used because its result depends on the engine and the machine's zone.
 *
 * A value is split into a date head (year-month-day in one of the forms below) and a tail that may
 * hold a weekday and a time of day. The time is dropped unless it carries a zone (`Z`, `+09:00`),
 * in which case the value is an instant and is moved into the spreadsheet's zone.
 *
 * Numeric dates that do not prove their order (`4/5/2025`, `05-04-25`) are read in the order the
 * caller passes (the column's, or the locale's); a five-digit number written as text is a
 * spreadsheet serial, and the export blank markers (`N/A`, `-`, `null` …) are blank.
 */
import type { DayNumber } from '../model/types';
import type { ZoneOffsetResolver } from '../model/zone';
import { dayFromCivil, isPlausibleYear, isValidCivilDate, MILLISECONDS_PER_DAY } from './calendar';
import { NUMERIC_DATE_HEAD, orderForValue, readInOrder, type NumericDateParts } from './dateOrder';
import { BLANK_DAY, NO_DAY_OPTIONS, type DayResult, type ParseDayOptions } from './dayResult';
import { ERA_NAME_PATTERN, eraDateToDay, eraMonthToDay } from './eras';
import { instantToLocalDay, plausibleDay, serialToDay } from './instants';
import { isBlankMarker } from '../text/blankMarkers';

const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAME = `(${Object.keys(ENGLISH_MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY_NAME = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?';
const ERA = `(${ERA_NAME_PATTERN})`;
const ERA_YEAR = '(\\d{1,2}|元)';
const ORDINAL = '(?:st|nd|rd|th)?';

type Head =
  | { readonly form: 'ymd'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly form: 'ym'; readonly year: number; readonly month: number }
  | { readonly form: 'era-ymd'; readonly era: string; readonly eraYear: number; readonly month: number; readonly day: number }
  | { readonly form: 'era-ym'; readonly era: string; readonly eraYear: number; readonly month: number }
  | { readonly form: 'numeric'; readonly parts: NumericDateParts };

interface HeadPattern {
  readonly pattern: RegExp;
  /** Whether text may follow (time, weekday); month-only and compact forms must stand alone. */
  readonly allowsTail: boolean;
  readonly read: (match: RegExpExecArray) => Head | null;
}

const num = (text: string | undefined): number => (text === undefined ? NaN : Number(text));
const eraYear = (text: string | undefined): number => (text === '元' ? 1 : num(text));
const monthName = (text: string | undefined): number =>
  text === undefined ? NaN : (ENGLISH_MONTHS[text.replace('.', '')] ?? NaN);

const HEAD_PATTERNS: readonly HeadPattern[] = [
  {
    // 2025-04-01, 2025/4/1, 2025.4.1 (one separator throughout)
    pattern: /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/,
    allowsTail: true,
    read: (m) => ({ form: 'ymd', year: num(m[1]), month: num(m[3]), day: num(m[4]) }),
  },
  {
    // 2025年4月1日
    pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    allowsTail: true,
    read: (m) => ({ form: 'ymd', year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  {
    // 20250401 (GA4)
    pattern: /^(\d{4})(\d{2})(\d{2})$/,
    allowsTail: false,
    read: (m) => ({ form: 'ymd', year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  {
    // 令和7年4月1日, R7年4月1日
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`),
    allowsTail: true,
    read: (m) => ({ form: 'era-ymd', era: m[1] ?? '', eraYear: eraYear(m[2]), month: num(m[3]), day: num(m[4]) }),
  },
  {
    // R7.4.1, H31/4/30, 令和7.4.1
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}([-/.])(\\d{1,2})\\3(\\d{1,2})`),
    allowsTail: true,
    read: (m) => ({ form: 'era-ymd', era: m[1] ?? '', eraYear: eraYear(m[2]), month: num(m[4]), day: num(m[5]) }),
  },
  {
    // Apr 1, 2025 · April 1 2025 · Tue, Apr 1, 2025
    pattern: new RegExp(`^(?:${WEEKDAY_NAME},?\\s+)?${MONTH_NAME}\\s*(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`),
    allowsTail: true,
    read: (m) => ({ form: 'ymd', year: num(m[3]), month: monthName(m[1]), day: num(m[2]) }),
  },
  {
    // 1 Apr 2025 · 1-Apr-2025 · Tuesday, 1 April 2025
    pattern: new RegExp(`^(?:${WEEKDAY_NAME},?\\s+)?(\\d{1,2})${ORDINAL}[\\s-]*${MONTH_NAME},?[\\s-]*(\\d{4})`),
    allowsTail: true,
    read: (m) => ({ form: 'ymd', year: num(m[3]), month: monthName(m[2]), day: num(m[1]) }),
  },
  {
    // 4/1/2025, 1-4-2025, 1.4.2025, 01-04-25 (order decided by the value, else by the caller)
    pattern: NUMERIC_DATE_HEAD,
    allowsTail: true,
    read: (m) => ({
      form: 'numeric',
      parts: { first: num(m[1]), second: num(m[3]), third: num(m[4]), shortYear: (m[4] ?? '').length === 2 },
    }),
  },
  {
    // 2025-04, 2025/4, 2025.04
    pattern: /^(\d{4})[-/.](\d{1,2})$/,
    allowsTail: false,
    read: (m) => ({ form: 'ym', year: num(m[1]), month: num(m[2]) }),
  },
  {
    // 2025年4月, 2025年4月分
    pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:分)?$/,
    allowsTail: false,
    read: (m) => ({ form: 'ym', year: num(m[1]), month: num(m[2]) }),
  },
  {
    // 202504 (GA4 "year month")
    pattern: /^(\d{4})(\d{2})$/,
    allowsTail: false,
    read: (m) => ({ form: 'ym', year: num(m[1]), month: num(m[2]) }),
  },
  {
    // 令和7年4月
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}\\s*年\\s*(\\d{1,2})\\s*月(?:分)?$`),
    allowsTail: false,
    read: (m) => ({ form: 'era-ym', era: m[1] ?? '', eraYear: eraYear(m[2]), month: num(m[3]) }),
  },
  {
    // R7.4
    pattern: new RegExp(`^${ERA}\\s*${ERA_YEAR}[-/.](\\d{1,2})$`),
    allowsTail: false,
    read: (m) => ({ form: 'era-ym', era: m[1] ?? '', eraYear: eraYear(m[2]), month: num(m[3]) }),
  },
  {
    // Apr 2025, April, 2025
    pattern: new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`),
    allowsTail: false,
    read: (m) => ({ form: 'ym', year: num(m[2]), month: monthName(m[1]) }),
  },
];

const QUICK_DATE = /^\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\s*$/;
/** A spreadsheet serial written as text (`45812`, `45812.5`): Excel writes General-formatted dates so. */
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const QUICK_COMPACT_DATE = /^\s*(\d{4})()(\d{2})(\d{2})\s*$/;

/** `(火)`, `(火曜日)`, `(tue)` after a date. */
const JAPANESE_WEEKDAY = /^\s*\(\s*(?:[月火水木金土日](?:曜日?)?|[a-z]{3,9}\.?)\s*\)/;
const CLOCK_TIME =
  /^(?:\s*t\s*|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|午前|午後)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/;
const KANJI_TIME = /^\s*(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分\s*(?:(\d{1,2})\s*秒)?)?$/;

interface TimeOfDay {
  readonly milliseconds: number;
  /** Minutes east of UTC when the text names a zone; the value is then an instant. */
  readonly zoneMinutes: number | null;
}

function hourOf(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return NaN;
  const afternoon = meridiem === 'pm' || meridiem === '午後';
  return (hour % 12) + (afternoon ? 12 : 0);
}

function timeMilliseconds(hour: number, minute: number, second: number): number | null {
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59)) return null;
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

function zoneMinutes(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (text === 'z' || text === 'utc' || text === 'gmt') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Reads the text after the date head; `undefined` when it is not a weekday and/or time. */
function readTail(tail: string): TimeOfDay | null | undefined {
  const rest = tail.replace(JAPANESE_WEEKDAY, '');
  if (rest.trim() === '') return null;
  const clock = CLOCK_TIME.exec(rest);
  if (clock) {
    const milliseconds = timeMilliseconds(hourOf(num(clock[1]), clock[4]), num(clock[2]), num(clock[3] ?? '0'));
    return milliseconds === null ? { milliseconds: NaN, zoneMinutes: null } : { milliseconds, zoneMinutes: zoneMinutes(clock[5]) };
  }
  const kanji = KANJI_TIME.exec(rest);
  if (kanji) {
    const milliseconds = timeMilliseconds(hourOf(num(kanji[2]), kanji[1]), num(kanji[3] ?? '0'), num(kanji[4] ?? '0'));
    return { milliseconds: milliseconds ?? NaN, zoneMinutes: null };
  }
  return undefined;
}

function civilDay(year: number, month: number, day: number): DayResult {
  if (!isValidCivilDate(year, month, day)) return { kind: 'invalid', reason: 'impossible_date' };
  if (!isPlausibleYear(year)) return { kind: 'invalid', reason: 'out_of_range' };
  return { kind: 'day', day: dayFromCivil(year, month, day), precision: 'day' };
}

function headDay(head: Head, options: ParseDayOptions): DayResult {
  switch (head.form) {
    case 'ymd':
      return civilDay(head.year, head.month, head.day);
    case 'ym':
      if (!isValidCivilDate(head.year, head.month, 1)) return { kind: 'invalid', reason: 'impossible_date' };
      return plausibleDay(dayFromCivil(head.year, head.month, 1), 'month');
    case 'era-ymd': {
      const result = eraDateToDay(head.era, head.eraYear, head.month, head.day);
      return result.kind === 'day' ? plausibleDay(result.day) : result;
    }
    case 'era-ym': {
      const result = eraMonthToDay(head.era, head.eraYear, head.month);
      return result.kind === 'day' ? plausibleDay(result.day, 'month') : result;
    }
    case 'numeric': {
      const order = orderForValue(head.parts, options.order);
      if (order === null) return { kind: 'invalid', reason: 'ambiguous_order' };
      const { year, month, day } = readInOrder(head.parts, order);
      return civilDay(year, month, day);
    }
  }
}

function withTime(day: DayNumber, time: TimeOfDay, zoneOffset: ZoneOffsetResolver): DayResult {
  if (time.zoneMinutes === null) return plausibleDay(day);
  const epoch = day * MILLISECONDS_PER_DAY + time.milliseconds - time.zoneMinutes * 60_000;
  return plausibleDay(instantToLocalDay(epoch, zoneOffset));
}

/**
 * Reads a date written as text (see the module comment for the forms).
 *
 * @example
 * parseDateText('令和7年4月1日(火)', () => 540)
 * //=> { kind: 'day', day: 20179, precision: 'day' }
 */
export function parseDateText(text: string, zoneOffset: ZoneOffsetResolver, options: ParseDayOptions = NO_DAY_OPTIONS): DayResult {
  // An empty cell is most cells of an optional date column (MQL日 of leads not yet MQL): no pattern needed.
  if (text === '') return BLANK_DAY;
  // Fast path for the commonest cells (`2025-04-01`, `2025/4/1`), skipping NFKC on large tabs.
  const quick = QUICK_DATE.exec(text) ?? QUICK_COMPACT_DATE.exec(text);
  if (quick) return civilDay(num(quick[1]), num(quick[3]), num(quick[4]));
  const normalized = text.normalize('NFKC').replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (normalized === '' || isBlankMarker(normalized)) return BLANK_DAY;
  if (SERIAL_TEXT.test(normalized)) return serialToDay(Number(normalized));
  for (const { pattern, allowsTail, read } of HEAD_PATTERNS) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const head = read(match);
    if (head === null) continue;
    const tail = normalized.slice(match[0].length);
    const time = allowsTail ? readTail(tail) : tail === '' ? null : undefined;
    if (time === undefined) continue;
    const result = headDay(head, options);
    if (result.kind !== 'day' || time === null) return result;
    if (Number.isNaN(time.milliseconds)) return { kind: 'invalid', reason: 'impossible_date' };
    return withTime(result.day, time, zoneOffset);
  }
  return { kind: 'invalid', reason: 'not_a_date' };
}
