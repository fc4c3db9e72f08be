/**
 * Command-line options of `npm run report` (design §9). Parsing never exits: it returns the options
 * or the problems, and the caller decides (exit code 2 for bad arguments).
 */
import type { Language } from '../../core/model/types';
import type { SettingsInput } from '../../shared/rpc';
import { ARG_MESSAGES, shownArgument } from './messages';

export interface ReportOptions {
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly json: string | null;
  readonly timeZone: string;
  /** The spreadsheet's locale: orders date columns whose values could be day first or month first. */
  readonly locale: string;
  readonly settings: SettingsInput;
  /** `--channels`: the user's channel mapping file (read by the runner, design §4.6). */
  readonly channels: string | null;
}

export type ArgsResult = { readonly ok: true; readonly options: ReportOptions } | { readonly ok: false; readonly problems: readonly string[] };

export const USAGE = `Usage: npm run report -- --input <file.xlsx | file.csv … | folder> [options]

  --input <path…>            an .xlsx workbook, one or more .csv files, or a folder of .csv files
  --out <report.xlsx>        write the input tabs plus the report sheets as .xlsx
  --json <summary.json>      write the funnel summary as JSON
  --from YYYY-MM-DD          first day of the period (default: earliest date in the data)
  --to YYYY-MM-DD            last day of the period (default: latest date in the data)
  --view cohort|period       cohort (default): leads created in the period; period: stages by the date they happened
  --lang ja|en               language of the report and messages (default: ja)
  --tz <zone>                the spreadsheet's time zone (default: Asia/Tokyo)
  --locale <locale>          the spreadsheet's locale, e.g. ja_JP, en_US, en_GB: the order of dates
                             such as 4/5/2025 when no value in the column decides it
                             (default: ja_JP, or en_US with --lang en)
  --currency <code>          currency for money formats (default: JPY)
  --gross-margin <0..1>      gross margin, for LTV
  --expected-purchases <n>   expected purchases per customer, for LTV
  --channels <mapping.csv>   your channel mapping: "channel value,group" per row (group by name or id, e.g. 有料検索 or paid_search)
  --target-revenue <n>       the plan's target revenue (overrides the targets tab)
  --target-customers <n>     the plan's target number of new customers (instead of revenue)`;

const VALUE_OPTIONS = new Set(['--out', '--json', '--from', '--to', '--view', '--lang', '--tz', '--locale', '--currency', '--gross-margin', '--expected-purchases', '--channels', '--target-revenue', '--target-customers']);

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * True for a locale written as Sheets names them (language_COUNTRY) whose language and country are
 * ones there are: `ja_JP`, `en_GB`, `fil`, not `xx_XX` or `en-US.UTF-8`.
 *
 * @example
 * ['ja_JP', 'en', 'xx_XX', 'ja-JP'].map(isKnownLocale)
 * //=> [true, true, false, false]
 */
export function isKnownLocale(locale: string): boolean {
  const match = /^([a-z]{2,3})(?:_([A-Z]{2}))?$/.exec(locale);
  if (!match) return false;
  const [, language = '', region] = match;
  const knownLanguage = LANGUAGE_NAMES.of(language) !== language;
  const knownRegion = region === undefined || (region !== 'ZZ' && REGION_NAMES.of(region) !== region);
  return knownLanguage && knownRegion;
}

/** Reads a number option; text that is not a plain decimal is kept as text so validation reports it. */
function numberOrText(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/** The language the parser words its problems in: `--lang en` asks for English, anything else Japanese. */
function argumentsLanguage(argv: readonly string[]): Language {
  const index = argv.lastIndexOf('--lang');
  return index >= 0 && argv[index + 1] === 'en' ? 'en' : 'ja';
}

/**
 * Parses `process.argv.slice(2)`. Problems are worded in the language `--lang` asks for.
 *
 * @example
 * parseReportArgs(['--input', 'a.csv', '--view', 'period']).ok
 * //=> true
 */
export function parseReportArgs(argv: readonly string[]): ArgsResult {
  const language = argumentsLanguage(argv);
  const problems: string[] = [];
  const inputs: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--input') {
      let taken = 0;
      while (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--')) {
        inputs.push(argv[i + 1] ?? '');
        i += 1;
        taken += 1;
      }
      if (taken === 0) problems.push(ARG_MESSAGES.inputNeedsFile[language]);
    } else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) problems.push(ARG_MESSAGES.needsValue[language](arg));
      else {
        // The same option twice with two values: neither is dropped silently.
        const earlier = values.get(arg);
        if (earlier !== undefined && earlier !== value) problems.push(ARG_MESSAGES.givenTwice[language](arg, shownArgument(earlier), shownArgument(value)));
        values.set(arg, value);
        i += 1;
      }
    } else {
      problems.push(ARG_MESSAGES.unknown[language](shownArgument(arg)));
    }
  }
  if (inputs.length === 0 && argv.includes('--input') === false) problems.push(ARG_MESSAGES.inputRequired[language]);
  const lang = values.get('--lang');
  if (lang !== undefined && lang !== 'ja' && lang !== 'en') problems.push(ARG_MESSAGES.lang[language](shownArgument(lang)));
  const view = values.get('--view');
  if (view !== undefined && view !== 'cohort' && view !== 'period') problems.push(ARG_MESSAGES.view[language](shownArgument(view)));
  const timeZone = values.get('--tz') ?? 'Asia/Tokyo';
  if (!isValidTimeZone(timeZone)) problems.push(ARG_MESSAGES.timeZone[language](shownArgument(timeZone)));
  // Sheets names locales language_COUNTRY; the report language picks the usual one when none is given.
  const locale = values.get('--locale') ?? (lang === 'en' ? 'en_US' : 'ja_JP');
  if (!isKnownLocale(locale)) problems.push(ARG_MESSAGES.locale[language](shownArgument(locale)));
  const out = values.get('--out');
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx')) problems.push(ARG_MESSAGES.outNotXlsx[language]);
  if (problems.length > 0) return { ok: false, problems };

  const grossMargin = values.get('--gross-margin');
  const expectedPurchases = values.get('--expected-purchases');
  const settings = {
    ...(view ? { view } : {}),
    language: lang ?? 'ja',
    ...(values.has('--from') ? { from: values.get('--from') } : {}),
    ...(values.has('--to') ? { to: values.get('--to') } : {}),
    ...(values.has('--currency') ? { currency: values.get('--currency') } : {}),
    ...(grossMargin !== undefined ? { grossMargin: numberOrText(grossMargin) } : {}),
    ...(expectedPurchases !== undefined ? { expectedPurchases: numberOrText(expectedPurchases) } : {}),
    ...(values.has('--target-revenue') ? { targetRevenue: values.get('--target-revenue') } : {}),
    ...(values.has('--target-customers') ? { targetCustomers: values.get('--target-customers') } : {}),
  } as SettingsInput;
  return { ok: true, options: { inputs, out: values.get('--out') ?? null, json: values.get('--json') ?? null, timeZone, locale, settings, channels: values.get('--channels') ?? null } };
}
