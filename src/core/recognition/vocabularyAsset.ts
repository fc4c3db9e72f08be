/**
 * The header aliases, tab-name hints and kind-signal headers travel outside Code.js (design §10):
 * only the executions that recognise tabs (a report, the JSON summary, the sidebar state) need
 * them, while every custom-function cell loads the whole script file. The build writes the tables
 * of `aliases.ts` and `signalHeaders.ts` as JSON into the project file `VOCABULARY_ASSET`;
 * recognition reads it once per execution, on its first header, and turns it into lookups by header
 * key. A stale or damaged file stops with a message naming it instead of recognising nothing.
 */
import { FIELDS_BY_KIND, TAB_KINDS, type AnyField, type TabKind } from '../model/types';
import { assetJson, isRecord, readAsset } from '../text/assets';
import { headerKey } from '../vocabulary/headerKey';
import type { AliasTable, TabNameHints } from './aliases';
import type { SignalHeaders } from './signalHeaders';

/** The project file (without `.html`) holding the aliases and the tab-name hints (and the status values, `stageWords.ts`). */
export { VOCABULARY_ASSET } from '../vocabulary/stageWords';
import { VOCABULARY_ASSET } from '../vocabulary/stageWords';

/** What the file holds: `aliases.ts`'s two tables and `signalHeaders.ts`'s. */
export interface VocabularyTables {
  readonly fieldAliases: AliasTable;
  readonly tabNameHints: TabNameHints;
  readonly signalHeaders: SignalHeaders;
  readonly opportunitySignals: readonly (readonly string[])[];
}

/** A field and its preference rank (lower = more preferred alias). */
export interface AliasMatch {
  readonly field: AnyField;
  readonly rank: number;
}

/** The vocabulary as recognition uses it: aliases by header key per kind, the hints, and the signal headers by key. */
export interface Vocabulary {
  readonly aliases: { readonly [K in TabKind]: ReadonlyMap<string, AliasMatch> };
  readonly tabNameHints: TabNameHints;
  readonly signalHeaders: { readonly [K in TabKind]: ReadonlySet<string> };
  /** The groups of an opportunity list's headers (stage, amount, close date, won flag, probability), by key. */
  readonly opportunitySignals: readonly (readonly string[])[];
}

function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((text) => typeof text === 'string' && text !== '');
}

/** A kind's aliases: only fields of that kind, each with a list of words. */
function isKindAliases(kind: TabKind, value: unknown): value is Readonly<Record<string, readonly string[]>> {
  const fields: readonly string[] = FIELDS_BY_KIND[kind];
  return isRecord(value) && Object.entries(value).every(([field, words]) => fields.includes(field) && isTextList(words));
}

/** The file's tables: every kind's aliases (only its fields, each with a list of words) and hints. */
function isVocabularyTables(value: unknown): value is VocabularyTables {
  if (!isRecord(value)) return false;
  const { fieldAliases, tabNameHints, signalHeaders, opportunitySignals } = value;
  return (
    isRecord(fieldAliases) &&
    isRecord(tabNameHints) &&
    isRecord(signalHeaders) &&
    Array.isArray(opportunitySignals) &&
    opportunitySignals.length === 5 &&
    opportunitySignals.every(isTextList) &&
    TAB_KINDS.every((kind) => isKindAliases(kind, fieldAliases[kind]) && isTextList(tabNameHints[kind]) && isTextList(signalHeaders[kind]))
  );
}

/** Each header key's field: the first alias wins when two fields list the same word. */
function aliasIndex(table: { readonly [F in AnyField]?: readonly string[] }): Map<string, AliasMatch> {
  const index = new Map<string, AliasMatch>();
  for (const field of Object.keys(table) as AnyField[]) {
    (table[field] ?? []).forEach((alias, rank) => {
      const key = headerKey(alias);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
}

/**
 * Reads the asset's content: for every kind, its fields' aliases and its hints.
 *
 * @example
 * parseVocabulary(JSON.stringify({ fieldAliases: FIELD_ALIASES, tabNameHints: TAB_NAME_HINTS, signalHeaders: SIGNAL_HEADERS, opportunitySignals: OPPORTUNITY_SIGNALS })).aliases.ads.get('表示回数')
 * //=> { field: 'impressions', rank: 0 }
 */
export function parseVocabulary(content: string): Vocabulary {
  const parsed = assetJson(content);
  if (!isVocabularyTables(parsed)) {
    throw new Error(`${VOCABULARY_ASSET}.html is not the add-on's header vocabulary; rebuild and push the add-on (npm run build).`);
  }
  const index = {} as Record<TabKind, ReadonlyMap<string, AliasMatch>>;
  const signals = {} as Record<TabKind, ReadonlySet<string>>;
  for (const kind of TAB_KINDS) {
    index[kind] = aliasIndex(parsed.fieldAliases[kind]);
    signals[kind] = new Set(parsed.signalHeaders[kind].map(headerKey));
  }
  return { aliases: index, tabNameHints: parsed.tabNameHints, signalHeaders: signals, opportunitySignals: parsed.opportunitySignals.map((group) => group.map(headerKey)) };
}

/**
 * The vocabulary of this execution, read from the project file on first use.
 *
 * @example
 * recognitionVocabulary().tabNameHints.targets.includes('目標')
 * //=> true
 */
export function recognitionVocabulary(): Vocabulary {
  return readAsset(VOCABULARY_ASSET, parseVocabulary);
}
