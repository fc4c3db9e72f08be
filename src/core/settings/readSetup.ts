/**
 * The setup as it comes back from the sidebar, saved document properties or the CLI: untrusted JSON,
 * checked field by field so a stale or hand-edited setup can never make the engine read nonsense.
 * Tab mappings, the user's channel mapping (design §4.6) and the picked attribute columns (§4.7).
 */
import { MAX_CHANNEL_OVERRIDES } from '../channels/channelList';
import { CHANNEL_GROUP_LABELS } from '../channels/groups';
import { compactText } from '../channels/matchText';
import { labelKey } from '../funnel/labels';
import { CHANNEL_GROUP_IDS, type ChannelGroupId, type ChannelGroupOverrides } from '../model/breakdowns';
import { FIELDS_BY_KIND, TAB_KINDS, type AnyField, type TabKind, type TabMapping, type TargetMetric } from '../model/types';
import { headerKey } from '../vocabulary/headerKey';

const TARGET_METRICS: readonly TargetMetric[] = ['impressions', 'clicks', 'sessions', 'leads', 'mql', 'sql', 'opportunities', 'won', 'cost', 'revenue'];

/** Longest channel value an override (or a tab's channel) may name, in characters. */
export const MAX_CHANNEL_VALUE = 200;

function isColumnIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 18278;
}

/** Longest tab name a mapping may name: Sheets allows 100 characters. */
export const MAX_TAB_NAME = 100;

/**
 * A mapping read from untrusted JSON, and the parts of it that could not be used (`kind`,
 * `columns.date`, …). `mapping` is null when the tab, kind or header row is not usable; a bad
 * column, channel or wide metric is left out of it.
 */
export interface MappingRead {
  readonly mapping: TabMapping | null;
  readonly faults: readonly string[];
}

export function readMappingParts(input: unknown): MappingRead {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { mapping: null, faults: ['mapping'] };
  const raw = input as Record<string, unknown>;
  const faults: string[] = [];
  const tab = typeof raw.tab === 'string' && raw.tab !== '' && raw.tab.length <= MAX_TAB_NAME ? raw.tab : null;
  if (tab === null) faults.push('tab');
  const kind = raw.kind === null ? null : TAB_KINDS.includes(raw.kind as TabKind) ? (raw.kind as TabKind) : undefined;
  if (kind === undefined) faults.push('kind');
  if (!isColumnIndex(raw.headerRow)) faults.push('headerRow');
  if (tab === null || kind === undefined || !isColumnIndex(raw.headerRow)) return { mapping: null, faults };
  const columns: Partial<Record<AnyField, number>> = {};
  if (kind !== null && raw.columns !== undefined) {
    if (typeof raw.columns !== 'object' || raw.columns === null || Array.isArray(raw.columns)) faults.push('columns');
    else {
      const allowed: readonly string[] = FIELDS_BY_KIND[kind];
      for (const [field, column] of Object.entries(raw.columns as Record<string, unknown>)) {
        if (column === undefined) continue;
        if (allowed.includes(field) && isColumnIndex(column)) columns[field as AnyField] = column;
        else faults.push(`columns.${field}`);
      }
    }
  }
  const mapping: { -readonly [K in keyof TabMapping]: TabMapping[K] } = { tab, kind, headerRow: raw.headerRow, columns };
  if (raw.channel !== undefined && raw.channel !== null) {
    if (typeof raw.channel === 'string' && raw.channel.length <= MAX_CHANNEL_VALUE) {
      if (raw.channel.trim() !== '') mapping.channel = raw.channel.trim();
    } else faults.push('channel');
  }
  if (kind === 'targets' && raw.wideMetrics !== undefined && raw.wideMetrics !== null) {
    const wide: Record<number, TargetMetric> = {};
    if (typeof raw.wideMetrics !== 'object' || Array.isArray(raw.wideMetrics)) faults.push('wideMetrics');
    else {
      for (const [column, metric] of Object.entries(raw.wideMetrics as Record<string, unknown>)) {
        if (/^\d+$/.test(column) && isColumnIndex(Number(column)) && TARGET_METRICS.includes(metric as TargetMetric)) wide[Number(column)] = metric as TargetMetric;
        else faults.push(`wideMetrics.${column}`);
      }
    }
    if (Object.keys(wide).length > 0) mapping.wideMetrics = wide;
  }
  return { mapping, faults };
}

function readMapping(input: unknown): TabMapping | null {
  return readMappingParts(input).mapping;
}

/**
 * Keeps the well-formed mappings (one per tab, the first wins) and drops the rest.
 *
 * @example
 * readMappings([{ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1, bogus: 2 } }, { tab: 5 }])
 * //=> [{ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 } }]
 */
