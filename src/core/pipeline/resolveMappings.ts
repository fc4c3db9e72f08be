/**
 * Which mapping reads each tab: the one the user saved in the sidebar when it still fits the tab,
 * otherwise the one recognition proposes.
 */
import type { TabMapping } from '../model/types';
import type { SheetTab } from '../parse/parseWorkbook';
import { recognizeTab, withStatedPeriod, type TabRecognition } from '../recognition/recognizeTab';
import { linkSharedColumns } from '../recognition/sharedLinkKey';

export interface ResolvedTab {
  readonly tab: SheetTab;
  readonly recognition: TabRecognition;
  readonly mapping: TabMapping;
  /** True when the mapping is the user's saved one. */
  readonly saved: boolean;
}

/** A saved mapping fits while its header row and columns still lie inside the tab. */
function fits(mapping: TabMapping, tab: SheetTab): boolean {
  const width = Math.max(0, ...tab.values.slice(0, mapping.headerRow + 1).map((row) => row.length));
  const columns = Object.values(mapping.columns).filter((c): c is number => typeof c === 'number');
  return mapping.headerRow >= 0 && mapping.headerRow < Math.max(1, tab.values.length) && columns.every((c) => c >= 0 && c < width);
}

/**
 * Pairs every tab with its recognition and the mapping to use. A report's stated period is read
 * from the tab on every run (it changes with each download), never from the saved setup;
 * recognised mappings of a deals tab and a leads tab that share an id column get it as their link key.
 *
 * @example
 * resolveMappings([{ name: 'メモ', values: [['メモ']] }], []).map((r) => r.mapping.kind)
 * //=> [null]
 */
export function resolveMappings(tabs: readonly SheetTab[], savedMappings: readonly TabMapping[] = []): ResolvedTab[] {
  const savedByTab = new Map(savedMappings.map((mapping) => [mapping.tab, mapping]));
  const resolved: ResolvedTab[] = tabs.map((tab) => {
    const recognition = recognizeTab(tab.name, tab.values);
    const saved = savedByTab.get(tab.name);
    if (saved && fits(saved, tab)) return { tab, recognition, mapping: withStatedPeriod(saved, recognition.period), saved: true };
    return { tab, recognition, mapping: recognition.mapping, saved: false };
  });
  // A column the deals and leads tabs share (`mql_id`) links them (design §3.2.1).
  const linked = linkSharedColumns(resolved);
  return resolved.map((entry, index) => (linked[index] === entry.mapping ? entry : { ...entry, mapping: linked[index] ?? entry.mapping }));
}
