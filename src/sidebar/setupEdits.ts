/**
 * The setup the user is editing, and the edits the sidebar makes to it. Every edit returns a new
 * setup (nothing is mutated), so the copy sent to the server can never change under a pending save.
 */
import { labelKey } from '../core/funnel/labels';
import type { ChannelGroupId } from '../core/model/breakdowns';
import type { AnyField, TabKind, TabMapping } from '../core/model/types';
import { missingFields } from '../core/model/requiredFields';
import type { ColumnView, FieldView, KindView, SavedSetup, SettingsInput, SidebarState, TabView } from '../shared/rpc';

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
 * mapping; another kind takes what automatic matching proposes for it (design §8: changing the kind
 * re-runs the matching), keeping the channel name the user typed for a channel-less tab.
 *
 * @example
 * withKind(setup, state, '展示会', 'deals').mappings[0].columns
 * //=> { created_date: 0, email: 2, amount: 4 }   (what matching found for 商談)
 */
export function withKind(setup: SavedSetup, state: SidebarState, tab: string, kind: TabKind | null): SavedSetup {
  const shown: TabView | undefined = state.tabs.find((view) => view.name === tab);
  return replaceMapping(setup, tab, (mapping) => {
    if (mapping.kind === kind) return mapping;
    if (shown && shown.mapping.kind === kind) return shown.mapping;
    if (kind === null) return { tab: mapping.tab, kind: null, headerRow: mapping.headerRow, columns: {} };
    const suggested = shown?.suggestions.find((suggestion) => suggestion.kind === kind)?.mapping;
    const next: TabMapping = suggested ?? {
      tab: mapping.tab,
      kind,
      headerRow: mapping.headerRow,
      columns: pickColumns(mapping.columns, fieldsOf(state.kinds, kind)),
    };
    const typedChannel = (kind === 'ads' || kind === 'traffic') && next.columns.channel === undefined ? mapping.channel : undefined;
    return typedChannel !== undefined ? { ...next, channel: typedChannel } : next;
  });
}

/** What automatic matching proposes for a tab read as `kind` (undefined when the server sent none). */
export function suggestedMapping(view: TabView, kind: TabKind): TabMapping | undefined {
  return view.suggestions.find((suggestion) => suggestion.kind === kind)?.mapping;
}

/**
 * The columns (headers and samples) under the mapping's header row: the tab's, or those of the
 * suggestion that starts on another row.
 */
export function columnsFor(view: TabView, mapping: TabMapping): readonly ColumnView[] {
  if (mapping.headerRow === view.mapping.headerRow) return view.columns;
  const suggestion = view.suggestions.find((candidate) => candidate.mapping.headerRow === mapping.headerRow && candidate.columns !== undefined);
  return suggestion?.columns ?? view.columns;
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
 * isTabUsable({ tab: 'リード', kind: 'leads', headerRow: 0, columns: { created_date: 1 } })
 * //=> true
 */
export function isTabUsable(mapping: TabMapping | undefined): boolean {
  return mapping !== undefined && mapping.kind !== null && missingFields(mapping, mapping.kind).length === 0;
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
 * Required fields of the mapping's kind that no column is mapped to, with their labels — by the
 * parser's own rule (core/model/requiredFields: email needs delivered or sent, a wide targets tab
 * only a month), so the sidebar never disagrees with Generate.
 *
 * @example
 * missingRequiredFields({ tab: 'リード', kind: 'leads', headerRow: 0, columns: {} }, kinds).map((f) => f.field)
 * //=> ['created_date']
 */
export function missingRequiredFields(mapping: TabMapping, kinds: readonly KindView[]): FieldView[] {
  if (mapping.kind === null) return [];
  const view = kinds.find((candidate) => candidate.kind === mapping.kind);
  return missingFields(mapping, mapping.kind).map((field) => view?.fields.find((candidate) => candidate.field === field) ?? { field, label: field, required: true });
}

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

/**
 * The user's group for a channel, whatever spelling the saved mapping used (overrides are matched
 * as the engine matches them: NFKC, trimmed, spaces collapsed, case-folded).
 *
 * @example
 * channelOverride({ mappings: [], settings: { channelGroups: { 'google ads': 'paid_search' } } }, 'Google Ads')
 * //=> 'paid_search'
 */
export function channelOverride(setup: SavedSetup, channel: string): string | undefined {
  const key = labelKey(channel);
  for (const [value, group] of Object.entries(setup.settings.channelGroups ?? {})) if (labelKey(value) === key) return group;
  return undefined;
}

/**
 * Sets the group of a channel (design §4.6: the user's mapping is rule 1), or removes the override
 * with `null`; an empty mapping leaves the setting out. Any other spelling of the same channel is
 * replaced, so a channel has one override.
 *
 * @example
 * withChannelGroup({ mappings: [], settings: {} }, 'Google Ads', 'paid_search').settings
 * //=> { channelGroups: { 'Google Ads': 'paid_search' } }
 */
export function withChannelGroup(setup: SavedSetup, channel: string, group: ChannelGroupId | null): SavedSetup {
  const key = labelKey(channel);
  const kept = Object.entries(setup.settings.channelGroups ?? {}).filter(([value]) => labelKey(value) !== key);
  const next = Object.fromEntries(group === null ? kept : [...kept, [channel, group]]);
  return withSettings(setup, { channelGroups: Object.keys(next).length === 0 ? undefined : next });
}

/**
 * Adds or removes a leads column picked as an attribute (design §4.7); an empty pick leaves the
 * setting out.
 *
 * @example
 * withAttributeColumn({ mappings: [], settings: {} }, '地域', true).settings
 * //=> { attributeColumns: ['地域'] }
 */
export function withAttributeColumn(setup: SavedSetup, column: string, picked: boolean): SavedSetup {
  const current = (setup.settings.attributeColumns ?? []).filter((name) => name !== column);
  const next = picked ? [...current, column] : current;
  return withSettings(setup, { attributeColumns: next.length === 0 ? undefined : next });
}
