/**
 * Hostile arguments for the sidebar's server functions (ServerApi, src/shared/rpc.ts), as fast-check
 * arbitraries. A caller of google.script.run can send any JSON-like value, not only what the
 * sidebar builds: wrong types, huge strings, `__proto__` / `constructor` keys (JSON.parse makes them
 * own properties), NaN and Infinity, deep nesting, tab names that do not exist or that collide with
 * report sheets, long Unicode and text that would start a formula. Values are plain host-realm
 * data; {@link intoRealm} copies them into the bundle's realm, as the platform deserialises them
 * there.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import { TAB_KINDS, FIELDS_BY_KIND } from '../../src/core/model/types';
import type { BundleContext } from '../../src/local/runtime';

/** Nesting built on copy (a generated 5,000-deep value would overflow fast-check's own shrinker). */
export class Deep {
  constructor(
    readonly depth: number,
    readonly shape: 'object' | 'array' | 'proto'
  ) {}

  [fc.toStringMethod](): string {
    return `Deep(${this.depth}, ${this.shape})`;
  }
}

/** A huge string, built on copy (so that a counterexample prints as `Huge("x", 1048576)`, not a megabyte). */
export class Huge {
  constructor(
    readonly unit: string,
    readonly count: number
  ) {}

  get text(): string {
    return this.unit.repeat(this.count);
  }

  [fc.toStringMethod](): string {
    return `Huge(${JSON.stringify(this.unit)}, ${this.count})`;
  }
}

/** One mebibyte of text, and long Unicode (astral characters, combining marks, RTL, bidi controls). */
export const HUGE = new Huge('x', 1 << 20);
export const HUGE_UNICODE = new Huge('𠮷\u0301\u202e表\uFE0F', 50_000);
export const LONG_UNICODE = 'ファネル\u0308🧪\u200d\u202eabc'.repeat(30);

/** Text a spreadsheet would read as a formula, including the Unicode forms of issue 16 class 1. */
export const FORMULA_TEXT = [
  '=1+1',
  '=HYPERLINK("https://example.invalid","x")',
  '=IMPORTXML("https://example.invalid","//a")',
  '+SUM(A1:A2)',
  '-1+1',
  '@A1',
  '\t=1',
  '\r=1',
  '=\u0338',
  '=\u20d2x',
  '＝1+1',
  '\ufeff=1',
  "'=1",
];

/** Keys that reach prototypes or shadow Object methods. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'length', '0', ''];

const strangeNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 18278, 1e9);

const strangeString = fc.oneof(
  fc.constantFrom(HUGE, HUGE_UNICODE, LONG_UNICODE, '', ' ', '\u0000', 'null', 'undefined', 'NaN', '[object Object]', ...FORMULA_TEXT, ...HOSTILE_KEYS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 })
);

const deep = fc.tuple(fc.constantFrom(64, 2_000, 20_000), fc.constantFrom<Deep['shape']>('object', 'array', 'proto')).map(([depth, shape]) => new Deep(depth, shape));

/** An object whose keys include the hostile ones (JSON.parse gives `__proto__` as an own key). */
function objectOf(value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 })), value), { maxLength: 4 })
    .map((entries) => {
      const object: Record<string, unknown> = {};
      for (const [key, entry] of entries) Object.defineProperty(object, key, { value: entry, enumerable: true, writable: true, configurable: true });
      return object;
    });
}

/** Any value a caller could send, nested a little. */
export const anything: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, undefined, true, false),
    strangeNumber,
    fc.double(),
    strangeString,
    deep,
    fc.array(tie('value'), { maxLength: 4 }),
    objectOf(tie('value'))
  ),
})).value;

/** Tab names of the attack workbook, report names, names that do not exist. */
export const REPORT_NAMES = ['ファネル概要', 'Funnel summary', 'チャネル別', '月次推移', 'KPIガイド', '~funnel-kpi 1 summary'];
export const tabName = fc.oneof(
  fc.constantFrom('広告', 'リード', '商談', 'メモ', '__proto__', 'constructor', 'toString', ...REPORT_NAMES, 'ない', 'リード '),
  strangeString,
  anything
);

export const language = fc.oneof(fc.constantFrom('ja', 'en', null), anything);

const kind = fc.oneof(fc.constantFrom(...TAB_KINDS, null), anything);
const field = fc.oneof(fc.constantFrom(...new Set(Object.values(FIELDS_BY_KIND).flat())), fc.constantFrom(...HOSTILE_KEYS));
const column = fc.oneof(fc.nat({ max: 8 }), strangeNumber, anything);

/** A mapping shaped like the sidebar's, with hostile parts. */
export const mapping = fc.oneof(
  fc.record(
    {
      tab: tabName,
      kind,
      headerRow: column,
      columns: fc.oneof(fc.dictionary(field, column, { maxKeys: 5 }), anything),
      channel: fc.oneof(strangeString, anything),
      wideMetrics: fc.oneof(fc.dictionary(fc.oneof(fc.nat({ max: 5 }).map(String), field), fc.oneof(fc.constantFrom('leads', 'revenue', 'won'), anything), { maxKeys: 3 }), anything),
      period: anything,
    },
    { requiredKeys: ['tab', 'kind', 'headerRow', 'columns'] }
  ),
  anything
);

