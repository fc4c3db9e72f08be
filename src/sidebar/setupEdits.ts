/**
 * The setup the user is editing, and the edits the sidebar makes to it. Every edit returns a new
 * setup (nothing is mutated), so the copy sent to the server can never change under a pending save.
 */
import type { AnyField, TabKind, TabMapping } from '../core/model/types';
import type { FieldView, KindView, SavedSetup, SettingsInput, SidebarState, TabView } from '../shared/rpc';

/**
 * The setup shown by a fresh state: each tab's mapping in force and the settings.
 *
 * @example
 * setupFromState(state).mappings.map((m) => m.tab)
 * //=> ['広告', 'リード']
 */
export function setupFromState(state: SidebarState): SavedSetup {
  return { mappings: state.tabs.map((tab) => tab.mapping), settings: state.settings };
}

/**
 * The mapping of one tab in a setup.
 *
 * @example
 * mappingOf(setup, 'リード')?.kind
 * //=> 'leads'
 */
export function mappingOf(setup: SavedSetup, tab: string): TabMapping | undefined {
  return setup.mappings.find((mapping) => mapping.tab === tab);
}

function replaceMapping(setup: SavedSetup, tab: string, change: (mapping: TabMapping) => TabMapping): SavedSetup {
  return { ...setup, mappings: setup.mappings.map((mapping) => (mapping.tab === tab ? change(mapping) : mapping)) };
}

function fieldsOf(kinds: readonly KindView[], kind: TabKind): ReadonlySet<AnyField> {
  return new Set((kinds.find((view) => view.kind === kind)?.fields ?? []).map((field) => field.field));
}

function pickColumns(columns: TabMapping['columns'], keep: ReadonlySet<AnyField>): TabMapping['columns'] {
  const picked: Partial<Record<AnyField, number>> = {};
  for (const [field, index] of Object.entries(columns) as [AnyField, number | undefined][]) {
    if (keep.has(field) && index !== undefined) picked[field] = index;
  }
  return picked;
}

/**
 * Sets a tab's kind (`null` = not used). Going back to the kind the server showed restores its
 * columns; otherwise columns of fields the new kind also has (date, channel…) are kept.
 *
 * @example
 * withKind(setup, state, '展示会', 'ads').mappings[0].kind
 * //=> 'ads'
 */
export function withKind(setup: SavedSetup, state: SidebarState, tab: string, kind: TabKind | null): SavedSetup {
  const shown: TabView | undefined = state.tabs.find((view) => view.name === tab);
  return replaceMapping(setup, tab, (mapping) => {
    if (mapping.kind === kind) return mapping;
    if (shown && shown.mapping.kind === kind) return shown.mapping;
    if (kind === null) return { tab: mapping.tab, kind: null, headerRow: mapping.headerRow, columns: {} };
    const next: TabMapping = {
      tab: mapping.tab,
      kind,
      headerRow: mapping.headerRow,
      columns: pickColumns(mapping.columns, fieldsOf(state.kinds, kind)),
    };
    return (kind === 'ads' || kind === 'traffic') && mapping.channel !== undefined ? { ...next, channel: mapping.channel } : next;
  });
}

/**
 * Maps a field to a column index, or unmaps it (`null`).
 *
 * @example
 * withColumn(setup, 'リード', 'score', 4).mappings[0].columns.score
 * //=> 4
 */
export function withColumn(setup: SavedSetup, tab: string, field: AnyField, column: number | null): SavedSetup {
  return replaceMapping(setup, tab, (mapping) => {
    const columns: Partial<Record<AnyField, number>> = { ...mapping.columns };
    if (column === null) delete columns[field];
    else columns[field] = column;
    return { ...mapping, columns };
  });
}

/**
 * Sets the channel every row of a channel-less ads/traffic tab belongs to; blank removes it (the
 * server then uses the tab name).
 *
 * @example
 * withChannel(setup, 'GoogleAds_2025', ' Google広告 ').mappings[0].channel
 * //=> 'Google広告'
 */
export function withChannel(setup: SavedSetup, tab: string, channel: string): SavedSetup {
  const trimmed = channel.trim();
  return replaceMapping(setup, tab, (mapping) => {
    const { channel: _previous, ...rest } = mapping;
    return trimmed === '' ? rest : { ...rest, channel: trimmed };
  });
}

/**
 * Changes some settings; `undefined` in the patch removes a setting (the server default applies).
 *
 * @example
 * withSettings(setup, { view: 'period' }).settings.view
 * //=> 'period'
 */
export function withSettings(setup: SavedSetup, patch: SettingsInput): SavedSetup {
  const settings: Record<string, unknown> = { ...setup.settings };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete settings[key];
    else settings[key] = value;
  }
  return { ...setup, settings: settings };
}

/**
 * True when a tab will be used: it has a kind and nothing required is missing.
 *
 * @example
 * isTabUsable({ tab: 'リード', kind: 'leads', headerRow: 0, columns: { created_date: 1 } }, [])
 * //=> true
 */
export function isTabUsable(mapping: TabMapping | undefined, missing: readonly string[]): boolean {
  return mapping !== undefined && mapping.kind !== null && missing.length === 0;
}

/**
 * True when an ads or traffic tab has no channel column, so the user names its channel.
 *
 * @example
 * needsChannelName({ tab: 'GoogleAds', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 3 } })
 * //=> true
 */
export function needsChannelName(mapping: TabMapping): boolean {
  return (mapping.kind === 'ads' || mapping.kind === 'traffic') && mapping.columns.channel === undefined && mapping.columns.medium === undefined;
}

/**
 * Required fields of the mapping's kind that no column is mapped to (a deals tab's close date
 * stands in for its created date). The server's `missing` words are better (they know "delivered or
 * sent"); this fills the gap while an edit is not yet saved.
 *
 * @example
 * missingRequiredFields({ tab: 'リード', kind: 'leads', headerRow: 0, columns: {} }, kinds).map((f) => f.field)
 * //=> ['created_date']
 */
export function missingRequiredFields(mapping: TabMapping, kinds: readonly KindView[]): FieldView[] {
  if (mapping.kind === null) return [];
  const view = kinds.find((candidate) => candidate.kind === mapping.kind);
  const alternative = mapping.kind === 'deals' ? DEALS_DATE_ALTERNATIVE : undefined;
  return (view?.fields ?? []).filter(
    (field) => field.required && mapping.columns[field.field] === undefined && !(alternative?.field === field.field && mapping.columns[alternative.instead] !== undefined),
  );
}

/** A deals tab without a created date is dated by its close date (design §3.2.1), as the server decides. */
const DEALS_DATE_ALTERNATIVE: { readonly field: AnyField; readonly instead: AnyField } = { field: 'created_date', instead: 'close_date' };

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}

/**
 * True when two mappings say the same thing (key order and undefined members do not matter).
 *
 * @example
 * sameMapping({ tab: 'A', kind: null, headerRow: 0, columns: {} }, { kind: null, tab: 'A', headerRow: 0, columns: {} })
 * //=> true
 */
export function sameMapping(a: TabMapping, b: TabMapping): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
