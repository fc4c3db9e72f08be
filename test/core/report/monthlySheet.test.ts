import { RATIO_KEYS, type MonthRow } from '../../../src/core/model/summary';
import { KPI_NAMES } from '../../../src/core/report/kpiNames';
import { MEASURE_ORDER } from '../../../src/core/report/kpiColumns';
import { MAX_TABLE_COLUMNS } from '../../../src/core/report/model';
import { buildMonthlySheet } from '../../../src/core/report/monthlySheet';
import { REPORT_COLORS } from '../../../src/core/report/style';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

const englishWithLtv = { ...JAPANESE_SETTINGS, language: 'en' as const };

/** The header row of the targets table: below its caption and the metrics' group row. */
function targetsHeader(grid: SheetGrid): number {
  const caption = grid.find('Targets against actuals (actuals by event date)')[0];
  if (!caption) throw new Error('no targets table');
  return caption.row + 2;
}

describe('buildMonthlySheet', () => {
  it('writes one row per month, with the month as literal text', () => {
    const grid = new SheetGrid(buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(grid.text(headerRow, 1)).toBe('Month');
    expect([1, 2, 3].map((offset) => grid.text(headerRow + offset, 1))).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(grid.at(headerRow + 1, 1)?.cell).toEqual({ kind: 'text', value: "'2025-04" });
  });

  it('flags the provisional month in the cohort view, grey and italic in every table', () => {
    const grid = new SheetGrid(buildMonthlySheet(fullSummary(), JAPANESE_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const maturity = grid.columnOf('集計状況', headerRow)!;
    expect([1, 2, 3].map((offset) => grid.text(headerRow + offset, maturity))).toEqual([undefined, undefined, '集計途中（暫定）']);
    expect(grid.find(KPI_NAMES.immature.ja).length).toBe(1);
    const tables = grid.headerRows('月');
    // Every table of every month; the last, 見込み, holds the provisional month only.
    for (const tableHeader of tables.slice(0, -1)) {
      const rows = grid.dataRows(tableHeader);
      const june = grid.at(rows[2]!, 2)!;
      expect([june.role, june.italic, june.fontColor]).toEqual(['provisional', true, REPORT_COLORS.provisionalText]);
      expect(grid.at(rows[0]!, 2)?.italic).toBe(false);
    }
    const projected = grid.dataRows(tables.at(-1)!);
    expect(projected.map((row) => [grid.text(row, 1), grid.at(row, 2)?.role])).toEqual([['2025-06', 'provisional']]);
  });

  it('explains provisional months in the cohort view and the 100% caveat in the period view', () => {
    expect(new SheetGrid(buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet).text(3, 1)).toMatch(/^A provisional month/);
    const period = new SheetGrid(buildMonthlySheet(leadsOnlySummary(), ENGLISH_SETTINGS).sheet);
    expect(period.text(3, 1)).toMatch(/exceed 100%/);
    expect(period.find('Status')).toEqual([]);
  });

  it('keeps every table within 14 columns: the core table first, the rest below', () => {
    const sheet = buildMonthlySheet(fullSummary(), englishWithLtv).sheet;
    const grid = new SheetGrid(sheet);
    for (const block of sheet.blocks) expect(block.cells[0]?.length ?? 0).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    const headerRow = sheet.frozenRows;
    const core = grid.all().filter((placed) => placed.row === headerRow).sort((a, b) => a.column - b.column).map((placed) => grid.text(placed.row, placed.column));
    expect(core).toEqual([
      'Month',
      'Status',
      ...(['leads', 'opportunities', 'won', 'lost', 'revenue', 'cost', 'opportunityRate', 'winRate', 'cac', 'roas', 'leadsChange', 'opportunityRateChange'] as const).map(
        (key) => KPI_NAMES[key].en,
      ),
    ]);
    // Core, ads and site, stages and deals, targets, then 見込み.
    expect(grid.headerRows('Month')).toHaveLength(5);
  });

  it('matches the summary in every KPI value and evaluated formula, in whichever table holds it', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, englishWithLtv).sheet);
    for (const month of summary.byMonth) {
      for (const key of [...MEASURE_ORDER, ...RATIO_KEYS]) {
        const at = grid.cellFor('Month', month.month, KPI_NAMES[key].en);
        expect(at).toBeDefined();
        expect(matchesSummaryValue(grid.value(at!.row, at!.column), month[key])).toBe(true);
      }
    }
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
    // 商談化率 in points: May 18/80 − 20/100 = +2.5 pt; June 10/60 − 18/80 ≈ −5.83 pt.
    expect(grid.value(headerRow + 2, rateChange)).toBeCloseTo(2.5, 10);
    expect(grid.value(headerRow + 3, rateChange)).toBeCloseTo((10 / 60 - 18 / 80) * 100, 10);
    expect(grid.at(headerRow + 2, rateChange)?.format).toBe('"↑ +"0.0" pt";"↓ −"0.0" pt";0.0" pt"');
    expect(grid.at(headerRow + 2, leadsChange)?.format).toBe('"↑ +"0.0%;"↓ −"0.0%;0.0%');
    summary.byMonth.forEach((month, index) => {
      expect(matchesSummaryValue(grid.value(headerRow + 1 + index, leadsChange), month.leadsChange)).toBe(true);
      const points = month.opportunityRateChange === null ? null : month.opportunityRateChange * 100;
      expect(matchesSummaryValue(grid.value(headerRow + 1 + index, rateChange), points)).toBe(true);
    });
    const june = grid.at(headerRow + 3, leadsChange)?.cell;
    const leads = grid.columnOf('Leads', headerRow)!;
    const letter = String.fromCharCode(64 + leads);
    expect(june?.kind === 'formula' && june.formula).toBe(`=IFERROR((${letter}${headerRow + 3}-${letter}${headerRow + 2})/${letter}${headerRow + 2},"—")`);
  });

  it('writes targets and event-date actuals as values and attainment as formulas, in a table of their own', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, ENGLISH_SETTINGS).sheet);
    const targets = targetsHeader(grid);
    expect(grid.text(targets - 2, 1)).toBe('Targets against actuals (actuals by event date)');
    // Each metric names its three columns once, in a group row on the header band above them.
    expect([grid.at(targets - 1, 1)?.role, grid.at(targets - 1, 2)?.role]).toEqual(['group', 'group']);
    expect([2, 3, 4, 5].map((column) => [grid.text(targets - 1, column), grid.text(targets, column)])).toEqual([
      ['Leads', 'Target'],
      ['', 'Actual (event date)'],
      ['', 'Attainment'],
      ['Revenue', 'Target'],
    ]);
    const column = (metric: string, name: string) => grid.groupedColumnOf(metric, name, targets)!;
    const rows = grid.dataRows(targets);
    expect(rows.map((row) => grid.value(row, column('Leads', 'Target')))).toEqual([90, 90, 100]);
    expect(rows.map((row) => grid.value(row, column('Leads', 'Actual (event date)')))).toEqual([100, 80, 60]);
    // April: 100 leads of a 90 target; June: 60 of 100.
    expect(grid.value(rows[0]!, column('Leads', 'Attainment'))).toBeCloseTo(100 / 90, 12);
    expect(grid.value(rows[2]!, column('Leads', 'Attainment'))).toBeCloseTo(0.6, 12);
    expect(grid.at(rows[2]!, column('Revenue', 'Target'))?.format).toBe('"¥"#,##0');
    summary.byMonth.forEach((month, index) => {
      const leads = month.targets.find((target) => target.metric === 'leads')!;
      const revenue = month.targets.find((target) => target.metric === 'revenue');
      expect(matchesSummaryValue(grid.value(rows[index]!, column('Leads', 'Attainment')), leads.attainment)).toBe(true);
      expect(matchesSummaryValue(grid.value(rows[index]!, column('Revenue', 'Attainment')), revenue?.attainment ?? null)).toBe(true);
    });
  });

  it('colours attainment red below 80 %, amber to 100 %, green from 100 %, falling changes red and rising ones green', () => {
    const sheet = buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet;
    const grid = new SheetGrid(sheet);
    const targets = targetsHeader(grid);
    const attainmentRanges = ['Leads', 'Revenue'].map((metric) => ({ row: targets + 1, column: grid.groupedColumnOf(metric, 'Attainment', targets)!, rows: 3, columns: 1 }));
    const rules = sheet.conditionalFormats;
    expect(rules.filter((rule) => rule.purpose === 'attainment').map((rule) => [rule.condition, rule.fill])).toEqual([
      [{ kind: 'greaterThanOrEqual', value: 1 }, REPORT_COLORS.good.fill],
      [{ kind: 'between', low: 0.8, high: 1 }, REPORT_COLORS.warning.fill],
      [{ kind: 'lessThan', value: 0.8 }, REPORT_COLORS.bad.fill],
    ]);
    for (const rule of rules.filter((entry) => entry.purpose === 'attainment')) expect(rule.ranges).toEqual(attainmentRanges);
    const headerRow = sheet.frozenRows;
    const change = rules.filter((rule) => rule.purpose === 'change');
    const ranges = ['Leads vs previous month', 'Opportunity rate vs previous month'].map((name) => ({ row: headerRow + 1, column: grid.columnOf(name, headerRow)!, rows: 3, columns: 1 }));
    expect(change).toEqual([
      { purpose: 'change', condition: { kind: 'lessThan', value: 0 }, fill: REPORT_COLORS.bad.fill, fontColor: REPORT_COLORS.bad.text, ranges },
      { purpose: 'change', condition: { kind: 'greaterThan', value: 0 }, fill: REPORT_COLORS.good.fill, fontColor: REPORT_COLORS.good.text, ranges },
    ]);
  });

  it('draws one line chart per scale: counts, then rates', () => {
    const sheet = buildMonthlySheet(fullSummary(), ENGLISH_SETTINGS).sheet;
    const headerRow = sheet.frozenRows;
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.charts[0]).toMatchObject({ type: 'line', title: 'Counts by month', domain: `A${headerRow}:A${headerRow + 3}`, headerRows: 1 });
    expect(sheet.charts[0]!.series).toHaveLength(3);
    expect(sheet.charts[1]).toMatchObject({ type: 'line', title: 'Rates by month' });
    expect(sheet.charts[1]!.series).toHaveLength(2);
  });

  it('evaluates every formula it writes to the summary’s number or —', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildMonthlySheet(summary, englishWithLtv).sheet);
    const points = (value: number | null) => (value === null ? null : value * 100);
    const byHeader = new Map<string, (month: MonthRow) => number | null>([
      ...RATIO_KEYS.map((key) => [KPI_NAMES[key].en, (month: MonthRow) => month[key]] as const),
      ['Leads vs previous month', (month) => month.leadsChange],
      ['Opportunity rate vs previous month', (month) => points(month.opportunityRateChange)],
      ['Leads Attainment', (month) => month.targets.find((target) => target.metric === 'leads')?.attainment ?? null],
      ['Revenue Attainment', (month) => month.targets.find((target) => target.metric === 'revenue')?.attainment ?? null],
    ]);
    const formulas = grid.formulas();
    expect(formulas.length).toBeGreaterThan(50);
    const tables = grid.headerRows('Month');
    for (const placed of formulas) {
      const headerRow = Math.max(...tables.filter((row) => row < placed.row));
      const expected = byHeader.get(grid.fullHeader(headerRow, placed.column) ?? '');
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
      const targets = targetsHeader(grid);
      const rows = grid.dataRows(targets);
      const revenueAttainment = grid.groupedColumnOf('Revenue', 'Attainment', targets)!;
      expect(grid.value(rows[1]!, grid.groupedColumnOf('Revenue', 'Target', targets)!)).toBe('—');
      expect(grid.value(rows[1]!, revenueAttainment)).toBe('—');
      expect(grid.value(rows[2]!, revenueAttainment)).toBe('—');
    });

    it('keeps the name of a metric it does not know literal', () => {
      const grid = new SheetGrid(buildMonthlySheet(hostileSummary(), ENGLISH_SETTINGS).sheet);
      const targets = targetsHeader(grid);
      const rows = grid.dataRows(targets);
      const target = grid.groupedColumnOf('=SUM(A1)', 'Target', targets)!;
      const actual = grid.groupedColumnOf('=SUM(A1)', 'Actual (event date)', targets)!;
      const attainment = grid.groupedColumnOf('=SUM(A1)', 'Attainment', targets)!;
      expect(grid.at(targets - 1, target)?.cell).toEqual({ kind: 'text', value: "'=SUM(A1)" });
      expect([grid.value(rows[0]!, target), grid.value(rows[0]!, actual)]).toEqual([10, 4]);
      expect(grid.value(rows[0]!, attainment)).toBeCloseTo(0.4, 12);
      expect(grid.value(rows[1]!, attainment)).toBe('—');
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
