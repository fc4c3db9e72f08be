/**
 * Mappings as they come back from the sidebar or from saved document properties: untrusted JSON,
 * checked field by field so a stale or hand-edited setup can never make the engine read nonsense.
 */
import { FIELDS_BY_KIND, TAB_KINDS, type AnyField, type TabKind, type TabMapping, type TargetMetric } from '../model/types';

const TARGET_METRICS: readonly TargetMetric[] = ['impressions', 'clicks', 'sessions', 'leads', 'mql', 'sql', 'opportunities', 'won', 'cost', 'revenue'];

function isColumnIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 18278;
}

function readMapping(input: unknown): TabMapping | null {
  if (typeof input !== 'object' || input === null) return null;
  const raw = input as Record<string, unknown>;
  if (typeof raw.tab !== 'string' || raw.tab === '') return null;
  const kind = raw.kind === null ? null : TAB_KINDS.includes(raw.kind as TabKind) ? (raw.kind as TabKind) : undefined;
  if (kind === undefined) return null;
  if (!isColumnIndex(raw.headerRow)) return null;
  const columns: Partial<Record<AnyField, number>> = {};
  if (kind !== null && typeof raw.columns === 'object' && raw.columns !== null) {
    const allowed: readonly string[] = FIELDS_BY_KIND[kind];
    for (const [field, column] of Object.entries(raw.columns as Record<string, unknown>)) {
      if (allowed.includes(field) && isColumnIndex(column)) columns[field as AnyField] = column;
    }
  }
  const mapping: { -readonly [K in keyof TabMapping]: TabMapping[K] } = { tab: raw.tab, kind, headerRow: raw.headerRow, columns };
  if (typeof raw.channel === 'string' && raw.channel.trim() !== '') mapping.channel = raw.channel.trim();
  if (kind === 'targets' && typeof raw.wideMetrics === 'object' && raw.wideMetrics !== null) {
    const wide: Record<number, TargetMetric> = {};
    for (const [column, metric] of Object.entries(raw.wideMetrics as Record<string, unknown>)) {
      if (isColumnIndex(Number(column)) && TARGET_METRICS.includes(metric as TargetMetric)) wide[Number(column)] = metric as TargetMetric;
    }
    if (Object.keys(wide).length > 0) mapping.wideMetrics = wide;
  }
  return mapping;
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
