/**
 * The channels of a workbook (design §4.6): every raw value of every tab, normalised into channels,
 * each channel labelled by its most frequent spelling and placed in one group by the channel rules.
 * Also the hygiene audit: which value of which tab landed where, by which rule, and the likely
 * duplicates. Values stay text: a formula-looking or HTML-looking value is data here (the writers
 * neutralise it).
 */
import { classifyChannel, type ChannelPlacement } from '../channels/classifyChannel';
import { likelyDuplicates } from '../channels/duplicates';
import { groupLabel, groupRank } from '../channels/groups';
import type { ChannelDuplicate, ChannelGroupOverrides, ChannelMapRow } from '../model/breakdowns';
import type { Language, ParsedWorkbook } from '../model/types';
import { BLANK_KEY, BLANK_LABELS, compareCodeUnits, LabelBook } from './labels';

/** Rows of one tab carrying one spelling (trimmed). */
interface SpellingCount {
  readonly tab: string;
  readonly value: string;
  readonly key: string;
  rows: number;
}

export interface ChannelModel {
  /** The channel key of a raw value (cached: NFKC is the costly part and values repeat). */
  keyOf(raw: string | null): string;
  /** The label shown for a channel. */
  labelOf(key: string): string;
  /** The group and rule of a channel. */
  placementOf(key: string): ChannelPlacement;
  /** Every raw value per tab, with its channel, group, rule and rows (design §4.6 hygiene). */
  readonly channelMap: readonly ChannelMapRow[];
  /** Channels that probably name one source, busiest first. */
  readonly duplicates: readonly ChannelDuplicate[];
}

/** Counts rows per tab and raw value; per row only two map lookups (this runs for every row). */
class SpellingCounter {
  private readonly byTab = new Map<string, Map<string | null, number>>();
  private readonly adTabsByKey = new Map<string, Set<string>>();

  add(tab: string, raw: string | null): void {
    let counts = this.byTab.get(tab);
    if (counts === undefined) {
      counts = new Map();
      this.byTab.set(tab, counts);
    }
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }

  noteAdTab(key: string, tab: string): void {
    if (key === BLANK_KEY) return;
    const tabs = this.adTabsByKey.get(key) ?? new Set<string>();
    tabs.add(tab);
    this.adTabsByKey.set(key, tabs);
  }

  /** One entry per tab and trimmed spelling. */
  entries(keyOf: (raw: string | null) => string): SpellingCount[] {
    const merged = new Map<string, SpellingCount>();
    for (const [tab, counts] of this.byTab) {
      for (const [raw, rows] of counts) {
        const value = raw === null ? '' : raw.trim();
        const id = `${tab}\u0000${value}`;
        const entry = merged.get(id);
        if (entry === undefined) merged.set(id, { tab, value, key: keyOf(raw), rows });
        else entry.rows += rows;
      }
    }
    return [...merged.values()];
  }

  adTabsOf(key: string): string[] {
    return [...(this.adTabsByKey.get(key) ?? [])].sort(compareCodeUnits);
  }
}

/** Deals tabs whose rows all lack a channel have no channel column: they contribute no channel (design §4.6). */
function tabsWithChannels(rows: readonly { readonly tab: string; readonly channel: string | null }[]): Set<string> {
  const tabs = new Set<string>();
  for (const row of rows) if (row.channel !== null) tabs.add(row.tab);
  return tabs;
}

/**
 * Collects and places every channel of a workbook.
 *
 * @example
 * const model = buildChannelModel(workbook, 'ja', {});
 * model.placementOf(model.keyOf('Organic Search'))
 * //=> { group: 'organic_search', rule: 'ga4_channel_group' }
 */
export function buildChannelModel(workbook: ParsedWorkbook, language: Language, overrides: ChannelGroupOverrides = {}): ChannelModel {
  const labels = new LabelBook(BLANK_LABELS[language]);
  const counter = new SpellingCounter();
  const note = (row: { readonly tab: string; readonly channel: string | null }): void => {
    labels.add(row.channel);
    counter.add(row.tab, row.channel);
  };
  for (const row of workbook.ads) {
    note(row);
    counter.noteAdTab(labels.keyOf(row.channel), row.tab);
  }
  // forEach, not for-of: over 100,000 leads for-of allocates a step object per row until V8 optimises it.
  workbook.traffic.forEach(note);
  workbook.leads.forEach(note);
  const dealTabs = tabsWithChannels(workbook.deals);
  for (const row of workbook.deals) if (dealTabs.has(row.tab)) note(row);

  const placements = new Map<string, ChannelPlacement>();
  const placementOf = (key: string): ChannelPlacement => {
    let placement = placements.get(key);
    if (placement === undefined) {
      placement = classifyChannel(key, overrides, { adTabs: counter.adTabsOf(key) });
      placements.set(key, placement);
    }
    return placement;
  };

  const entries = counter.entries((raw) => labels.keyOf(raw));
  const channelMap: ChannelMapRow[] = entries
    .map((entry) => {
      const placement = placementOf(entry.key);
      return {
        tab: entry.tab,
        value: entry.value,
        channel: labels.labelOf(entry.key),
        group: groupLabel(placement.group, language),
        groupId: placement.group,
        rule: placement.rule,
        rows: entry.rows,
      };
    })
    .sort(
      (a, b) =>
        groupRank(a.groupId) - groupRank(b.groupId) ||
        compareCodeUnits(a.channel, b.channel) ||
        compareCodeUnits(a.tab, b.tab) ||
        compareCodeUnits(a.value, b.value),
    );

  const rowsByKey = new Map<string, number>();
  for (const entry of entries) rowsByKey.set(entry.key, (rowsByKey.get(entry.key) ?? 0) + entry.rows);
  const audited = [...rowsByKey.entries()]
    .sort(([a, rowsA], [b, rowsB]) => rowsB - rowsA || compareCodeUnits(a, b))
    .map(([key, rows]) => ({ key, rows, ...placementOf(key) }));
  const duplicates: ChannelDuplicate[] = likelyDuplicates(audited).map((pair) => {
    const [first, second] = [pair.first, pair.second].sort((a, b) => compareCodeUnits(labels.labelOf(a), labels.labelOf(b)));
    return {
      channels: [labels.labelOf(first as string), labels.labelOf(second as string)],
      groups: [groupLabel(placementOf(first as string).group, language), groupLabel(placementOf(second as string).group, language)],
      reason: pair.reason,
    };
  });

  return {
    keyOf: (raw) => labels.keyOf(raw),
    labelOf: (key) => labels.labelOf(key),
    placementOf,
    channelMap,
    duplicates,
  };
}
