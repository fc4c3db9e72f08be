import { buildSummarySheet } from '../../../src/core/report/summarySheet';
import { ENGLISH_SETTINGS, fullSummary, GENERATED_AT, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

const japanese = () => new SheetGrid(buildSummarySheet(fullSummary(), JAPANESE_SETTINGS, GENERATED_AT).sheet);
const english = () => new SheetGrid(buildSummarySheet(fullSummary(undefined), ENGLISH_SETTINGS, GENERATED_AT).sheet);

/** The value beside the topmost label in column A (the headline comes before the funnel). */
const beside = (grid: SheetGrid, label: string) => grid.value(grid.firstRowOf(label), 2);

describe('buildSummarySheet', () => {
  it('states the title, period, view, as-of date, generation time and currency', () => {
    const grid = japanese();
    expect(grid.text(1, 1)).toBe('ファネル概要');
    expect(grid.at(1, 1)?.bold).toBe(true);
    expect(beside(grid, '期間')).toBe('2025-04-01 〜 2025-06-30');
    expect(beside(grid, '集計方法')).toMatch(/^コホート/);
    expect(beside(grid, '基準日')).toBe('2025-07-15');
    expect(beside(grid, '作成日時')).toBe('2026-04-01 09:30 (UTC+09:00)');
    expect(beside(grid, '通貨')).toBe('JPY');
  });

  it('writes the period as literal text so a spreadsheet cannot turn it into a date', () => {
    const grid = japanese();
    const cell = grid.at(grid.rowOf('基準日'), 2)?.cell;
    expect(cell).toEqual({ kind: 'text', value: "'2025-07-15" });
  });

  it('warns in the period view that rates can exceed 100%, and only there', () => {
    const period = new SheetGrid(buildSummarySheet(leadsOnlySummary(), ENGLISH_SETTINGS, GENERATED_AT).sheet);
    expect(beside(period, 'Note')).toMatch(/exceed 100%/);
    expect(english().find('Note')).toEqual([]);
  });

  it('says first, under the view, that deals without leads are counted in the period view', () => {
    const summary = { ...leadsOnlySummary(), viewReason: 'no_leads' as const };
    const grid = new SheetGrid(buildSummarySheet(summary, ENGLISH_SETTINGS, GENERATED_AT).sheet);
    const noteRows = grid.find('Note').map((placed) => placed.row);
    const notes = noteRows.map((row) => grid.value(row, 2));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^There is no leads tab \(only deals\)/);
    expect(notes[1]).toMatch(/exceed 100%/);
    expect(grid.rowOf('View')).toBe((noteRows[0] as number) - 1);
  });

  it('shows the headline KPIs with LTV/CAC when both LTV settings are given', () => {
    const grid = japanese();
    const summary = fullSummary();
    expect(beside(grid, 'リード')).toBe(240);
    // 48 opportunities of 240 leads; 11 wins of 48 opportunities; ¥1,200,000 over 11 wins.
    expect(beside(grid, '商談化率')).toBeCloseTo(48 / 240, 12);
    expect(beside(grid, '受注率')).toBeCloseTo(11 / 48, 12);
    expect(beside(grid, '顧客獲得単価（CAC）')).toBeCloseTo(1200000 / 11, 6);
    // LTV = 3,800,000 / 11 × 0.7 × 3; LTV/CAC = LTV ÷ (1,200,000 / 11) = 6.65.
    expect(beside(grid, 'LTV/CAC')).toBeCloseTo(6.65, 9);
    expect(matchesSummaryValue(beside(grid, 'LTV/CAC'), summary.total.ltvToCac)).toBe(true);
    expect(grid.find('ROAS')).toEqual([]);
  });

  it('shows ROAS as the last headline KPI without LTV settings', () => {
    const grid = english();
    expect(beside(grid, 'ROAS')).toBeCloseTo(3800000 / 1200000, 12);
    expect(grid.find('LTV/CAC')).toEqual([]);
  });

  it('formats the headline KPIs as a count, rates and money', () => {
    const grid = japanese();
    expect(grid.at(grid.firstRowOf('リード'), 2)?.format).toBe('#,##0');
    expect(grid.at(grid.rowOf('商談化率'), 2)?.format).toBe('0.0%');
    expect(grid.at(grid.rowOf('顧客獲得単価（CAC）'), 2)?.format).toBe('"¥"#,##0');
    expect(grid.at(grid.rowOf('LTV/CAC'), 2)?.format).toBe('0.00');
  });

  it('lists cost and revenue as values', () => {
    const grid = japanese();
    expect(grid.at(grid.rowOf('費用'), 2)?.cell).toEqual({ kind: 'number', value: 1200000 });
    expect(grid.at(grid.rowOf('受注金額'), 2)?.cell).toEqual({ kind: 'number', value: 3800000 });
  });

  it('shows the funnel with counts, conversion from the previous stage and from leads, and cost per stage', () => {
    const grid = japanese();
    const header = grid.rowOf('段階');
    const count = grid.columnOf('件数', header)!;
    const step = grid.columnOf('前段からの転換率', header)!;
    const fromLeads = grid.columnOf('リードからの転換率', header)!;
    const cost = grid.columnOf('1件あたりの費用', header)!;
    const row = (stage: string) => {
      const at = grid.rowOf(stage);
      expect(at).toBeGreaterThan(header);
      return at;
    };
    // Worked by hand from the fixture's totals.
    const expected: [string, number, number | undefined, number | undefined, number | undefined][] = [
      ['表示回数', 30000, undefined, undefined, undefined],
      ['クリック数', 600, 600 / 30000, undefined, 1200000 / 600],
      ['セッション', 4000, undefined, undefined, 1200000 / 4000],
      ['MQL', 120, 120 / 240, 120 / 240, 1200000 / 120],
      ['SQL', 60, 60 / 120, 60 / 240, 1200000 / 60],
      ['商談', 48, 48 / 60, 48 / 240, 1200000 / 48],
      ['受注', 11, 11 / 48, 11 / 240, 1200000 / 11],
    ];
    for (const [stage, stageCount, stepRate, leadsRate, costPer] of expected) {
      const at = row(stage);
      expect(grid.value(at, count)).toBe(stageCount);
      for (const [column, value] of [
        [step, stepRate],
        [fromLeads, leadsRate],
        [cost, costPer],
      ] as const) {
        if (value === undefined) expect(grid.at(at, column)?.cell.kind).toBe('empty');
        else expect(grid.value(at, column)).toBeCloseTo(value, 9);
      }
    }
    // The leads row appears twice (headline and funnel): pick the one in the funnel.
    const leadsRow = grid.find('リード').find((placed) => placed.row > header)!.row;
    expect(grid.value(leadsRow, step)).toBeCloseTo(240 / 4000, 12);
    expect(grid.value(leadsRow, fromLeads)).toBe(1);
  });

  it('agrees with the summary wherever a funnel rate is also a summary KPI', () => {
    const grid = japanese();
    const { total } = fullSummary();
    const header = grid.rowOf('段階');
    const step = grid.columnOf('前段からの転換率', header)!;
    const fromLeads = grid.columnOf('リードからの転換率', header)!;
    const cost = grid.columnOf('1件あたりの費用', header)!;
    expect(matchesSummaryValue(grid.value(grid.rowOf('クリック数'), step), total.ctr)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('MQL'), step), total.mqlRate)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('SQL'), step), total.sqlRate)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('受注'), step), total.winRate)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('商談'), fromLeads), total.opportunityRate)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('受注'), fromLeads), total.leadToWinRate)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('クリック数'), cost), total.cpc)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('商談'), cost), total.costPerOpportunity)).toBe(true);
    expect(matchesSummaryValue(grid.value(grid.rowOf('受注'), cost), total.cac)).toBe(true);
  });

  it('describes a bar chart over the stage names and counts', () => {
    const sheet = buildSummarySheet(fullSummary(), JAPANESE_SETTINGS, GENERATED_AT).sheet;
    const grid = new SheetGrid(sheet);
    const header = grid.rowOf('段階');
    expect(sheet.charts).toEqual([
      expect.objectContaining({ type: 'bar', domain: `A${header}:A${header + 8}`, series: [`B${header}:B${header + 8}`], headerRows: 1 }),
    ]);
  });

  it('lists the findings as text under their heading', () => {
    const grid = japanese();
    const heading = grid.rowOf('気づき');
    expect(grid.text(heading + 1, 1)).toMatch(/^いちばん落ち込みが大きいのは/);
    expect(grid.text(heading + 2, 1)).toMatch(/^展示会 の商談化率/);
  });

  it('lists each source tab with its kind and the rows read and skipped', () => {
    const grid = japanese();
    const header = grid.rowOf('タブ');
    expect([grid.text(header + 1, 1), grid.text(header + 1, 2), grid.value(header + 1, 3), grid.value(header + 1, 4)]).toEqual(['広告', '広告', 90, 2]);
    expect([grid.text(header + 2, 1), grid.value(header + 2, 3), grid.value(header + 2, 4)]).toEqual(['リード', 245, 5]);
    expect([grid.text(header + 3, 1), grid.text(header + 3, 2)]).toEqual(['メモ', '使わない']);
  });

  it('shows the LTV assumptions it used', () => {
    const grid = japanese();
    expect(beside(grid, '粗利率')).toBe(0.7);
    expect(beside(grid, '想定購入回数')).toBe(3);
  });

  describe('edge cases', () => {
    const leadsOnly = () => new SheetGrid(buildSummarySheet(leadsOnlySummary(), ENGLISH_SETTINGS, GENERATED_AT).sheet);

    it('leaves out stages no tab provides and the cost-per-stage column without cost', () => {
      const grid = leadsOnly();
      expect(grid.find('Impressions')).toEqual([]);
      expect(grid.find('Sessions')).toEqual([]);
      expect(grid.find('Cost per stage')).toEqual([]);
    });

    it('shows — where a headline KPI cannot be computed', () => {
      const grid = leadsOnly();
      // 0 wins of 0 opportunities; no cost at all.
      expect(beside(grid, 'Win rate')).toBe('—');
      expect(beside(grid, 'CAC (customer acquisition cost)')).toBe('—');
      expect(beside(grid, 'ROAS')).toBe('—');
      expect(beside(grid, 'Cost')).toBe('—');
      expect(beside(grid, 'Opportunity rate')).toBe(0);
    });

    it('says so when there are no findings', () => {
      const grid = leadsOnly();
      expect(grid.text(grid.rowOf('Findings') + 1, 1)).toMatch(/^Nothing stands out/);
    });

    it('shows a timestamp it cannot reshape exactly as given', () => {
      const grid = new SheetGrid(buildSummarySheet(fullSummary(), ENGLISH_SETTINGS, 'yesterday').sheet);
      expect(beside(grid, 'Generated at')).toBe('yesterday');
    });

    it('shows a UTC timestamp with its zone', () => {
      const grid = new SheetGrid(buildSummarySheet(fullSummary(), ENGLISH_SETTINGS, '2026-04-01T00:30:15.123Z').sheet);
      expect(beside(grid, 'Generated at')).toBe('2026-04-01 00:30 (UTC)');
    });

    it('writes no chart when no stage has a count', () => {
      const summary = leadsOnlySummary();
      const empty = { ...summary, total: { ...summary.total, leads: null, mql: null, sql: null, opportunities: null, won: null } };
      expect(buildSummarySheet(empty, ENGLISH_SETTINGS, GENERATED_AT).sheet.charts).toEqual([]);
    });

    it('leaves out the sources table when no tab was read', () => {
      const grid = new SheetGrid(buildSummarySheet({ ...leadsOnlySummary(), sources: [] }, ENGLISH_SETTINGS, GENERATED_AT).sheet);
      expect(grid.find('Tabs read')).toEqual([]);
    });
  });
});
