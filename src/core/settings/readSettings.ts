/**
 * Report settings as they arrive from the sidebar, the saved document properties or the CLI:
 * untrusted JSON, validated into {@link FunnelSettings} with messages that say what to fix.
 */
import { FIRST_PLAUSIBLE_YEAR, isPlausibleYear, LAST_PLAUSIBLE_YEAR } from '../dates/calendar';
import { CHANNEL_GROUP_IDS, type ChannelGroupOverrides } from '../model/breakdowns';
import type { FunnelSettings, Language } from '../model/types';
import { groupLabel } from '../channels/groups';
import { joinList, listLabels, quoteLabel } from '../text/wording';
import { MAX_ATTRIBUTE_COLUMNS, MAX_CHANNEL_OVERRIDES, MAX_CHANNEL_VALUE, readAttributeColumns, readChannelGroups } from './readSetup';
import { currencyCode, DEFAULT_CURRENCY } from '../money/currency';
import { serverMessage } from '../text/messages';
import { describeUnsafe, shortValue } from '../text/safeQuote';
import { asLanguage } from '../text/translate';
import { readGrossMargin } from './grossMargin';
import { parseNumber } from '../numbers/parseNumber';

export type SettingsResult =
  | { readonly ok: true; readonly settings: FunnelSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A setting's value as a problem quotes it (inside its own parentheses): bounded and never personal
 * data (core/text/safeQuote), described when it is not safe to repeat or is not text or a number.
 *
 * @example
 * settingValue('2025/04/01', 'ja')
 * //=> '「2025/04/01」'
 * settingValue('taro@example.com', 'en')
 * //=> 'an e-mail address'
 * settingValue({ a: 1 }, 'en')
 * //=> 'a value that is neither text nor a number'
 */
function settingValue(value: unknown, language: Language): string {
  const primitive = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
  if (!primitive) return serverMessage(language, 'value.notText');
  return describeUnsafe(value, language) ?? quoteLabel(shortValue(value), language);
}

/** Values named in a problem before the rest are counted. */
const VALUES_NAMED = 5;

/** The user's channel mapping, with a problem for every entry that cannot be used. */
function channelGroupsSetting(input: unknown, language: Language, problems: string[]): ChannelGroupOverrides | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(serverMessage(language, 'settings.channelGroups'));
    return null;
  }
  const result = readChannelGroups(input);
  // Channel values are quoted short (a key sent by a broken caller can be of any length).
  const quoted = (values: readonly string[]): string => listLabels(values.map((value) => quoteLabel(shortValue(value), language)), language, VALUES_NAMED);
  if (result.rejected.length > 0) {
    const groups = joinList(CHANNEL_GROUP_IDS.map((id) => `${groupLabel(id, language)} (${id})`), language);
    problems.push(serverMessage(language, 'settings.channelGroupUnknown', { values: quoted(result.rejected), groups }));
  }
  if (result.tooLong.length > 0) {
    problems.push(serverMessage(language, 'settings.channelValueTooLong', { values: quoted(result.tooLong), max: MAX_CHANNEL_VALUE }));
  }
  if (result.dropped > 0) problems.push(serverMessage(language, 'settings.channelGroupsTooMany', { max: MAX_CHANNEL_OVERRIDES, count: result.dropped }));
  return result.overrides;
}

/**
 * Validates settings. Missing fields take defaults: cohort view, Japanese, JPY, default period.
 *
 * @example
 * readSettings({ view: 'period', language: 'en' })
 * //=> { ok: true, settings: { view: 'period', language: 'en', currency: 'JPY' } }
 * readSettings({ from: '2025/04/01' }).ok
 * //=> false
 */
