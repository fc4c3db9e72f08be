/**
 * What the sidebar may receive from the server, checked value by value (the types of
 * src/shared/rpc.ts at run time): a result of the declared shape, or a typed error whose message is
 * written for the user. Each check returns the problems found (empty = fine), with the path.
 */
import { TAB_KINDS } from '../../src/core/model/types';
import { CHANNEL_GROUP_IDS } from '../../src/core/model/breakdowns';

type Check = (value: unknown, path: string, problems: string[]) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** No string in a result may echo a huge argument: the attack workbook's cells are all short. */
export const MAX_RESULT_STRING = 2_000;

const string: Check = (value, path, problems) => {
  if (typeof value !== 'string') problems.push(`${path}: not a string`);
  else if (value.length > MAX_RESULT_STRING) problems.push(`${path}: ${value.length} characters`);
};
const finite: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`${path}: not a finite number (${String(value)})`);
};
const boolean: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push(`${path}: not a boolean`);
};
const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (value, path, problems) => {
    if (!allowed.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed)}`);
  };
const nullable =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };
const optional =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== undefined) check(value, path, problems);
  };
const arrayOf =
  (check: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) problems.push(`${path}: not an array`);
    else value.forEach((item, index) => check(item, `${path}[${index}]`, problems));
  };
const record =
  (fields: Readonly<Record<string, Check>>, open = false): Check =>
  (value, path, problems) => {
    if (!isObject(value)) {
      problems.push(`${path}: not an object`);
      return;
    }
    for (const [key, check] of Object.entries(fields)) check(value[key], `${path}.${key}`, problems);
    if (!open) for (const key of Object.keys(value)) if (!(key in fields)) problems.push(`${path}: unexpected key ${JSON.stringify(key)}`);
  };
const dictionary =
  (check: Check): Check =>
  (value, path, problems) => {
    if (!isObject(value)) problems.push(`${path}: not an object`);
    else for (const [key, item] of Object.entries(value)) check(item, `${path}[${JSON.stringify(key)}]`, problems);
  };
const columnIndex: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) problems.push(`${path}: not a column index (${String(value)})`);
};

const language = oneOf('ja', 'en');
const kind = oneOf(...TAB_KINDS);

const mapping = record(
  {
    tab: string,
    kind: nullable(kind),
    headerRow: columnIndex,
    columns: dictionary(columnIndex),
    channel: optional(string),
    wideMetrics: optional(dictionary(string)),
    period: optional(record({ from: string, to: string })),
  },
  false
);

/** SettingsInput: only its keys, each of its declared type. */
const settings = record({
  view: optional(oneOf('cohort', 'period')),
  language: optional(language),
  currency: optional(string),
  from: optional(string),
  to: optional(string),
  grossMargin: optional(nullable(finite)),
  expectedPurchases: optional(nullable(finite)),
  scoreBands: optional(nullable(arrayOf(finite))),
  channelGroups: optional(nullable(dictionary(oneOf(...CHANNEL_GROUP_IDS)))),
  attributeColumns: optional(nullable(arrayOf(string))),
  targetRevenue: optional(
    nullable((value, path, problems) => (typeof value === 'number' ? finite(value, path, problems) : string(value, path, problems)))
  ),
  targetCustomers: optional(
    nullable((value, path, problems) => (typeof value === 'number' ? finite(value, path, problems) : string(value, path, problems)))
  ),
});

const columnView = record({ label: string, samples: arrayOf(string) });

const tabView = record({
  name: string,
  rowCount: columnIndex,
  detectedKind: nullable(kind),
  confidence: (value, path, problems) => {
    finite(value, path, problems);
    if (typeof value === 'number' && (value < 0 || value > 1)) problems.push(`${path}: ${value} outside 0..1`);
  },
  mapping,
  columns: arrayOf(columnView),
  suggestions: arrayOf(record({ kind, mapping, columns: optional(arrayOf(columnView)) })),
  closest: nullable(record({ kind, missing: arrayOf(string) })),
  empty: boolean,
});

export const sidebarState = record({
  language,
  tabs: arrayOf(tabView),
  settings,
  kinds: arrayOf(record({ kind, label: string, fields: arrayOf(record({ field: string, label: string, required: boolean })) })),
  saved: boolean,
});

const warningView = record({ tab: nullable(string), row: nullable(columnIndex), field: nullable(string), code: nullable(string), message: string });

const resultTextFields = {
  language,
  headline: arrayOf(record({ label: string, value: string })),
  links: optional(arrayOf(string)),
  warnings: arrayOf(warningView),
  notes: arrayOf(string),
  period: record({ from: string, to: string, undated: optional(oneOf(true)) }),
  asOf: string,
};

export const resultText = record(resultTextFields);

export const generateResult = record({
  ...resultTextFields,
  sheets: arrayOf(string),
  summarySheet: string,
  channels: record({
    entries: arrayOf(record({ channel: string, groupId: oneOf(...CHANNEL_GROUP_IDS), rule: string, rows: columnIndex, tabs: arrayOf(string) })),
    more: columnIndex,
  }),
});

/** The result each server function must return (undefined for the one that returns nothing). */
export const RESULT_SHAPES: Readonly<Record<string, Check>> = {
  sidebarGetState: sidebarState,
  sidebarSaveSetup: sidebarState,
  sidebarInsertSampleData: sidebarState,
  sidebarGenerate: generateResult,
  sidebarTranslateResult: resultText,
  sidebarActivateSheet: (value, path, problems) => {
    if (value !== undefined && value !== null) problems.push(`${path}: expected nothing`);
  },
  // The JSON entry points (not ServerApi) answer with the summary: checked for being JSON only.
  getFunnelSummary: (value, path, problems) => {
    if (!isObject(value)) problems.push(`${path}: not an object`);
  },
  generateFunnelReport: (value, path, problems) => {
    if (!isObject(value)) problems.push(`${path}: not an object`);
  },
};

export function shapeProblems(check: Check, value: unknown): string[] {
  const problems: string[] = [];
  check(value, 'result', problems);
  return problems;
}

/** The engine's typed error codes (src/core/pipeline/errors.ts): what the sidebar shows as a message. */
export const TYPED_CODES = ['invalid_settings', 'no_usable_tab', 'busy', 'report_locked', 'setup_not_saved'];

/** Text that must never reach the user: platform error names, stack frames, JavaScript's own words. */
export const RAW_ERROR_TEXT = /TypeError|RangeError|ReferenceError|SyntaxError|InternalError|Maximum call stack|Cannot read|Cannot convert|is not a function|is not iterable|is not defined|of undefined|of null|\bundefined\b|\[object \w+\]|\bNaN\b|^\s*at\s|\(.*:\d+:\d+\)|node:internal/m;

/** Problems of a thrown value as the sidebar would show it: a typed error, worded, short lines. */
export function errorProblems(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [`threw a ${typeof error}: ${String(error)}`];
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  const problems: string[] = [];
  if (name !== 'FunnelError' || typeof code !== 'string' || !TYPED_CODES.includes(code)) problems.push(`not a typed error: ${String(name)} ${String(code)}`);
  if (typeof message !== 'string' || message.trim() === '') problems.push('no message');
  else {
    // What the user typed may be quoted back ("NaN", 「undefined」): only the message's own words count.
    const ownWords = message.replace(/「[^」]*」|"[^"]*"/g, '""');
    if (RAW_ERROR_TEXT.test(ownWords)) problems.push(`raw error text in the message: ${message.slice(0, 300)}`);
    const long = message.split('\n').find((line) => line.length > 600);
    if (long !== undefined) problems.push(`a message line of ${long.length} characters`);
    if (message.split('\n').length > 30) problems.push(`${message.split('\n').length} message lines`);
  }
  return problems;
}
