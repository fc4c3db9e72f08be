/**
 * Reading what the user typed into the settings form. Blank means "not set" (the server default
 * applies); anything else is either a valid value or the key of a message saying how to fix it.
 * Mirrors the server's readSettings rules so mistakes show up next to the field, before Generate.
 */
import { isPlausibleYear } from '../core/dates/calendar';
import { grossMarginPercent, readGrossMargin } from '../core/settings/grossMargin';
import { parseNumber } from '../core/numbers/parseNumber';
import type { MessageKey } from './i18n';

export type InputResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MessageKey };

/** Full-width digits, commas and signs become ASCII; surrounding spaces go. */
function normalizeTyped(text: string): string {
  return text.normalize('NFKC').trim();
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

function readNumber(text: string): number | null {
  const cleaned = text.replace(/,/g, '');
  return PLAIN_NUMBER.test(cleaned) ? Number(cleaned) : null;
}

/**
 * Reads a gross margin by the one rule the CLI and the server share (core/settings/grossMargin):
 * `70%`, `70` and `0.7` are all 70%. Blank means not set.
 *
 * @example
 * parseGrossMarginInput('70')
 * //=> { ok: true, value: 0.7 }
 * parseGrossMarginInput('０．７')
 * //=> { ok: true, value: 0.7 }
 * parseGrossMarginInput('')
 * //=> { ok: true, value: null }
 */
export function parseGrossMarginInput(text: string): InputResult<number | null> {
  if (normalizeTyped(text) === '') return { ok: true, value: null };
  const margin = readGrossMargin(text);
  return margin === null ? { ok: false, error: 'settings.errorGrossMargin' } : { ok: true, value: margin };
}

/**
 * Shows a saved fraction as the percent people read; empty when not set.
 *
 * @example
 * formatGrossMarginInput(0.7)
 * //=> '70%'
 * formatGrossMarginInput(null)
 * //=> ''
 */
export function formatGrossMarginInput(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '';
  return grossMarginPercent(fraction);
}

/**
 * Reads the expected number of purchases per customer (> 0).
 *
 * @example
 * parseExpectedPurchasesInput('2.5')
 * //=> { ok: true, value: 2.5 }
 * parseExpectedPurchasesInput('0')
 * //=> { ok: false, error: 'settings.errorExpectedPurchases' }
 */
export function parseExpectedPurchasesInput(text: string): InputResult<number | null> {
  const typed = normalizeTyped(text).replace(/回$/, '').trim();
  if (typed === '') return { ok: true, value: null };
  const value = readNumber(typed);
  if (value === null || !(value > 0)) return { ok: false, error: 'settings.errorExpectedPurchases' };
  return { ok: true, value };
}

/**
 * Reads the plan's target revenue (design §6.3) by the server's number parser: ¥84,000,000, 8400万
 * and 84000000 are all the same target.
 *
 * @example
 * parseTargetInput('8400万')
 * //=> { ok: true, value: 84000000 }
 * parseTargetInput('-5')
 * //=> { ok: false, error: 'settings.errorTarget' }
 */
export function parseTargetInput(text: string): InputResult<number | null> {
  if (normalizeTyped(text) === '') return { ok: true, value: null };
  const parsed = parseNumber(text);
  return parsed.kind === 'number' && parsed.value > 0 ? { ok: true, value: parsed.value } : { ok: false, error: 'settings.errorTarget' };
}

/**
 * Reads score band lower bounds: numbers in strictly ascending order, separated by commas,
 * Japanese commas or spaces.
 *
 * @example
 * parseScoreBandsInput('0, 20、40 60')
 * //=> { ok: true, value: [0, 20, 40, 60] }
 * parseScoreBandsInput('40, 20')
 * //=> { ok: false, error: 'settings.errorScoreBands' }
 */
export function parseScoreBandsInput(text: string): InputResult<number[] | null> {
  const typed = normalizeTyped(text);
  if (typed === '') return { ok: true, value: null };
  const parts = typed.split(/[,、\s]+/).filter((part) => part !== '');
  const bands: number[] = [];
  for (const part of parts) {
    const value = PLAIN_NUMBER.test(part) ? Number(part) : null;
    const previous = bands[bands.length - 1];
    if (value === null || (previous !== undefined && value <= previous)) return { ok: false, error: 'settings.errorScoreBands' };
    bands.push(value);
  }
  return { ok: true, value: bands };
}

/**
 * Shows score bands the way the user types them.
 *
 * @example
 * formatScoreBandsInput([0, 20, 40])
 * //=> '0, 20, 40'
 */
export function formatScoreBandsInput(bands: readonly number[] | null | undefined): string {
  return bands ? bands.join(', ') : '';
}

/**
 * Checks that the period runs forwards within the years 1900–2200; either end may be blank.
 *
 * @example
 * checkPeriod('0001-01-01', '')
 * //=> { ok: false, error: 'settings.errorYears' }
 * checkPeriod('2025-04-01', '2025-03-31')
 * //=> { ok: false, error: 'settings.errorOrder' }
 */
export function checkPeriod(from: string, to: string): InputResult<{ from: string | null; to: string | null }> {
  const start = from === '' ? null : from;
  const end = to === '' ? null : to;
  // The server's rule (core/settings/readSettings): a period within the years dates are read in.
  if ([start, end].some((day) => day !== null && !isPlausibleYear(Number(day.slice(0, 4))))) return { ok: false, error: 'settings.errorYears' };
  if (start !== null && end !== null && start > end) return { ok: false, error: 'settings.errorOrder' };
  return { ok: true, value: { from: start, to: end } };
}
