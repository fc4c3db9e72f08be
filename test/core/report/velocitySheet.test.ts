import { buildVelocitySheet } from '../../../src/core/report/velocitySheet';
import { ENGLISH_SETTINGS, fullSummary, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { SheetGrid } from './sheetGrid';

describe('buildVelocitySheet', () => {
  it('lists the five steps with their median days', () => {
    const grid = new SheetGrid(buildVelocitySheet(fullSummary(), ENGLISH_SETTINGS)!.sheet);
    const headerRow = grid.sheet.frozenRows;
    expect([grid.text(headerRow, 1), grid.text(headerRow, 2)]).toEqual(['Step', 'Days (median)']);
    const rows = [1, 2, 3, 4, 5].map((offset) => [grid.text(headerRow + offset, 1), grid.value(headerRow + offset, 2)]);
    expect(rows).toEqual([
      ['Lead → MQL', 6],
      ['MQL → SQL', 12.5],
      ['SQL → Opportunity', 9],
      ['Opportunity → Won', '—'],
      ['Lead → Won', 41],
    ]);
    expect(grid.at(headerRow + 2, 2)?.format).toBe('0.0');
  });

  it('writes the step names in Japanese', () => {
    const grid = new SheetGrid(buildVelocitySheet(fullSummary(), JAPANESE_SETTINGS)!.sheet);
    expect(grid.text(grid.sheet.frozenRows + 4, 1)).toBe('商談 → 受注');
  });

  describe('edge cases', () => {
    it('returns null when no median could be computed', () => {
      expect(buildVelocitySheet(leadsOnlySummary(), ENGLISH_SETTINGS)).toBeNull();
    });

    it('is written when a single median exists', () => {
      const summary = leadsOnlySummary();
      const built = buildVelocitySheet({ ...summary, velocity: { ...summary.velocity, leadToWonDays: 0 } }, ENGLISH_SETTINGS);
      expect(built?.sheet.role).toBe('velocity');
    });
  });
});
