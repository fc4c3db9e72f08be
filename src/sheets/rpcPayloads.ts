/**
 * The arguments of the server functions the sidebar calls (ServerApi, src/shared/rpc.ts), checked at
 * the boundary. Every public top-level function is an endpoint any caller of google.script.run can
 * reach with any JSON, so each payload type has one validator here: it returns the payload as the
 * engine may use it, or the problems in the user's words (design §7, §8). Nothing past the boundary
 * sees a wrong type, a huge string, a key such as `__proto__` or a value out of its range.
 */
import { FunnelError } from '../core/pipeline/errors';
import type { Language, TabMapping } from '../core/model/types';
import type { SettingsInput } from '../shared/rpc';
import { serverMessage } from '../core/text/messages';
import { shortValue } from '../core/text/safeQuote';
import { asLanguage } from '../core/text/translate';
import { quoteLabel } from '../core/text/wording';
import { readGrossMargin } from '../core/settings/grossMargin';
import { readSettings } from '../core/settings/readSettings';
import { channelGroupFrom, MAX_TAB_NAME, readMappingParts } from '../core/settings/readSetup';

export type PayloadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

/** The keys of SettingsInput: the only ones a saved setup keeps. */
const SETTINGS_KEYS = [
  'view',
  'language',
  'currency',
  'from',
  'to',
  'grossMargin',
  'expectedPurchases',
  'scoreBands',
  'channelGroups',
  'attributeColumns',
  'targetRevenue',
  'targetCustomers',
] as const satisfies readonly (keyof SettingsInput)[];

/**
 * Keys with no "cleared" state: null (or blank text, which readSettings reads as not set) is left
 * out. The other keys keep a cleared value as null.
 */
const UNSET_WHEN_NULL: ReadonlySet<string> = new Set(['view', 'language', 'currency', 'from', 'to'] satisfies (keyof SettingsInput)[]);

/** Most tab mappings a setup may hold (far more tabs than a workbook that Sheets opens has). */
export const MAX_MAPPINGS = 500;
/** Problems named before the rest are counted. */
const PROBLEMS_NAMED = 10;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first language among the candidates (the setup's, the argument's …), or null.
 *
 * @example
 * payloadLanguage({ language: 'fr' }, 'en')
 * //=> 'en'
 */
export function payloadLanguage(...candidates: unknown[]): Language | null {
  for (const candidate of candidates) {
    const language = isPlainObject(candidate) ? asLanguage(candidate.language) : asLanguage(candidate);
    if (language !== null) return language;
  }
  return null;
}

/**
 * Settings as the sidebar sends them: an object whose known keys pass {@link readSettings}. Only
 * the keys of SettingsInput are kept, as given (the sidebar shows them as the user typed them);
 * any other key is not read by anything and is left out. Missing settings are `{}`.
 *
 * @example
 * readSettingsPayload({ view: 'period', currency: null, __proto__: 1, extra: 2 }, 'ja')
 * //=> { ok: true, value: { view: 'period' } }
 * readSettingsPayload('period', 'en').ok
 * //=> false
 */
export function readSettingsPayload(input: unknown, language: Language): PayloadResult<SettingsInput> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (!isPlainObject(input)) return { ok: false, problems: [serverMessage(language, 'settings.notObject')] };
  const checked = readSettings(input, language);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const kept: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(input, key) || input[key] === undefined) continue;
    const value = input[key] === '' ? null : input[key];
    if (value === null && UNSET_WHEN_NULL.has(key)) continue;
    kept[key] = value;
  }
  // A margin is kept as the fraction the sidebar edits (70, "70%" and 0.7 are all 0.7).
  if (kept.grossMargin !== undefined && kept.grossMargin !== null && kept.grossMargin !== '') kept.grossMargin = readGrossMargin(kept.grossMargin);
  // Groups are kept by id (a label such as "Events" names the same group): the sidebar shows ids.
  if (isPlainObject(kept.channelGroups)) {
    kept.channelGroups = Object.fromEntries(Object.entries(kept.channelGroups).map(([value, group]) => [value, channelGroupFrom(group)]));
  }
  return { ok: true, value: kept };
}

/** How a mapping is named in a problem: its tab when it has a usable one, else its place in the list. */
function mappingName(input: unknown, index: number, language: Language): string {
  const tab = isPlainObject(input) ? input.tab : undefined;
  if (typeof tab === 'string' && tab.trim() !== '' && tab.length <= MAX_TAB_NAME) return quoteLabel(shortValue(tab), language);
  return serverMessage(language, 'setup.mappingNumber', { number: index + 1 });
}

/**
 * Tab mappings as the sidebar sends them: a list of well-formed mappings, one per tab. Missing
 * mappings are `[]` (the detected ones apply).
 *
 * @example
 * readMappingsPayload([{ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 } }], 'ja').ok
 * //=> true
 * readMappingsPayload([{ tab: '広告', kind: 'ads', headerRow: -1, columns: {} }], 'en')
 * //=> { ok: false, problems: ['The column mapping of "広告" could not be read (headerRow). Reopen the sidebar and check the mapping of this tab.'] }
 */
