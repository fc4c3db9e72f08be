/**
 * The plan sheet (design §6.3): observed inputs marked as such, required counts and budget as
 * formulas over them, per group by share and CPL, and 見込み in a table of their own.
 */
import { buildPlanSheet } from '../../../src/core/report/planSheet';
import { buildMonthlySheet } from '../../../src/core/report/monthlySheet';
import { ENGLISH_SETTINGS, fullSummary, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { SheetGrid } from './sheetGrid';

/** The cell beside the first cell of column A that reads `label`. */
function beside(grid: SheetGrid, label: string, column = 2): ReturnType<SheetGrid['value']> {
  const placed = grid.find(label).find((cell) => cell.column === 1);
  if (!placed) throw new Error(`no "${label}" in column A`);
  return grid.value(placed.row, column);
}

describe('buildPlanSheet', () => {
  // Fixture: ¥6,000,000 target, ¥500,000 per deal, every step rate 50 %; 有料検索 and 展示会 half the leads each.
  const grid = new SheetGrid(buildPlanSheet(fullSummary(), ENGLISH_SETTINGS).sheet);

  it('fills the inputs with the observed values and says where each comes from and what it rests on', () => {
    expect(beside(grid, 'Target revenue')).toBe(6_000_000);
    expect(beside(grid, 'Target revenue', 3)).toBe('Targets tab');
    expect(beside(grid, 'Average deal size', 3)).toBe('Observed');
    expect(beside(grid, 'Opportunities → won (closed deals)')).toBe(0.5);
    expect(beside(grid, 'Opportunities → won (closed deals)', 4)).toBe('Closed deals: 40');
    expect(beside(grid, 'Leads → MQL', 4)).toBe('Leads: 320');
  });

  it('names each step rate by its two stages, never by a KPI name another sheet uses for another rate', () => {
    // 商談化率 on the dashboard is leads → opportunities; the plan's step is SQL → opportunities.
    const rates = (sheet: SheetGrid): unknown[] => [3, 4, 5, 6].map((offset) => sheet.value((sheet.find(sheet === grid ? 'Item' : '項目')[0]?.row ?? 0) + offset, 1));
    expect(rates(grid)).toEqual(['Opportunities → won (closed deals)', 'SQL → Opportunities', 'MQL → SQL', 'Leads → MQL']);
    const japanese = new SheetGrid(buildPlanSheet(fullSummary(), JAPANESE_SETTINGS).sheet);
    expect(rates(japanese)).toEqual(['商談→受注（決着した商談）', 'SQL→商談', 'MQL→SQL', 'リード→MQL']);
    expect(japanese.find('商談化率')).toEqual([]);
  });

  it('works the target back with formulas: 12 won, 24 opportunities, 48 SQL, 96 MQL, 192 leads, ¥1,200,000', () => {
    const required = ['Won', 'Opportunities', 'SQL', 'MQL', 'Leads'].map((label) => beside(grid, label));
    expect(required).toEqual([12, 24, 48, 96, 192]);
    expect(beside(grid, 'Budget (leads × CPL)')).toBe(1_200_000);
    const leads = grid.find('Leads').find((cell) => cell.column === 1);
    expect(leads && grid.at(leads.row, 2)?.cell.kind).toBe('formula');
    // 有料検索: 192 × 50 % = 96 leads × ¥12,500.
    expect([beside(grid, '有料検索', 4), beside(grid, '有料検索', 5)]).toEqual([96, 1_200_000]);
    expect([beside(grid, 'Total', 2), beside(grid, 'Total', 4), beside(grid, 'Total', 5)]).toEqual([1, 192, 1_200_000]);
  });

  it('says when the leads must arrive', () => {
    expect(grid.find('Leads needed from 2025-05-21 to 2025-08-20')).toHaveLength(1);
  });

  it('shows 見込み of provisional months apart from the actuals, on the plan and on the monthly sheet', () => {
    for (const sheet of [buildPlanSheet(fullSummary(), JAPANESE_SETTINGS).sheet, buildMonthlySheet(fullSummary(), JAPANESE_SETTINGS).sheet]) {
      const sheetGrid = new SheetGrid(sheet);
      const caption = sheetGrid.find('集計途中の月の見込み（実績には含めていません）')[0];
      expect(caption).toBeDefined();
      const headerRow = (caption?.row ?? 0) + 2;
      // The stages name their four columns once, in the group row above the headers.
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((column) => sheetGrid.fullHeader(headerRow, column))).toEqual([
        '月', 'リード', '商談 実績', '商談 見込み', '商談 下限', '商談 上限', '受注 実績', '受注 見込み', '受注 下限', '受注 上限',
      ]);
      const row = headerRow + 1;
      const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((column) => sheetGrid.value(row, column));
      expect(values).toEqual(['2025-06', 60, 10, 14, 12, 17, 1, 3, 2, 4]);
      expect(sheetGrid.at(row, 4)?.role).toBe('provisional');
    }
  });

  it('asks for a target when there is none and says the plan is a rough guide', () => {
    const bare = new SheetGrid(buildPlanSheet(leadsOnlySummary(), ENGLISH_SETTINGS).sheet);
    expect(bare.find('No target set: type one into the target cell (shown as —).')).toHaveLength(1);
    expect(bare.find('Some rate rests on fewer than 20: treat this plan as a rough guide.')).toHaveLength(1);
    expect(beside(bare, 'Leads')).toBe('—');
  });
});