export function readMappings(input: unknown): TabMapping[] {
  if (!Array.isArray(input)) return [];
  const seen = new Set<string>();
  const mappings: TabMapping[] = [];
  for (const item of input) {
    const mapping = readMapping(item);
    if (mapping && !seen.has(mapping.tab)) {
      seen.add(mapping.tab);
      mappings.push(mapping);
    }
  }
  return mappings;
}

export { MAX_CHANNEL_OVERRIDES };
/** Most attribute columns a setup may pick. */
export const MAX_ATTRIBUTE_COLUMNS = 20;
const MAX_HEADER = 100;

const GROUP_BY_NAME = new Map<string, ChannelGroupId>();
for (const id of CHANNEL_GROUP_IDS) {
  for (const name of [id, CHANNEL_GROUP_LABELS[id].ja, CHANNEL_GROUP_LABELS[id].en]) GROUP_BY_NAME.set(compactText(name), id);
}

/**
 * The group a saved setup, the sidebar or a mapping file names: its id (`paid_search`) or its label
 * in either language (`有料検索`, `Paid search`), or `null`.
 *
 * @example
 * channelGroupFrom('展示会・イベント')
 * //=> 'events'
 * channelGroupFrom('Events')
 * //=> 'events'
 * channelGroupFrom('イベント系')
 * //=> null
 */
export function channelGroupFrom(value: unknown): ChannelGroupId | null {
  if (typeof value !== 'string') return null;
  return GROUP_BY_NAME.get(compactText(value)) ?? null;
}

export interface ChannelGroupsResult {
  /** Overrides keyed by the normalised value (the engine's channel key); the first of equal keys wins. */
  readonly overrides: ChannelGroupOverrides;
  /** Values whose group is not one of the groups, in input order. */
  readonly rejected: readonly string[];
  /** Values longer than a channel value can be, in input order. */
  readonly tooLong: readonly string[];
  /** Entries beyond {@link MAX_CHANNEL_OVERRIDES}, not kept. */
  readonly dropped: number;
}

/**
 * Reads the user's channel mapping (raw value → group, design §4.6) from untrusted JSON. Keys are
 * stored normalised (NFKC, trimmed, spaces collapsed, lower-case), so `Google Ads` and `google ads`
 * are one override and a saved setup stays short.
 *
 * @example
 * readChannelGroups({ 'Google Ads': 'paid_search', ' 展示会2025 ': '展示会・イベント', 'Web': 'nope' })
 * //=> { overrides: { 'google ads': 'paid_search', '展示会2025': 'events' }, rejected: ['Web'], tooLong: [], dropped: 0 }
 */
export function readChannelGroups(input: unknown): ChannelGroupsResult {
  // A Map, then own properties: a channel literally named "__proto__" is an override like any other.
  const kept = new Map<string, ChannelGroupId>();
  const rejected: string[] = [];
  const tooLong: string[] = [];
  let dropped = 0;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { overrides: {}, rejected, tooLong, dropped };
  for (const [value, group] of Object.entries(input as Record<string, unknown>)) {
    const id = channelGroupFrom(group);
    if (value.length > MAX_CHANNEL_VALUE) {
      tooLong.push(value);
      continue;
    }
    if (id === null) {
      rejected.push(value);
      continue;
    }
    const key = labelKey(value);
    if (kept.has(key)) continue;
    if (kept.size >= MAX_CHANNEL_OVERRIDES) {
      dropped += 1;
      continue;
    }
    kept.set(key, id);
  }
  return { overrides: Object.fromEntries(kept), rejected, tooLong, dropped };
}

/**
 * Reads the leads columns the user picked as attributes (design §4.7): header names, trimmed,
 * once each (compared as headers are), at most {@link MAX_ATTRIBUTE_COLUMNS}. `null` when the
 * input is not a list of names.
 *
 * @example
 * readAttributeColumns([' 地域 ', '地域', '流入経路（詳細）'])
 * //=> ['地域', '流入経路（詳細）']
 * readAttributeColumns('地域')
 * //=> null
 */
export function readAttributeColumns(input: unknown): string[] | null {
  if (!Array.isArray(input) || input.some((item) => typeof item !== 'string')) return null;
  const seen = new Set<string>();
  const columns: string[] = [];
  for (const item of input as string[]) {
    const header = item.trim();
    const key = headerKey(header);
    if (key === '' || header.length > MAX_HEADER || seen.has(key)) continue;
    seen.add(key);
    columns.push(header);
  }
  return columns.length > MAX_ATTRIBUTE_COLUMNS ? null : columns;
}
