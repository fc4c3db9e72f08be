/**
 * Cell arbitraries for the pipeline fuzzer. Each generated cell carries its meaning (`truth`), decided
 * here and never by the code under test: a day number, a number, "blank" or "invalid". The forms are
 * the ones design §3.3 and §4.4 promise to read, plus blanks, garbage and hostile text.
 */
import fc from 'fast-check';
import type { CellInput } from '../../src/local/workbook/fromTabs';

/** What a date cell means: days since 1970-01-01, or blank, or unreadable. */
export type DayTruth = { readonly kind: 'day'; readonly day: number } | { readonly kind: 'blank' } | { readonly kind: 'invalid' };
/** What a number cell means. */
export type NumberTruth = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'blank' } | { readonly kind: 'invalid' };

export interface Generated<T> {
  readonly cell: CellInput;
  readonly truth: T;
}

const DAY_MS = 86_400_000;
/** 2024-01-01 and 2025-12-31 as days since 1970-01-01. */
const FIRST_DAY = Date.UTC(2024, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;
/** Spreadsheet serial of 1970-01-01 (serials count from 1899-12-30). */
const SERIAL_OF_EPOCH = 25569;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** ASCII → full-width forms (what a Japanese IME types); NFKC folds them back. */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

/** Ways to write a calendar day (y, m, d are the true day's fields). */
const DAY_FORMS: readonly ((y: number, m: number, d: number, day: number) => CellInput)[] = [
  (y, m, d) => new Date(Date.UTC(y, m - 1, d)),
  (_y, _m, _d, day) => day + SERIAL_OF_EPOCH,
  (_y, _m, _d, day) => day + SERIAL_OF_EPOCH + 0.5, // noon
  (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
  (y, m, d) => `${y}/${m}/${d}`,
  (y, m, d) => `${y}年${m}月${d}日`,
  (y, m, d) => `${y}年${m}月${d}日(${WEEKDAYS_JA[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]})`,
  (y, m, d) => `${y}${pad(m)}${pad(d)}`,
  (y, m, d) => `令和${y - 2018}年${m}月${d}日`,
  (y, m, d) => `R${y - 2018}.${m}.${d}`,
  (y, m, d) => `${MONTHS_EN[m - 1]} ${d}, ${y}`,
  (y, m, d) => `${y}-${pad(m)}-${pad(d)} 13:45`,
  (y, m, d) => toFullWidth(`${y}-${pad(m)}-${pad(d)}`),
  (y, m, d) => toFullWidth(`${y}年${m}月${d}日`),
  (y, m, d) => ` ${y}/${pad(m)}/${pad(d)} `,
];

const INVALID_DATES: readonly CellInput[] = ['2025/02/30', '2025-13-01', '来週', 'abc', '=TODAY()', '令和1年4月1日', '2025-04-31', '0000-00-00'];
/**
 * A checkbox in a required date column is no date. In a stage date column the engine reads a flag
 * word (TRUE, 済, ○) as "reached, date unknown", which the spec leaves open, so stage dates never get one.
 */
const INVALID_REQUIRED_DATES: readonly CellInput[] = [...INVALID_DATES, true, false];
const BLANKS: readonly CellInput[] = ['', null, '  ', '　'];

/**
 * A day cell: mostly valid in one of many forms, sometimes blank or unreadable. `role` says whether
 * the column is a required date (checkboxes are garbage there) or a stage date (no checkboxes).
 */
export function dayCell(role: 'required' | 'stage', blankWeight = 1): fc.Arbitrary<Generated<DayTruth>> {
  const invalid = role === 'required' ? INVALID_REQUIRED_DATES : INVALID_DATES;
  const valid = fc
    .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 0, max: DAY_FORMS.length - 1 }))
    .map(([day, form]): Generated<DayTruth> => {
      const date = new Date(day * DAY_MS);
      const write = DAY_FORMS[form] ?? DAY_FORMS[0];
      return {
        cell: write!(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), day),
        truth: { kind: 'day', day },
      };
    });
  return fc.oneof(
    { arbitrary: valid, weight: 8 },
    { arbitrary: fc.constantFrom(...BLANKS).map((cell): Generated<DayTruth> => ({ cell, truth: { kind: 'blank' } })), weight: blankWeight },
    { arbitrary: fc.constantFrom(...invalid).map((cell): Generated<DayTruth> => ({ cell, truth: { kind: 'invalid' } })), weight: 1 },
  );
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Ways to write a non-negative whole amount. */
const AMOUNT_FORMS: readonly ((n: number) => CellInput)[] = [
  (n) => n,
  (n) => String(n),
  (n) => grouped(n),
  (n) => `¥${grouped(n)}`,
  (n) => `￥${grouped(n)}`,
  (n) => `${grouped(n)}円`,
  (n) => `JPY ${n}`,
  (n) => toFullWidth(grouped(n)),
  (n) => ` ${grouped(n)} `,
];

