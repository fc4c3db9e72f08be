/**
 * The header aliases and tab-name hints travel outside Code.js (design §10): only the executions
 * that recognise tabs (a report, the JSON summary, the sidebar state) need them, while every
 * custom-function cell loads the whole script file. The build writes `aliases.ts`'s tables as JSON
 * into the project file `VOCABULARY_ASSET`; recognition reads it once per execution, on its first
 * header, and turns it into the lookup by header key. A stale or damaged file stops with a message
 * naming it instead of recognising nothing.
 */
import { FIELDS_BY_KIND, TAB_KINDS, type AnyField, type TabKind } from '../model/types';
import { assetJson, isRecord, readAsset } from '../text/assets';
import { headerKey } from '../vocabulary/headerKey';
import type { AliasTable, TabNameHints } from './aliases';

/** The project file (without `.html`) holding the aliases and the tab-name hints. */
export const VOCABULARY_ASSET = 'Vocabulary';

/** What the file holds: `aliases.ts`'s two tables. */
export interface VocabularyTables {
  readonly fieldAliases: AliasTable;
  readonly tabNameHints: TabNameHints;
}

/** A field and its preference rank (lower = more preferred alias). */
export interface AliasMatch {
  readonly field: AnyField;
  readonly rank: number;
}

/** The vocabulary as recognition uses it: aliases by header key per kind, and the hints. */
export interface Vocabulary {
  readonly aliases: { readonly [K in TabKind]: ReadonlyMap<string, AliasMatch> };
  readonly tabNameHints: TabNameHints;
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
  const { fieldAliases, tabNameHints } = value;
  return (
    isRecord(fieldAliases) &&
    isRecord(tabNameHints) &&
    TAB_KINDS.every((kind) => isKindAliases(kind, fieldAliases[kind]) && isTextList(tabNameHints[kind]))
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
 * parseVocabulary(JSON.stringify({ fieldAliases: FIELD_ALIASES, tabNameHints: TAB_NAME_HINTS })).aliases.ads.get('表示回数')
 * //=> { field: 'impressions', rank: 0 }
 */
export function parseVocabulary(content: string): Vocabulary {
  const parsed = assetJson(content);
  if (!isVocabularyTables(parsed)) {
    throw new Error(`${VOCABULARY_ASSET}.html is not the add-on's header vocabulary; rebuild and push the add-on (npm run build).`);
  }
  const index = {} as Record<TabKind, ReadonlyMap<string, AliasMatch>>;
  for (const kind of TAB_KINDS) index[kind] = aliasIndex(parsed.fieldAliases[kind]);
  return { aliases: index, tabNameHints: parsed.tabNameHints };
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
