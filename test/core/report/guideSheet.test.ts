import { buildGuideSheet } from '../../../src/core/report/guideSheet';
import { KPI_CATALOG } from '../../../src/core/report/kpiCatalog';
import { SheetGrid } from './sheetGrid';

describe('buildGuideSheet', () => {
  it('explains each KPI shown once, in catalog order, with both names, formula, reading and pitfall', () => {
    const grid = new SheetGrid(buildGuideSheet(['cac', 'leads', 'cac', 'opportunityRate'], 'ja'));
    const headerRow = grid.sheet.frozenRows;
    expect([1, 2, 3, 4, 5].map((column) => grid.text(headerRow, column))).toEqual(['指標', '英語名', '計算式', '見方', 'よくある落とし穴']);
    const names = [1, 2, 3].map((offset) => grid.text(headerRow + offset, 1));
    expect(names).toEqual(['リード', '商談化率', '顧客獲得単価（CAC）']);
    expect(grid.text(headerRow + 4, 1)).toBeUndefined();
    expect([2, 3, 4, 5].map((column) => grid.text(headerRow + 2, column))).toEqual([
      KPI_CATALOG.opportunityRate.name.en,
      KPI_CATALOG.opportunityRate.formula.ja,
      KPI_CATALOG.opportunityRate.reading.ja,
      KPI_CATALOG.opportunityRate.pitfall.ja,
    ]);
  });

  it('writes English explanations with the Japanese name beside the English one', () => {
    const grid = new SheetGrid(buildGuideSheet(['winRate'], 'en'));
    const row = grid.sheet.frozenRows + 1;
    expect([1, 2, 3].map((column) => grid.text(row, column))).toEqual(['Win rate', '受注率', 'Won ÷ (won + lost)']);
  });

  it('wraps the explanations', () => {
    const sheet = buildGuideSheet(['leads'], 'en');
    expect(sheet.blocks.some((block) => block.wrap)).toBe(true);
  });

  describe('edge cases', () => {
    it('writes only the header when nothing is shown', () => {
      const grid = new SheetGrid(buildGuideSheet([], 'en'));
      expect(grid.lastRow()).toBe(grid.sheet.frozenRows);
    });
  });
});