/** Ways to write a negative amount −n. */
const NEGATIVE_FORMS: readonly ((n: number) => CellInput)[] = [
  (n) => -n,
  (n) => `-${grouped(n)}`,
  (n) => `▲${grouped(n)}`,
  (n) => `△${grouped(n)}`,
  (n) => `(${grouped(n)})`,
  (n) => `−${grouped(n)}`,
  (n) => `-¥${grouped(n)}`,
];

const BLANK_NUMBERS: readonly CellInput[] = ['', null, ' ', '--', '-', '—', 'n/a', 'N/A', '(not set)'];
const INVALID_NUMBERS: readonly CellInput[] = ['abc', '1,2,3', '12a', '1.2.3', true, false, '=1+1', '¥¥1', '1 2', '@x', '<b>1</b>'];

function blankNumber(): fc.Arbitrary<Generated<NumberTruth>> {
  return fc.constantFrom(...BLANK_NUMBERS).map((cell): Generated<NumberTruth> => ({ cell, truth: { kind: 'blank' } }));
}

function invalidNumber(): fc.Arbitrary<Generated<NumberTruth>> {
  return fc.constantFrom(...INVALID_NUMBERS).map((cell): Generated<NumberTruth> => ({ cell, truth: { kind: 'invalid' } }));
}

/** A money cell (cost, amount): whole yen in many forms, 万 units, negatives (refunds), blanks, garbage. */
export function moneyCell(): fc.Arbitrary<Generated<NumberTruth>> {
  const positive = fc
    .tuple(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: AMOUNT_FORMS.length - 1 }))
    .map(([n, form]): Generated<NumberTruth> => ({ cell: AMOUNT_FORMS[form]!(n), truth: { kind: 'number', value: n } }));
  const man = fc
    .integer({ min: 1, max: 500 })
    .map((tenths): Generated<NumberTruth> => ({ cell: `${tenths / 10}万`, truth: { kind: 'number', value: tenths * 1000 } }));
  const negative = fc
    .tuple(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 0, max: NEGATIVE_FORMS.length - 1 }))
    .map(([n, form]): Generated<NumberTruth> => ({ cell: NEGATIVE_FORMS[form]!(n), truth: { kind: 'number', value: -n } }));
  return fc.oneof(
    { arbitrary: positive, weight: 10 },
    { arbitrary: man, weight: 1 },
    { arbitrary: negative, weight: 1 },
    { arbitrary: blankNumber(), weight: 2 },
    { arbitrary: invalidNumber(), weight: 2 },
  );
}

/** A count cell (impressions, clicks, sessions): never negative. */
export function countCell(): fc.Arbitrary<Generated<NumberTruth>> {
  const forms: readonly ((n: number) => CellInput)[] = [(n) => n, (n) => String(n), (n) => grouped(n), (n) => toFullWidth(String(n))];
  const valid = fc
    .tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: forms.length - 1 }))
    .map(([n, form]): Generated<NumberTruth> => ({ cell: forms[form]!(n), truth: { kind: 'number', value: n } }));
  return fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: blankNumber(), weight: 2 }, { arbitrary: invalidNumber(), weight: 1 });
}

/**
 * Labels (channels, campaigns, deal IDs): ordinary ones and hostile ones. None starts with `#` or is
 * a total word: those rows are structure by design §3.2, and the recount would have to know it.
 */
export const HOSTILE_TEXT: readonly string[] = [
  '=IMPORTXML("http://x","//a")',
  '=HYPERLINK("http://evil.example","x")',
  '+81',
  '-foo',
  '@x',
  '＝1+1',
  '<img src=x onerror=alert(1)>',
  "'quoted",
  '\t=1+1',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '1,234',
  '2025-04',
  'TRUE',
  'Total Care',
  '(not set)',
  '--',
  'null',
  'NaN',
  '🙂絵文字',
  'e\u0301',
  'あ'.repeat(300),
];

const ORDINARY_LABELS: readonly string[] = ['Google広告', 'Yahoo!広告', '展示会', '紹介', 'Web', 'web', ' Web ', 'ＷＥＢ', 'Organic Search', 'メルマガ'];

