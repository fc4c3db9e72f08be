import { buildGuideSheet } from '../../../src/core/report/guideSheet';
import { KPI_NAMES } from '../../../src/core/report/kpiNames';
import { KPI_GUIDE_TEXTS } from '../../../src/core/report/kpiGuideTexts';
import { SheetGrid } from './sheetGrid';

describe('buildGuideSheet', () => {
  it('explains each KPI shown once, in catalog order, with both names, formula, reading and pitfall', () => {
    const grid = new SheetGrid(buildGuideSheet(['cac', 'leads', 'cac', 'opportunityRate'], 'ja', KPI_GUIDE_TEXTS));
    const headerRow = grid.sheet.frozenRows;
    expect([1, 2, 3, 4, 5].map((column) => grid.text(headerRow, column))).toEqual(['指標', '英語名', '計算式', '見方', 'よくある落とし穴']);
    const names = [1, 2, 3].map((offset) => grid.text(headerRow + offset, 1));
    expect(names).toEqual(['リード', '商談化率', '顧客獲得単価（CAC）']);
    expect(grid.text(headerRow + 4, 1)).toBeUndefined();
    expect([2, 3, 4, 5].map((column) => grid.text(headerRow + 2, column))).toEqual([
      KPI_NAMES.opportunityRate.en,
      KPI_GUIDE_TEXTS.opportunityRate.formula.ja,
      KPI_GUIDE_TEXTS.opportunityRate.reading.ja,
      KPI_GUIDE_TEXTS.opportunityRate.pitfall.ja,
    ]);
  });

  it('writes English explanations with the Japanese name beside the English one', () => {
    const grid = new SheetGrid(buildGuideSheet(['winRate'], 'en', KPI_GUIDE_TEXTS));
    const row = grid.sheet.frozenRows + 1;
    expect([1, 2, 3].map((column) => grid.text(row, column))).toEqual(['Win rate', '受注率', 'Won ÷ (won + lost)']);
  });

  it('wraps the explanations', () => {
    const sheet = buildGuideSheet(['leads'], 'en', KPI_GUIDE_TEXTS);
    expect(sheet.blocks.some((block) => block.wrap)).toBe(true);
  });

  describe('edge cases', () => {
    it('writes only the header when nothing is shown', () => {
      const grid = new SheetGrid(buildGuideSheet([], 'en', KPI_GUIDE_TEXTS));
      expect(grid.lastRow()).toBe(grid.sheet.frozenRows);
    });
  });
});
