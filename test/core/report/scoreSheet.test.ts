import { buildScoreSheet } from '../../../src/core/report/scoreSheet';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

describe('buildScoreSheet', () => {
  it('writes one row per band with counts as values and rates as formulas', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildScoreSheet(summary, ENGLISH_SETTINGS)!.sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(['Score band', 'Leads', 'Opportunities', 'Won', 'Opportunity rate', 'Win rate'].map((name) => grid.columnOf(name, headerRow))).toEqual([1, 2, 3, 4, 5, 6]);
    summary.scoreBands.forEach((band, index) => {
      const row = headerRow + 1 + index;
      expect(grid.text(row, 1)).toBe(band.band);
      expect([grid.value(row, 2), grid.value(row, 3), grid.value(row, 4)]).toEqual([band.leads, band.opportunities, band.won]);
      expect(grid.at(row, 5)?.cell.kind).toBe('formula');
      expect(matchesSummaryValue(grid.value(row, 5), band.opportunityRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(row, 6), band.winRate)).toBe(true);
    });
    // 80+: 9 opportunities of 15 leads.
    expect(grid.value(headerRow + 5, 5)).toBeCloseTo(0.6, 12);
  });

  it('names the sheet in Japanese', () => {
    expect(buildScoreSheet(fullSummary(), JAPANESE_SETTINGS)!.sheet.name).toBe('スコア分析');
  });

  describe('edge cases', () => {
    it('returns null without score bands', () => {
      expect(buildScoreSheet({ ...fullSummary(), scoreBands: [] }, ENGLISH_SETTINGS)).toBeNull();
    });

    it('keeps hostile band labels literal and shows — for a rate over zero', () => {
      const grid = new SheetGrid(buildScoreSheet(hostileSummary(), ENGLISH_SETTINGS)!.sheet);
      const headerRow = grid.sheet.frozenRows;
      expect(grid.at(headerRow + 1, 1)?.cell).toEqual({ kind: 'text', value: "'=1+1" });
      expect(grid.text(headerRow + 2, 1)).toBe('-20');
      expect(grid.value(headerRow + 2, 6)).toBe(0);
    });

    it('shows — for a band without leads', () => {
      const grid = new SheetGrid(
        buildScoreSheet({ ...fullSummary(), scoreBands: [{ band: '0-19', leads: 0, opportunities: 0, won: 0, lost: 0, opportunityRate: null, opportunityToWinRate: null, winRate: null }] }, ENGLISH_SETTINGS)!
          .sheet,
      );
      const row = grid.sheet.frozenRows + 1;
      expect([grid.value(row, 5), grid.value(row, 6)]).toEqual(['—', '—']);
    });
  });
});
