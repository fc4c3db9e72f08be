import { RATIO_KEYS, type MonthRow } from '../../../src/core/model/summary';
import { KPI_CATALOG } from '../../../src/core/report/kpiCatalog';
import { MEASURE_ORDER } from '../../../src/core/report/kpiColumns';
import { buildMonthlySheet } from '../../../src/core/report/monthlySheet';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

const englishWithLtv = { ...JAPANESE_SETTINGS, language: 'en' as const };

describe('buildMonthlySheet', () => {
  it('writes one row per month, with the month as literal text', () => {
    const grid = new SheetGrid(buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(grid.text(headerRow, 1)).toBe('Month');
    expect([1, 2, 3].map((offset) => grid.text(headerRow + offset, 1))).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(grid.at(headerRow + 1, 1)?.cell).toEqual({ kind: 'text', value: "'2025-04" });
  });

  it('flags the immature month in the cohort view', () => {
    const grid = new SheetGrid(buildMonthlySheet(fullSummary(), JAPANESE_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const maturity = grid.columnOf('成熟度', headerRow)!;
    expect([1, 2, 3].map((offset) => grid.text(headerRow + offset, maturity))).toEqual([undefined, undefined, '未成熟']);
    expect(grid.find(KPI_CATALOG.immature.name.ja).length).toBe(1);
  });

  it('explains maturity in the cohort view and the 100% caveat in the period view', () => {
    expect(new SheetGrid(buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet).text(3, 1)).toMatch(/^An immature month/);
    const period = new SheetGrid(buildMonthlySheet(leadsOnlySummary(), ENGLISH_SETTINGS).sheet);
    expect(period.text(3, 1)).toMatch(/exceed 100%/);
    expect(period.find('Maturity')).toEqual([]);
  });

  it('matches the summary in every KPI value and evaluated formula', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, englishWithLtv).sheet);
    const headerRow = grid.sheet.frozenRows;
    summary.byMonth.forEach((month, index) => {
      for (const key of [...MEASURE_ORDER, ...RATIO_KEYS]) {
        const column = grid.columnOf(KPI_CATALOG[key].name.en, headerRow);
        expect(column).toBeDefined();
        expect(matchesSummaryValue(grid.value(headerRow + 1 + index, column!), month[key])).toBe(true);
      }
    });
  });

  it('computes the month-over-month changes from the row above, matching the summary', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const leadsChange = grid.columnOf('Leads vs previous month', headerRow)!;
    const rateChange = grid.columnOf('Opportunity rate vs previous month', headerRow)!;
    // May: (80 − 100) / 100; June: (60 − 80) / 80.
    expect(grid.value(headerRow + 2, leadsChange)).toBeCloseTo(-0.2, 12);
    expect(grid.value(headerRow + 3, leadsChange)).toBeCloseTo(-0.25, 12);
    summary.byMonth.forEach((month, index) => {
      expect(matchesSummaryValue(grid.value(headerRow + 1 + index, leadsChange), month.leadsChange)).toBe(true);
      expect(matchesSummaryValue(grid.value(headerRow + 1 + index, rateChange), month.opportunityRateChange)).toBe(true);
    });
    const june = grid.at(headerRow + 3, leadsChange)?.cell;
    const leads = grid.columnOf('Leads', headerRow)!;
    const letter = String.fromCharCode(64 + leads);
    expect(june?.kind === 'formula' && june.formula).toBe(`=IFERROR((${letter}${headerRow + 3}-${letter}${headerRow + 2})/${letter}${headerRow + 2},"—")`);
  });

  it('writes targets as values and attainment as formulas matching the summary', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const leadsTarget = grid.columnOf('Target: Leads', headerRow)!;
    const leadsAttainment = grid.columnOf('Attainment: Leads', headerRow)!;
    const revenueTarget = grid.columnOf('Target: Revenue', headerRow)!;
    const revenueAttainment = grid.columnOf('Attainment: Revenue', headerRow)!;
    expect([1, 2, 3].map((offset) => grid.value(headerRow + offset, leadsTarget))).toEqual([90, 90, 100]);
    // April: 100 leads of a 90 target; June: 60 of 100.
    expect(grid.value(headerRow + 1, leadsAttainment)).toBeCloseTo(100 / 90, 12);
    expect(grid.value(headerRow + 3, leadsAttainment)).toBeCloseTo(0.6, 12);
    expect(grid.at(headerRow + 3, revenueTarget)?.format).toBe('"¥"#,##0');
    summary.byMonth.forEach((month, index) => {
      const leads = month.targets.find((target) => target.metric === 'leads')!;
      const revenue = month.targets.find((target) => target.metric === 'revenue');
      expect(matchesSummaryValue(grid.value(headerRow + 1 + index, leadsAttainment), leads.attainment)).toBe(true);
      expect(matchesSummaryValue(grid.value(headerRow + 1 + index, revenueAttainment), revenue?.attainment ?? null)).toBe(true);
    });
  });

  it('draws a line chart of the lead-level counts by month', () => {
    const sheet = buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet;
    const headerRow = sheet.frozenRows;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'line', domain: `A${headerRow}:A${headerRow + 3}`, headerRows: 1 });
    expect(sheet.charts[0]!.series).toHaveLength(3);
  });

  it('evaluates every formula it writes to the summary’s number or —', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, englishWithLtv).sheet);
    const headerRow = grid.sheet.frozenRows;
    const byHeader = new Map<string, (month: MonthRow) => number | null>([
      ...RATIO_KEYS.map((key) => [KPI_CATALOG[key].name.en, (month: MonthRow) => month[key]] as const),
      ['Leads vs previous month', (month) => month.leadsChange],
      ['Opportunity rate vs previous month', (month) => month.opportunityRateChange],
      ['Attainment: Leads', (month) => month.targets.find((target) => target.metric === 'leads')?.attainment ?? null],
      ['Attainment: Revenue', (month) => month.targets.find((target) => target.metric === 'revenue')?.attainment ?? null],
    ]);
    const formulas = grid.formulas();
    expect(formulas.length).toBeGreaterThan(50);
    for (const placed of formulas) {
      const expected = byHeader.get(grid.text(headerRow, placed.column) ?? '');
      const month = summary.byMonth[placed.row - headerRow - 1];
      if (expected === undefined || month === undefined) throw new Error(`unchecked formula at R${placed.row}C${placed.column}`);
      expect(matchesSummaryValue(grid.value(placed.row, placed.column), expected(month))).toBe(true);
    }
  });

  describe('edge cases', () => {
    it('shows — for the first month’s changes', () => {
      const grid = new SheetGrid(buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet);
      const headerRow = grid.sheet.frozenRows;
      expect(grid.at(headerRow + 1, grid.columnOf('Leads vs previous month', headerRow)!)?.cell).toEqual({ kind: 'text', value: '—' });
    });

    it('shows — for attainment against a zero target or a month without a target', () => {
      const grid = new SheetGrid(buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet);
      const headerRow = grid.sheet.frozenRows;
      const revenueAttainment = grid.columnOf('Attainment: Revenue', headerRow)!;
      expect(grid.value(headerRow + 2, grid.columnOf('Target: Revenue', headerRow)!)).toBe('—');
      expect(grid.value(headerRow + 2, revenueAttainment)).toBe('—');
      expect(grid.value(headerRow + 3, revenueAttainment)).toBe('—');
    });

    it('brings the actual value along for a metric that has no column of its own, and keeps its name literal', () => {
      const grid = new SheetGrid(buildMonthlySheet(hostileSummary(), ENGLISH_SETTINGS).sheet);
      const headerRow = grid.sheet.frozenRows;
      const target = grid.columnOf('Target: =SUM(A1)', headerRow)!;
      const actual = grid.columnOf('Actual: =SUM(A1)', headerRow)!;
      const attainment = grid.columnOf('Attainment: =SUM(A1)', headerRow)!;
      expect([grid.value(headerRow + 1, target), grid.value(headerRow + 1, actual)]).toEqual([10, 4]);
      expect(grid.value(headerRow + 1, attainment)).toBeCloseTo(0.4, 12);
      expect(grid.value(headerRow + 2, attainment)).toBe('—');
    });

    it('writes no target columns without targets', () => {
      const grid = new SheetGrid(buildMonthlySheet(leadsOnlySummary(), ENGLISH_SETTINGS).sheet);
      expect(grid.all().some((placed) => /^Target/.test(grid.text(placed.row, placed.column) ?? ''))).toBe(false);
    });

    it('writes only the header and no chart when the period has no months', () => {
      const sheet = buildMonthlySheet({ ...fullSummary(), byMonth: [] }, ENGLISH_SETTINGS).sheet;
      expect(sheet.charts).toEqual([]);
      expect(new SheetGrid(sheet).text(sheet.frozenRows, 1)).toBe('Month');
    });
  });
});