export function labelCell(): fc.Arbitrary<CellInput> {
  return fc.oneof(
    { arbitrary: fc.constantFrom<CellInput>(...ORDINARY_LABELS), weight: 6 },
    { arbitrary: fc.constantFrom<CellInput>(...HOSTILE_TEXT), weight: 3 },
    { arbitrary: fc.constantFrom<CellInput>('', null), weight: 1 },
  );
}

/** Lead IDs from a small pool, so duplicates and deal links happen; `null` truth = blank ID. */
export const LEAD_IDS: readonly string[] = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', '__proto__', 'constructor', '=1+1', 'ｌ７'];

export function leadIdCell(): fc.Arbitrary<Generated<string | null>> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...LEAD_IDS).map((id): Generated<string | null> => ({ cell: id, truth: id })), weight: 9 },
    { arbitrary: fc.constant<Generated<string | null>>({ cell: '', truth: null }), weight: 1 },
  );
}

/** A deal's lead ID: one of the leads' pool, or one no lead has. */
export function dealLeadIdCell(): fc.Arbitrary<Generated<string | null>> {
  return fc.oneof(
    { arbitrary: leadIdCell(), weight: 5 },
    { arbitrary: fc.constant<Generated<string | null>>({ cell: 'L99', truth: 'L99' }), weight: 1 },
  );
}

/** Flag cells (design §3.2): reached, not reached, or a value nobody defined (not reached). */
export type FlagTruth = 'yes' | 'no' | 'unknown';

const FLAG_YES: readonly CellInput[] = ['1', 'TRUE', 'true', 'はい', '済', '有', '○', '◯', '✓', 'Yes', 'Y', true];
const FLAG_NO: readonly CellInput[] = ['0', 'FALSE', 'いいえ', '無', '×', 'No', 'N', '', false];
const FLAG_UNKNOWN: readonly CellInput[] = ['maybe', '保留', '=1+1', '?'];

export function flagCell(): fc.Arbitrary<Generated<FlagTruth>> {
  return fc.oneof(
    fc.constantFrom(...FLAG_YES).map((cell): Generated<FlagTruth> => ({ cell, truth: 'yes' })),
    fc.constantFrom(...FLAG_NO).map((cell): Generated<FlagTruth> => ({ cell, truth: 'no' })),
    fc.constantFrom(...FLAG_UNKNOWN).map((cell): Generated<FlagTruth> => ({ cell, truth: 'unknown' })),
  );
}

/** How far a status word takes a lead, for the totals the recount checks (design §3.2). */
export type StatusTruth = 'none' | 'opportunity' | 'won';

const STATUS_WORDS: readonly (readonly [CellInput, StatusTruth])[] = [
  ['リード', 'none'],
  ['Lead', 'none'],
  ['新規', 'none'],
  ['MQL', 'none'],
  ['SQL', 'none'],
  ['Marketing Qualified Lead', 'none'],
  ['商談', 'opportunity'],
  ['商談中', 'opportunity'],
  ['Opportunity', 'opportunity'],
  ['提案', 'opportunity'],
  ['見積', 'opportunity'],
  ['失注', 'opportunity'],
  ['Closed Lost', 'opportunity'],
  ['受注', 'won'],
  ['成約', 'won'],
  ['Closed Won', 'won'],
  ['Customer', 'won'],
  ['顧客', 'won'],
  ['', 'none'],
  ['保留', 'none'],
  ['=1+1', 'none'],
];

export function statusCell(): fc.Arbitrary<Generated<StatusTruth>> {
  return fc.constantFrom(...STATUS_WORDS).map(([cell, truth]) => ({ cell, truth }));
}

/** A deal's outcome from its stage cell (blank and unknown stages are open deals). */
export type OutcomeTruth = 'open' | 'won' | 'lost';

const STAGE_WORDS: readonly (readonly [CellInput, OutcomeTruth])[] = [
  ['受注', 'won'],
  ['成約', 'won'],
  ['Closed Won', 'won'],
  ['closedwon', 'won'],
  ['失注', 'lost'],
  ['Closed Lost', 'lost'],
  ['closedlost', 'lost'],
  ['商談中', 'open'],
  ['提案', 'open'],
  ['見積', 'open'],
  ['', 'open'],
];

export function stageCell(): fc.Arbitrary<Generated<OutcomeTruth>> {
  return fc.constantFrom(...STAGE_WORDS).map(([cell, truth]) => ({ cell, truth }));
}