/** Settings with every field of SettingsInput possibly hostile, plus keys it does not have. */
export const settings = fc.oneof(
  fc.record(
    {
      view: fc.oneof(fc.constantFrom('cohort', 'period'), anything),
      language: fc.oneof(fc.constantFrom('ja', 'en'), anything),
      currency: fc.oneof(fc.constantFrom('JPY', 'USD', 'usd', '円'), strangeString, anything),
      from: fc.oneof(fc.constantFrom('2025-04-01', '2025-02-30', '0000-01-01', '9999-12-31', '2025-4-1'), strangeString, anything),
      to: fc.oneof(fc.constantFrom('2025-04-30', '1900-01-01', '2099-12-31'), strangeString, anything),
      grossMargin: fc.oneof(fc.constantFrom(0.7, 70, '70%', 0, 101), strangeNumber, anything),
      expectedPurchases: fc.oneof(fc.constantFrom(3, 0, -1), strangeNumber, anything),
      scoreBands: fc.oneof(fc.constant([0, 50, 80]), fc.array(fc.oneof(strangeNumber, anything), { maxLength: 5 }), anything),
      // Keys are real strings (a marker cannot be a key): a long one stands for the huge ones.
      channelGroups: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...FORMULA_TEXT, 'Google広告', '展示会', 'k'.repeat(5_000), LONG_UNICODE), fc.string({ maxLength: 12 })), fc.oneof(fc.constantFrom('paid_search', 'events', '有料検索', 'nope'), anything), { maxKeys: 4 }), anything),
      attributeColumns: fc.oneof(fc.array(fc.oneof(fc.constantFrom('流入元', '__proto__', 'constructor'), strangeString), { maxLength: 4 }), anything),
      targetRevenue: fc.oneof(fc.constantFrom(84_000_000, '8400万', '¥84,000,000', '1e400', 1e300, 1e16, 2 ** 70), strangeNumber, strangeString, anything),
      targetCustomers: fc.oneof(fc.constantFrom(12, '12', 0.5), strangeNumber, anything),
      __proto__: anything,
      constructor: anything,
      extra: anything,
    },
    { requiredKeys: [] }
  ),
  anything
);

/** Text a setting may legitimately hold (at most 200 characters) that is hostile all the same. */
const hostileShortText = fc.oneof(fc.constantFrom(...FORMULA_TEXT, ...HOSTILE_KEYS.filter((key) => key !== ''), LONG_UNICODE.slice(0, 190), '<img src=x onerror=alert(1)>', '山田太郎', 'taro@example.com'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }));

/**
 * A mapping the boundary accepts, at its extremes: a real tab (or a report's, or none), any kind,
 * header rows and columns up to the last column Sheets has, a hostile channel name.
 */
const extremeMapping = fc.record(
  {
    tab: fc.constantFrom('広告', 'リード', 'メモ', '__proto__', 'constructor', 'ファネル概要', 'ない'),
    kind: fc.constantFrom(...TAB_KINDS, null),
    headerRow: fc.oneof(fc.nat({ max: 4 }), fc.constantFrom(99, 18_277)),
    columns: fc.dictionary(fc.constantFrom(...new Set(Object.values(FIELDS_BY_KIND).flat())), fc.oneof(fc.nat({ max: 7 }), fc.constantFrom(18_277)), { maxKeys: 6 }),
    channel: hostileShortText,
  },
  { requiredKeys: ['tab', 'kind', 'headerRow', 'columns'] }
);

/** Settings the boundary accepts, at their extremes. */
const extremeSettings = fc.record(
  {
    view: fc.constantFrom('cohort', 'period'),
    language: fc.constantFrom('ja', 'en'),
    currency: fc.constantFrom('JPY', 'USD', 'XXX', 'EUR', 'usd'),
    from: fc.constantFrom('1900-01-01', '1900-02-28', '2025-04-02', '2025-04-05', '2200-12-31'),
    to: fc.constantFrom('2025-04-03', '2099-12-31', '2200-12-31'),
    grossMargin: fc.constantFrom(1e-300, 0.000001, 1, '100%'),
    expectedPurchases: fc.constantFrom(1e-300, 1e308, Number.MAX_VALUE, 0.5),
    scoreBands: fc.constantFrom([-1e308, 1e308], [0], [-0.5, 0, 1e15]),
    channelGroups: fc.dictionary(hostileShortText, fc.constantFrom('paid_search', 'events', 'Events', '有料検索', 'unassigned'), { maxKeys: 5 }),
    attributeColumns: fc.array(hostileShortText, { maxLength: 5 }),
    targetRevenue: fc.constantFrom(1e300, Number.MAX_VALUE, Number.MIN_VALUE, '1e300', '9'.repeat(300), '0.0000001', 84_000_000),
    targetCustomers: fc.constantFrom(1e300, Number.MIN_VALUE, 1e-9, 3),
  },
  { requiredKeys: [] }
).map((raw) => {
  // One target at a time (both is a refusal the hostile settings already cover).
  const { targetCustomers, ...rest } = raw;
  return rest.targetRevenue === undefined && targetCustomers !== undefined ? { ...rest, targetCustomers } : rest;
});

