/**
 * The setup the user confirmed in the sidebar (mappings and settings), saved per spreadsheet in
 * document properties and reused by the menu's "Generate funnel report". Holds no personal data:
 * tab names, column positions and settings only.
 *
 * Apps Script allows about 9 KB per property value (design §7.1), so the setup stays far below it:
 * only tabs with a mapping are stored, in a compact form with short keys, and the text is split into
 * chunks of at most {@link CHUNK_BYTES} UTF-8 bytes when a workbook has many or long-named tabs.
 */
import type { TabMapping } from '../core/model/types';
import type { SavedSetup } from '../shared/rpc';

const SETUP_KEY = 'funnelKpi.setup.v2';
/** The first version: one property holding the whole setup as JSON (still read). */
const LEGACY_SETUP_KEY = 'funnelKpi.setup.v1';
/** Bytes per chunk: well under the 9 KB per-value limit, key included. */
export const CHUNK_BYTES = 8000;

/** One mapped tab, compactly: [tab, kind, headerRow, columns, channel?, wideMetrics?]. */
type CompactMapping = [string, string, number, Record<string, number>, (string | null)?, Record<string, string>?];
interface CompactSetup {
  readonly v: 2;
  readonly s: SavedSetup['settings'];
  readonly m: CompactMapping[];
}

function compactMapping(mapping: TabMapping): CompactMapping {
  const entry: CompactMapping = [mapping.tab, mapping.kind ?? '', mapping.headerRow, { ...mapping.columns }];
  if (mapping.channel !== undefined || mapping.wideMetrics !== undefined) entry.push(mapping.channel ?? null);
  if (mapping.wideMetrics !== undefined) entry.push({ ...mapping.wideMetrics });
  return entry;
}

/**
 * One stored entry as a mapping, or null when it is not an entry at all (a hand edit can leave
 * anything there). Field values are checked later, by the reader every setup goes through.
 */
function expandMapping(entry: unknown): TabMapping | null {
  if (!Array.isArray(entry)) return null;
  const [tab, kind, headerRow, columns, channel, wideMetrics] = entry as CompactMapping;
  return {
    tab,
    kind: kind as TabMapping['kind'],
    headerRow,
    columns,
    ...(typeof channel === 'string' ? { channel } : {}),
    ...(wideMetrics ? { wideMetrics: wideMetrics as unknown as TabMapping['wideMetrics'] } : {}),
  };
}

/** UTF-8 bytes of a string (no TextEncoder in Apps Script). */
function utf8Bytes(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
}

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair.
 *
 * @example
 * splitUtf8('あいう', 6)
 * //=> ['あい', 'う']
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const size = utf8Bytes(text.charCodeAt(i));
    const pairStart = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
    const needed = pairStart ? size * 2 : size;
    if (bytes + needed > maxBytes && i > start) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return chunks;
}

/**
 * The properties that hold a setup: the chunks and, under the main key, their count. Only tabs
 * with a mapping are kept (an unmapped tab needs no memory: it is detected again).
 *
 * @example
 * Object.keys(setupProperties({ mappings: [], settings: {} }))
 * //=> ['funnelKpi.setup.v2.1', 'funnelKpi.setup.v2']
 */
export function setupProperties(setup: SavedSetup): Record<string, string> {
  const compact: CompactSetup = { v: 2, s: setup.settings, m: setup.mappings.filter((m) => m.kind !== null).map(compactMapping) };
  const chunks = splitUtf8(JSON.stringify(compact), CHUNK_BYTES);
  const properties: Record<string, string> = {};
  chunks.forEach((chunk, index) => {
    properties[`${SETUP_KEY}.${index + 1}`] = chunk;
  });
  properties[SETUP_KEY] = String(chunks.length);
  return properties;
}

function isSavedSetup(value: unknown): value is SavedSetup {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SavedSetup>;
  return Array.isArray(candidate.mappings) && typeof candidate.settings === 'object' && candidate.settings !== null;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The setup held by a set of properties, or null when none was saved (or it cannot be read any more).
 *
 * @example
 * setupFromProperties(setupProperties({ mappings: [], settings: { view: 'cohort' } }))
 * //=> { mappings: [], settings: { view: 'cohort' } }
 */
export function setupFromProperties(properties: Readonly<Record<string, string>>): SavedSetup | null {
  const count = Number(properties[SETUP_KEY]);
  if (Number.isInteger(count) && count > 0) {
    let text = '';
    for (let index = 1; index <= count; index += 1) {
      const chunk = properties[`${SETUP_KEY}.${index}`];
      if (chunk === undefined) return null;
      text += chunk;
    }
    const compact = parse(text) as Partial<CompactSetup> | null;
    if (!compact || compact.v !== 2 || !Array.isArray(compact.m) || typeof compact.s !== 'object' || compact.s === null) return null;
    const mappings = (compact.m as unknown[]).map(expandMapping).filter((mapping): mapping is TabMapping => mapping !== null);
    return { mappings, settings: compact.s };
  }
  const legacy = properties[LEGACY_SETUP_KEY];
  if (legacy === undefined) return null;
  const parsed = parse(legacy);
  return isSavedSetup(parsed) ? parsed : null;
}

/** The saved setup (one properties read), or null. */
export function loadSetup(): SavedSetup | null {
  return setupFromProperties(PropertiesService.getDocumentProperties().getProperties());
}

/** Saves the setup, removing chunks a longer earlier setup left behind. Throws when the store refuses it. */
export function saveSetup(setup: SavedSetup): void {
  const store = PropertiesService.getDocumentProperties();
  const previousCount = Number(store.getProperty(SETUP_KEY)) || 0;
  const properties = setupProperties(setup);
  store.setProperties(properties);
  const count = Number(properties[SETUP_KEY]);
  for (let index = count + 1; index <= previousCount; index += 1) store.deleteProperty(`${SETUP_KEY}.${index}`);
  if (store.getProperty(LEGACY_SETUP_KEY) !== null) store.deleteProperty(LEGACY_SETUP_KEY);
}
