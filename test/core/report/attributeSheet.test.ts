import { buildAttributeSheet } from '../../../src/core/report/attributeSheet';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, INDUSTRY_TABLE, JAPANESE_SETTINGS } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

describe('buildAttributeSheet', () => {
  it('is left out when the leads have no attribute column', () => {
    expect(buildAttributeSheet({ ...fullSummary(), byAttribute: [] }, JAPANESE_SETTINGS)).toBeNull();
  });

  it('writes one table per attribute under its name: counts as values, rates as formulas, small samples marked', () => {
    const built = buildAttributeSheet(fullSummary(), JAPANESE_SETTINGS)!;
    const grid = new SheetGrid(built.sheet);
    expect(built.sheet.name).toBe('属性別');
    const [header] = grid.headerRows('値');
    expect(grid.text(header! - 2, 1)).toBe('業種');
    expect(grid.text(header! - 1, 1)).toBe('値は6種類。少ないものは「その他」にまとめています。');
    expect(built.sheet.frozenRows).toBe(header);
    const column = (name: string) => grid.columnOf(name, header!)!;
    const rows = grid.dataRows(header!);
    expect(rows.map((row) => grid.text(row, 1))).toEqual(['製造業', 'IT', 'その他', '(未設定)']);
    // 製造業: 24 商談 of 120 leads = 20.0 %; 6 won of 16 closed = 37.5 %; 6 of 24 商談 = 25.0 %.
    expect(grid.value(rows[0]!, column('リード'))).toBe(120);
    expect(grid.value(rows[0]!, column('受注金額'))).toBe(1800000);
    expect(grid.at(rows[0]!, column('商談化率'))?.cell.kind).toBe('formula');
    expect(grid.value(rows[0]!, column('商談化率'))).toBeCloseTo(0.2, 12);
    expect(grid.value(rows[0]!, column('受注率'))).toBeCloseTo(0.375, 12);
    // (未設定): nothing closed, so 受注率 is — like the summary's null.
    expect(matchesSummaryValue(grid.value(rows[3]!, column('受注率')), INDUSTRY_TABLE.rows[3]!.winRate)).toBe(true);
    expect(grid.value(rows[3]!, column('受注率'))).toBe('—');
    expect(rows.map((row) => grid.text(row, column('少数')) ?? '')).toEqual(['', '', '少数', '少数']);
    expect(built.kpis).toEqual(expect.arrayContaining(['leads', 'mql', 'sql', 'opportunities', 'won', 'lost', 'revenue', 'opportunityRate', 'winRate', 'opportunityToWinRate']));
  });

  it('stacks the tables of several attributes in English, leaving revenue out when no tab gives amounts', () => {
    const noRevenue = { ...INDUSTRY_TABLE, rows: INDUSTRY_TABLE.rows.map((row) => ({ ...row, revenue: null })) };
    const size = { attribute: 'Employees', field: 'employees' as const, column: '従業員数', distinctValues: 2, rows: [{ ...noRevenue.rows[0]!, value: '1–9', kind: 'band' as const }] };
    const grid = new SheetGrid(buildAttributeSheet({ ...fullSummary(), byAttribute: [noRevenue, size] }, ENGLISH_SETTINGS)!.sheet);
    const headers = grid.headerRows('Value');
    expect(headers).toHaveLength(2);
    expect(grid.text(headers[1]! - 1, 1)).toBe('Employees');
    expect(grid.dataRows(headers[1]!).map((row) => grid.text(row, 1))).toEqual(['1–9']);
    expect(grid.find('Revenue')).toEqual([]);
  });

  it('keeps hostile attribute names and values literal', () => {
    const summary = hostileSummary();
    const grid = new SheetGrid(buildAttributeSheet(summary, ENGLISH_SETTINGS)!.sheet);
    const table = summary.byAttribute[0]!;
    expect(grid.find(table.attribute)[0]?.cell).toEqual({ kind: 'text', value: `'${table.attribute}` });
    for (const row of table.rows) expect(grid.find(row.value)[0]?.cell.kind).toBe('text');
    for (const placed of grid.formulas()) expect(placed.formula).not.toMatch(/HYPERLINK|IMPORTXML|img/i);
  });
});
