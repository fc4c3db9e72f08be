import { buildScoreSheet } from '../../../src/core/report/scoreSheet';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

describe('buildScoreSheet', () => {
  it('writes one row per band with counts as values and rates as formulas', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildScoreSheet(summary, ENGLISH_SETTINGS)!.sheet);
    const headerRow = grid.sheet.frozenRows;
    const names = ['Score band', 'Leads', 'Opportunities', 'Won', 'Lost', 'Opportunity rate', 'Opportunity-to-win rate', 'Win rate'];
    expect(names.map((name) => grid.columnOf(name, headerRow))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    summary.scoreBands.forEach((band, index) => {
      const row = headerRow + 1 + index;
      expect(grid.text(row, 1)).toBe(band.band);
      expect([2, 3, 4, 5].map((column) => grid.value(row, column))).toEqual([band.leads, band.opportunities, band.won, band.lost]);
      expect(grid.at(row, 6)?.cell.kind).toBe('formula');
      expect(matchesSummaryValue(grid.value(row, 6), band.opportunityRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(row, 7), band.opportunityToWinRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(row, 8), band.winRate)).toBe(true);
    });
    // 80+: 9 opportunities of 15 leads; 2 won of 9 opportunities; 2 won of 2 + 1 closed.
    expect(grid.value(headerRow + 5, 6)).toBeCloseTo(0.6, 12);
    expect(grid.value(headerRow + 5, 7)).toBeCloseTo(2 / 9, 12);
    expect(grid.value(headerRow + 5, 8)).toBeCloseTo(2 / 3, 12);
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
      // '-20': 0 won of 4 opportunities, none lost: the funnel step is 0, the win rate has no closed deal.
      expect(grid.value(headerRow + 2, 7)).toBe(0);
      expect(grid.value(headerRow + 2, 8)).toBe('—');
    });

    it('shows — for a band without leads', () => {
      const grid = new SheetGrid(
        buildScoreSheet({ ...fullSummary(), scoreBands: [{ band: '0-19', leads: 0, opportunities: 0, won: 0, lost: 0, opportunityRate: null, opportunityToWinRate: null, winRate: null }] }, ENGLISH_SETTINGS)!
          .sheet,
      );
      const row = grid.sheet.frozenRows + 1;
      expect([grid.value(row, 6), grid.value(row, 7), grid.value(row, 8)]).toEqual(['—', '—', '—']);
    });
  });
});
