import type { ChannelMapRow } from '../../../src/core/model/breakdowns';
import { buildChannelSheet } from '../../../src/core/report/channelSheet';
import { ENGLISH_SETTINGS, fullSummary, HOSTILE_NAMES, hostileSummary, JAPANESE_SETTINGS } from './fixtures';
import { SheetGrid } from './sheetGrid';

const mapRow = (tab: string, value: string, channel: string, group: string, groupId: ChannelMapRow['groupId'], rule: ChannelMapRow['rule'], rows: number): ChannelMapRow => ({
  tab,
  value,
  channel,
  group,
  groupId,
  rule,
  rows,
});

/** The sample's shape: GA4's Organic Search sessions and the leads' 自然検索 in one group, a blank and an unmatched value. */
function auditedSummary() {
  return {
    ...fullSummary(),
    channelMap: [
      mapRow('GA4', 'Organic Search', 'Organic Search', '自然検索', 'organic_search', 'ga4_channel_group', 12),
      mapRow('リード', '自然検索', '自然検索', '自然検索', 'organic_search', 'words', 224),
      mapRow('リード', 'Google Ads', 'Google Ads', '有料検索', 'paid_search', 'ad_platform', 4),
      mapRow('リード', '', '(未設定)', '未設定', 'unassigned', 'blank', 3),
      mapRow('リード', '口コミ', '口コミ', 'その他', 'other', 'unmatched', 7),
    ],
    channelDuplicates: [{ channels: ['Google Ads', 'Google広告'] as const, groups: ['有料検索', '有料検索'] as const, reason: 'same_name' as const }],
  };
}

describe('the channel audit on チャネル別', () => {
  it('lists every raw value with its tab, rows, channel, group and the rule that placed it, below the KPI tables', () => {
    const grid = new SheetGrid(buildChannelSheet(auditedSummary(), JAPANESE_SETTINGS).sheet);
    const [header] = grid.headerRows('タブ');
    expect(grid.text(header! - 2, 1)).toBe('チャネル名の点検');
    // Below the three KPI tables (the duplicates table further down also starts with チャネル).
    expect(header).toBeGreaterThan(grid.headerRows('チャネル')[2]!);
    expect([1, 2, 3, 4, 5, 6].map((column) => grid.text(header!, column))).toEqual(['タブ', '元の値', '行数', 'チャネル', 'チャネルグループ', '判定の根拠']);
    const rows = grid.dataRows(header!).map((row) => [1, 2, 3, 4, 5, 6].map((column) => grid.text(row, column) ?? grid.value(row, column)));
    expect(rows).toEqual([
      ['GA4', 'Organic Search', 12, 'Organic Search', '自然検索', 'GA4 のチャネルグループ'],
      ['リード', '自然検索', 224, '自然検索', '自然検索', 'キーワード'],
      ['リード', 'Google Ads', 4, 'Google Ads', '有料検索', '広告媒体名'],
      ['リード', '（空欄）', 3, '(未設定)', '未設定', '空欄'],
      ['リード', '口コミ', 7, '口コミ', 'その他', '該当なし（その他）'],
    ]);
  });

  it('flags likely duplicates and lists the values that fell to その他, in English too', () => {
    const grid = new SheetGrid(buildChannelSheet(auditedSummary(), ENGLISH_SETTINGS).sheet);
    const duplicates = grid.rowOf('Channels that may be one source spelled two ways') + 1;
    expect(grid.dataRows(duplicates).map((row) => [1, 2, 3, 4, 5].map((column) => grid.text(row, column)))).toEqual([
      ['Google Ads', 'Google広告', '有料検索', '有料検索', 'Same name, written differently'],
    ]);
    // Each header names its own column: the two group columns belong to the two channels.
    expect([1, 2, 3, 4, 5].map((column) => grid.text(duplicates, column))).toEqual(['Channel', 'Similar channel', 'Group of the channel', 'Group of the similar channel', 'Why']);
    const japanese = new SheetGrid(buildChannelSheet(auditedSummary(), JAPANESE_SETTINGS).sheet);
    const header = japanese.rowOf('同じチャネルの表記ゆれかもしれない組') + 1;
    const names = [1, 2, 3, 4, 5].map((column) => japanese.text(header, column));
    expect(names).toEqual(['チャネル', 'よく似たチャネル', 'チャネルのグループ', 'よく似たチャネルのグループ', '理由']);
    expect(new Set(names).size).toBe(names.length);
    const other = grid.rowOf('Values no rule matched (placed in Other)') + 1;
    expect(grid.dataRows(other).map((row) => [grid.text(row, 1), grid.text(row, 2), grid.value(row, 3)])).toEqual([['リード', '口コミ', 7]]);
  });

  it('writes no audit when no tab has a channel value, and no duplicate or その他 list when there is none', () => {
    const none = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    expect(none.find('Channel names check')).toEqual([]);
    const clean = { ...auditedSummary(), channelDuplicates: [], channelMap: auditedSummary().channelMap.filter((row) => row.rule !== 'unmatched') };
    const grid = new SheetGrid(buildChannelSheet(clean, ENGLISH_SETTINGS).sheet);
    expect(grid.find('Channel names check')).toHaveLength(1);
    expect(grid.find('Channels that may be one source spelled two ways')).toEqual([]);
    expect(grid.find('Values no rule matched (placed in Other)')).toEqual([]);
  });

  it('keeps hostile tab names and channel values literal text in the audit, the duplicates and the その他 list', () => {
    const sheet = buildChannelSheet(hostileSummary(), JAPANESE_SETTINGS).sheet;
    const grid = new SheetGrid(sheet);
    for (const name of HOSTILE_NAMES) {
      // Core table (indented), audit (tab, value, channel), その他 list (tab, value); one duplicate pair names two of them.
      const cells = grid.find(name);
      expect(cells.length).toBeGreaterThanOrEqual(5);
      for (const placed of cells) expect(placed.cell.kind).toBe('text');
    }
    // Every text that would read as a formula, number or boolean carries the literal marker.
    for (const placed of grid.all()) {
      if (placed.cell.kind !== 'text') continue;
      if (/^\s*[=+\-@＝]/.test(placed.cell.value.normalize('NFKC'))) throw new Error(`unmarked: ${placed.cell.value}`);
    }
    expect(grid.formulas().every((placed) => !/HYPERLINK|IMPORTXML/.test(placed.formula))).toBe(true);
  });
});
