import { buildEmailSheet } from '../../../src/core/report/emailSheet';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

describe('buildEmailSheet', () => {
  it('writes one row per campaign, counts as values and the three rates as formulas matching the summary', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildEmailSheet(summary, ENGLISH_SETTINGS)!.sheet);
    const headerRow = grid.sheet.frozenRows;
    const column = (name: string) => grid.columnOf(name, headerRow)!;
    summary.email.forEach((row, index) => {
      const at = headerRow + 1 + index;
      expect(grid.text(at, 1)).toBe(row.campaign);
      expect(grid.value(at, column('Delivered'))).toBe(row.delivered);
      expect(matchesSummaryValue(grid.value(at, column('Opens')), row.opens)).toBe(true);
      expect(matchesSummaryValue(grid.value(at, column('Clicks (email)')), row.clicks)).toBe(true);
      expect(matchesSummaryValue(grid.value(at, column('Open rate')), row.openRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(at, column('Click rate (email)')), row.clickRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(at, column('Click-to-open rate')), row.clickToOpenRate)).toBe(true);
    });
    // 4月メルマガ: 1,500 opens of 5,000; 150 clicks of 1,500 opens.
    expect(grid.value(headerRow + 1, column('Open rate'))).toBeCloseTo(0.3, 12);
    expect(grid.value(headerRow + 1, column('Click-to-open rate'))).toBeCloseTo(0.1, 12);
  });

  it('uses the Japanese names of the email rates', () => {
    const grid = new SheetGrid(buildEmailSheet(fullSummary(), JAPANESE_SETTINGS)!.sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(grid.columnOf('開封率', headerRow)).toBeDefined();
    expect(grid.columnOf('反応率（クリック ÷ 開封）', headerRow)).toBeDefined();
  });

  describe('edge cases', () => {
    it('returns null without email rows', () => {
      expect(buildEmailSheet({ ...fullSummary(), email: [] }, ENGLISH_SETTINGS)).toBeNull();
    });

    it('leaves out the opens column and the rates over opens when no row has opens', () => {
      const summary = fullSummary();
      const email = [{ campaign: 'News', delivered: 100, opens: null, clicks: 5, openRate: null, clickRate: 0.05, clickToOpenRate: null }];
      const grid = new SheetGrid(buildEmailSheet({ ...summary, email }, ENGLISH_SETTINGS)!.sheet);
      expect(grid.find('Opens')).toEqual([]);
      expect(grid.find('Open rate')).toEqual([]);
      expect(grid.find('Click-to-open rate')).toEqual([]);
      expect(grid.value(grid.sheet.frozenRows + 1, grid.columnOf('Click rate (email)', grid.sheet.frozenRows)!)).toBeCloseTo(0.05, 12);
    });

    it('keeps hostile campaign names literal', () => {
      const grid = new SheetGrid(buildEmailSheet(hostileSummary(), ENGLISH_SETTINGS)!.sheet);
      expect(grid.at(grid.sheet.frozenRows + 1, 1)?.cell).toEqual({ kind: 'text', value: `'=HYPERLINK("http://x","y")` });
    });
  });
});