/** A SavedSetup, usually shaped like one, with hostile parts; or one the boundary accepts at its extremes. */
export const setup = fc.oneof(
  { weight: 3, arbitrary: fc.record({ mappings: fc.oneof(fc.array(mapping, { maxLength: 6 }), anything), settings }, { requiredKeys: [] }) },
  { weight: 3, arbitrary: fc.record({ mappings: fc.uniqueArray(extremeMapping, { maxLength: 5, selector: (entry) => entry.tab }), settings: extremeSettings }) },
  { weight: 1, arbitrary: anything }
);

/** A call of one server function with hostile arguments (extra arguments included). */
export type RpcCall = { readonly name: string; readonly args: readonly unknown[] };

export const rpcCall: fc.Arbitrary<RpcCall> = fc.oneof(
  { arbitrary: fc.tuple(language).map((args) => ({ name: 'sidebarGetState', args })), weight: 2 },
  { arbitrary: fc.tuple(setup).map((args) => ({ name: 'sidebarSaveSetup', args })), weight: 4 },
  { arbitrary: fc.tuple(setup).map((args) => ({ name: 'sidebarGenerate', args })), weight: 4 },
  { arbitrary: fc.tuple(setup, language).map((args) => ({ name: 'sidebarTranslateResult', args })), weight: 2 },
  { arbitrary: fc.tuple(tabName).map((args) => ({ name: 'sidebarActivateSheet', args })), weight: 2 },
  // The sample adds 1,500 leads, which makes every later call of the run slow: rare.
  { arbitrary: fc.tuple(language).map((args) => ({ name: 'sidebarInsertSampleData', args })), weight: 1 },
  { arbitrary: fc.array(anything, { maxLength: 3 }).map((args) => ({ name: 'sidebarGetState', args })), weight: 1 },
  // Not a call: a setup left in the document's properties by an older version or edited by hand.
  { arbitrary: fc.tuple(fc.constantFrom('v1', 'v2'), settings, fc.oneof(fc.array(mapping, { maxLength: 3 }), anything)).map((args) => ({ name: '(stored setup)', args })), weight: 1 },
  // Not in ServerApi, but top-level functions google.script.run reaches just the same.
  {
    arbitrary: fc
      .tuple(fc.oneof(fc.record({ settings, mappings: fc.oneof(fc.array(mapping, { maxLength: 4 }), anything), withSummary: anything }, { requiredKeys: [] }), anything))
      .map((args) => ({ name: 'getFunnelSummary', args })),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.oneof(fc.record({ settings, mappings: fc.array(mapping, { maxLength: 4 }), notices: anything, withSummary: anything }, { requiredKeys: [] }), anything))
      .map((args) => ({ name: 'generateFunnelReport', args })),
    weight: 2,
  }
);

/** A short, printable description of an argument (huge strings and deep values abbreviated). */
export function describeValue(value: unknown, depth = 0): string {
  if (value instanceof Deep) return `Deep(${value.depth}, ${value.shape})`;
  if (value instanceof Huge) return `Huge(${JSON.stringify(value.unit)}, ${value.count})`;
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 20))}…(${value.length} chars)` : JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return String(value);
  if (depth > 4) return '…';
  if (Array.isArray(value)) return `[${value.map((item) => describeValue(item, depth + 1)).join(', ')}]`;
  return `{${Object.keys(value)
    .map((key) => `${JSON.stringify(key)}: ${describeValue((value as Record<string, unknown>)[key], depth + 1)}`)
    .join(', ')}}`;
}

/**
 * Copies a host value into the bundle's realm: arrays and objects become the realm's, keys are
 * defined as own properties (as JSON.parse defines `__proto__`), deep values are built there.
 */
export function intoRealm(context: BundleContext, value: unknown): unknown {
  const RealmObject = vm.runInContext('Object', context) as ObjectConstructor;
  const RealmArray = vm.runInContext('Array', context) as ArrayConstructor;
  const copy = (item: unknown): unknown => {
    if (item instanceof Huge) return item.text;
    if (item instanceof Deep) {
      let built: unknown = new RealmObject();
      for (let i = 0; i < item.depth; i += 1) {
        if (item.shape === 'array') {
          const next = new RealmArray();
          next.push(built);
          built = next;
        } else {
          const next = new RealmObject() as Record<string, unknown>;
          RealmObject.defineProperty(next, item.shape === 'proto' ? '__proto__' : 'a', { value: built, enumerable: true, writable: true, configurable: true });
          built = next;
        }
      }
      return built;
    }
    if (Array.isArray(item)) {
      const array = new RealmArray();
      for (const entry of item) array.push(copy(entry));
      return array;
    }
    if (item !== null && typeof item === 'object') {
      const object = new RealmObject();
      for (const key of Object.keys(item)) {
        RealmObject.defineProperty(object, key, { value: copy((item as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    return item;
  };
  return copy(value);
}