export function readMappingsPayload(input: unknown, language: Language): PayloadResult<TabMapping[]> {
  if (input === undefined || input === null) return { ok: true, value: [] };
  if (!Array.isArray(input)) return { ok: false, problems: [serverMessage(language, 'setup.mappingsNotList')] };
  if (input.length > MAX_MAPPINGS) return { ok: false, problems: [serverMessage(language, 'setup.tooManyMappings', { max: MAX_MAPPINGS })] };
  const problems: string[] = [];
  const mappings: TabMapping[] = [];
  const seen = new Set<string>();
  input.forEach((entry: unknown, index) => {
    const { mapping, faults } = readMappingParts(entry);
    const duplicate = mapping !== null && seen.has(mapping.tab);
    if (faults.length > 0 || duplicate) {
      const parts = duplicate ? ['tab'] : faults.map((fault) => shortValue(fault));
      problems.push(serverMessage(language, 'setup.mappingInvalid', { mapping: mappingName(entry, index, language), parts: [...new Set(parts)].slice(0, 5).join(', ') }));
      return;
    }
    if (mapping === null) return;
    seen.add(mapping.tab);
    mappings.push(mapping);
  });
  if (problems.length > PROBLEMS_NAMED) {
    const rest = problems.length - PROBLEMS_NAMED;
    return { ok: false, problems: [...problems.slice(0, PROBLEMS_NAMED), serverMessage(language, 'setup.moreProblems', { count: rest })] };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: mappings };
}

export interface SetupPayload {
  readonly mappings: TabMapping[];
  readonly settings: SettingsInput;
}

/**
 * A SavedSetup as the sidebar sends it: an object with `mappings` and `settings`, each checked.
 *
 * @example
 * readSetupPayload({ mappings: [], settings: { view: 'cohort' } }, 'ja')
 * //=> { ok: true, value: { mappings: [], settings: { view: 'cohort' } } }
 * readSetupPayload([], 'en')
 * //=> { ok: false, problems: ['The setup sent by the sidebar is not an object with mappings and settings. Reopen the sidebar and try again.'] }
 */
export function readSetupPayload(input: unknown, language: Language): PayloadResult<SetupPayload> {
  if (!isPlainObject(input)) return { ok: false, problems: [serverMessage(language, 'setup.notObject')] };
  const mappings = readMappingsPayload(input.mappings, language);
  const settings = readSettingsPayload(input.settings, language);
  if (mappings.ok && settings.ok) return { ok: true, value: { mappings: mappings.value, settings: settings.value } };
  return { ok: false, problems: [...(mappings.ok ? [] : mappings.problems), ...(settings.ok ? [] : settings.problems)] };
}

export interface RequestPayload {
  readonly settings?: SettingsInput;
  readonly mappings?: TabMapping[];
  readonly withSummary: boolean;
}

/**
 * The request of the JSON entry points (getFunnelSummary, generateFunnelReport): optional settings
 * and mappings (what is left out comes from the saved setup), and `withSummary`.
 *
 * @example
 * readRequestPayload(undefined, 'ja')
 * //=> { ok: true, value: { withSummary: false } }
 */
export function readRequestPayload(input: unknown, language: Language): PayloadResult<RequestPayload> {
  if (input === undefined || input === null) return { ok: true, value: { withSummary: false } };
  if (!isPlainObject(input)) return { ok: false, problems: [serverMessage(language, 'setup.notObject')] };
  const settings = input.settings === undefined ? null : readSettingsPayload(input.settings, language);
  const mappings = input.mappings === undefined ? null : readMappingsPayload(input.mappings, language);
  const problems = [...(settings && !settings.ok ? settings.problems : []), ...(mappings && !mappings.ok ? mappings.problems : [])];
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      ...(settings?.ok ? { settings: settings.value } : {}),
      ...(mappings?.ok ? { mappings: mappings.value } : {}),
      withSummary: input.withSummary === true,
    },
  };
}

/**
 * A sheet name sent to be activated, or null when it cannot be one (not text, blank, too long).
 *
 * @example
 * [readSheetNamePayload('ファネル概要'), readSheetNamePayload(5), readSheetNamePayload('x'.repeat(101))]
 * //=> ['ファネル概要', null, null]
 */
export function readSheetNamePayload(input: unknown): string | null {
  return typeof input === 'string' && input.trim() !== '' && input.length <= MAX_TAB_NAME ? input : null;
}

/**
 * The payload, or a typed error listing its problems (the sidebar shows the headline and one line
 * per problem; the CLI exits 2).
 */
export function requirePayload<T>(result: PayloadResult<T>, language: Language): T {
  if (result.ok) return result.value;
  throw new FunnelError('invalid_settings', serverMessage(language, 'settings.invalid'), result.problems);
}

/**
 * The settings of a setup read back from the document's properties, each key kept only when it is
 * valid on its own: a store written by an older version (or edited by hand) never hands the sidebar
 * a value of the wrong type, and a bad value falls back to its default (shown as 未入力).
 *
 * @example
 * savedSettings({ view: 'period', from: 5, junk: 1 })
 * //=> { view: 'period' }
 */
export function savedSettings(input: unknown): SettingsInput {
  if (!isPlainObject(input)) return {};
  const kept: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(input, key) || input[key] === undefined) continue;
    const single = readSettingsPayload({ [key]: input[key] }, 'ja');
    if (single.ok && Object.prototype.hasOwnProperty.call(single.value, key)) kept[key] = (single.value as Record<string, unknown>)[key];
  }
  return kept;
}
