/**
 * The sample workbook: a year of realistic, entirely fictitious marketing data of a small Japanese
 * B2B SaaS company, laid out the way the real exports look. Used by `npm start`, the tests, the
 * benchmark and the sidebar's "Insert sample data".
 */
import type { DayNumber } from '../model/types';
import { eventCostsTab, googleAdsTab, yahooAdsTab } from './adTabs';
import type { SampleTab } from './cells';
import { emailSchedule, emailTab } from './emailTab';
import { dealsTab, leadsTab } from './leadTabs';
import { simulateFunnel, webinarDays } from './leads';
import { BASE_LEADS, FISCAL_YEAR_DAYS, FISCAL_YEAR_START } from './plan';
import { createRandom, deriveSeed } from './random';
import { targetsTab } from './targetsTab';
import { trafficTab } from './trafficTab';
import { fiscalYearDays } from './year';

/** Tab names, in the order the tabs come. */
export const SAMPLE_TAB_NAMES = ['Google広告', 'Yahoo!広告', '展示会・イベント', 'GA4', 'リード', '商談', '目標', 'メール'] as const;
export type SampleTabName = (typeof SAMPLE_TAB_NAMES)[number];

export interface SampleWorkbookOptions {
  /** Any whole number; the same seed always gives the same workbook. Default 20250401. */
  readonly seed?: number;
  /** Lead rows on the リード tab, duplicates and bad rows included (50–1,000,000). Default 1,500. */
  readonly leads?: number;
  /** Data rows over the Google広告 and Yahoo!広告 tabs together (3:2), totals excluded. Default 1,825 (5 campaigns a day). */
  readonly adRows?: number;
  /** Data rows on the GA4 tab. Default 2,190 (6 channel groups a day). */
  readonly trafficRows?: number;
}

export const DEFAULT_SAMPLE_SEED = 20250401;
const MINIMUM_LEADS = 50;
const MAXIMUM_ROWS = 1_000_000;

/** Independent random streams, so scaling one tab never changes another. */
const STREAM = { leads: 1, google: 2, yahoo: 3, events: 4, traffic: 5, email: 6 } as const;

function wholeNumberOption(name: string, value: number | undefined, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < minimum || value > MAXIMUM_ROWS) {
    throw new RangeError(
      `サンプルデータの ${name} は ${minimum} 以上 1,000,000 以下の整数で指定してください（指定値: ${String(value)}）。` +
        ` / The sample-data option ${name} must be a whole number from ${minimum} to 1,000,000 (got ${String(value)}).`,
    );
  }
  return value;
}

function seedOption(value: number | undefined): number {
  if (value === undefined) return DEFAULT_SAMPLE_SEED;
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(
      `サンプルデータの seed は整数で指定してください（指定値: ${String(value)}）。 / The sample-data seed must be a whole number (got ${String(value)}).`,
    );
  }
  // Fold the high bits in, so seeds that differ only above 2^32 still give different workbooks.
  return (value % 4294967296) ^ Math.floor(value / 4294967296);
}

/**
 * Builds the sample workbook: eight tabs of fictitious data for fiscal year 2025 (April 2025 –
 * March 2026), deterministic for a given seed. No cell holds a date after 2026-03-31.
 *
 * @example
 * buildSampleWorkbook().map((tab) => tab.name)
 * //=> ['Google広告', 'Yahoo!広告', '展示会・イベント', 'GA4', 'リード', '商談', '目標', 'メール']
 *
 * @example
 * // 100 lead rows: a header and 100 rows
 * buildSampleWorkbook({ seed: 7, leads: 100 }).find((tab) => tab.name === 'リード')?.values.length
 * //=> 101
 */
export function buildSampleWorkbook(options: SampleWorkbookOptions = {}): SampleTab[] {
  const seed = seedOption(options.seed);
  const leadRows = wholeNumberOption('leads', options.leads, BASE_LEADS, MINIMUM_LEADS);
  const adRows = wholeNumberOption('adRows', options.adRows, FISCAL_YEAR_DAYS * 5, 0);
  const trafficRows = wholeNumberOption('trafficRows', options.trafficRows, FISCAL_YEAR_DAYS * 6, 0);
  const scale = leadRows / BASE_LEADS;
  const stream = (key: keyof typeof STREAM) => createRandom(deriveSeed(seed, STREAM[key]));

  const days = fiscalYearDays();
  const webinars = webinarDays(days);
  const funnel = simulateFunnel(stream('leads'), days, leadRows);
  const sends = emailSchedule(days, webinars);

  const leadsByDay = new Array<number>(days.length).fill(0);
  let showVisitors = 0;
  for (const lead of funnel.leads) {
    leadsByDay[lead.created - FISCAL_YEAR_START] = (leadsByDay[lead.created - FISCAL_YEAR_START] ?? 0) + 1;
    if (lead.channel === '展示会') showVisitors += 1;
  }
  const leadsBeforeDay: number[] = [];
  leadsByDay.reduce((running, count) => {
    leadsBeforeDay.push(running);
    return running + count;
  }, 0);
  const leadsBefore = (day: DayNumber) => leadsBeforeDay[day - FISCAL_YEAR_START] ?? 0;
  const googleRows = Math.round(adRows * 0.6);

  return [
    googleAdsTab(stream('google'), days, { rows: googleRows, scale, name: 'Google広告' }),
    yahooAdsTab(stream('yahoo'), days, { rows: adRows - googleRows, scale, name: 'Yahoo!広告' }),
    eventCostsTab(stream('events'), days, webinars, { scale, name: '展示会・イベント' }),
    trafficTab(stream('traffic'), days, new Set(sends.filter((send) => send.kind === 'newsletter').map((send) => send.day)), {
      rows: trafficRows,
      scale,
      name: 'GA4',
    }),
    leadsTab(funnel, days, 'リード'),
    dealsTab(funnel, days, '商談'),
    targetsTab(leadRows, '目標'),
    emailTab(stream('email'), days, sends, leadsBefore, { scale, showVisitors, name: 'メール' }),
  ];
}