export function readSettings(input: unknown, fallbackLanguage: Language = 'ja'): SettingsResult {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [serverMessage(fallbackLanguage, 'settings.notObject')] };
  }
  const raw = input as Record<string, unknown>;
  const language: Language = asLanguage(raw.language) ?? fallbackLanguage;
  const problems: string[] = [];
  if (raw.language !== undefined && raw.language !== 'ja' && raw.language !== 'en') problems.push(serverMessage(language, 'settings.language'));

  const view = raw.view ?? 'cohort';
  if (view !== 'cohort' && view !== 'period') problems.push(serverMessage(language, 'settings.view'));

  const settings: { -readonly [K in keyof FunnelSettings]: FunnelSettings[K] } = {
    view: view === 'period' ? 'period' : 'cohort',
    language,
    currency: DEFAULT_CURRENCY,
  };
  for (const field of ['from', 'to'] as const) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && isValidIsoDay(value)) {
      // A period reaching year 1 or 9999 would give the monthly tables tens of thousands of rows.
      if (isPlausibleYear(Number(value.slice(0, 4)))) settings[field] = value;
      else {
        const key = field === 'from' ? 'settings.fromOutOfRange' : 'settings.toOutOfRange';
        problems.push(serverMessage(language, key, { value: quoteLabel(value, language), first: FIRST_PLAUSIBLE_YEAR, last: LAST_PLAUSIBLE_YEAR }));
      }
    } else problems.push(serverMessage(language, field === 'from' ? 'settings.from' : 'settings.to', { value: settingValue(value, language) }));
  }
  if (settings.from !== undefined && settings.to !== undefined && settings.from > settings.to) problems.push(serverMessage(language, 'settings.order'));

  if (raw.currency !== undefined && raw.currency !== null && raw.currency !== '') {
    const code = typeof raw.currency === 'string' ? currencyCode(raw.currency) : null;
    if (code !== null) settings.currency = code;
    else problems.push(serverMessage(language, 'settings.currency'));
  }
  if (raw.grossMargin !== undefined && raw.grossMargin !== null && raw.grossMargin !== '') {
    // One rule for the sidebar, the CLI and saved setups: 0.7, 70 and "70%" are all 70% (settings/grossMargin).
    const margin = readGrossMargin(raw.grossMargin);
    if (margin !== null) settings.grossMargin = margin;
    else problems.push(serverMessage(language, 'settings.grossMargin'));
  }
  if (raw.expectedPurchases !== undefined && raw.expectedPurchases !== null && raw.expectedPurchases !== '') {
    if (isFiniteNumber(raw.expectedPurchases) && raw.expectedPurchases > 0) settings.expectedPurchases = raw.expectedPurchases;
    else problems.push(serverMessage(language, 'settings.expectedPurchases'));
  }
  // The plan's target (design §6.3): a number, or text the number parser reads (¥84,000,000, 8400万).
  for (const field of ['targetRevenue', 'targetCustomers'] as const) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    const parsed = typeof value === 'number' || typeof value === 'string' ? parseNumber(value) : null;
    if (parsed?.kind === 'number' && parsed.value > 0) settings[field] = parsed.value;
    else problems.push(serverMessage(language, 'settings.target', { field }));
  }
  if (settings.targetRevenue !== undefined && settings.targetCustomers !== undefined) problems.push(serverMessage(language, 'settings.targetBoth'));
  if (raw.scoreBands !== undefined && raw.scoreBands !== null) {
    const bands = raw.scoreBands;
    const valid =
      Array.isArray(bands) &&
      bands.length > 0 &&
      bands.every(isFiniteNumber) &&
      bands.every((b, i) => i === 0 || (bands[i - 1] as number) < b);
    if (valid) settings.scoreBands = bands;
    else problems.push(serverMessage(language, 'settings.scoreBands'));
  }
  if (raw.channelGroups !== undefined && raw.channelGroups !== null) {
    const overrides = channelGroupsSetting(raw.channelGroups, language, problems);
    if (overrides !== null && Object.keys(overrides).length > 0) settings.channelGroups = overrides;
  }
  if (raw.attributeColumns !== undefined && raw.attributeColumns !== null) {
    const columns = readAttributeColumns(raw.attributeColumns);
    if (columns === null) problems.push(serverMessage(language, 'settings.attributeColumns', { max: MAX_ATTRIBUTE_COLUMNS }));
    else if (columns.length > 0) settings.attributeColumns = columns;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
