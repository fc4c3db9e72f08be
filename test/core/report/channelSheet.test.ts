import { RATIO_KEYS, type KpiRow } from '../../../src/core/model/summary';
import { buildChannelSheet } from '../../../src/core/report/channelSheet';
import { KPI_CATALOG } from '../../../src/core/report/kpiCatalog';
import { MEASURE_ORDER } from '../../../src/core/report/kpiColumns';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

const header = (key: keyof typeof KPI_CATALOG) => KPI_CATALOG[key].name.en;

/** Checks every KPI cell of each row against the summary row; returns how many formula cells were checked. */
function expectRowsMatch(grid: SheetGrid, rows: readonly { label: string; kpis: KpiRow }[]): number {
  const headerRow = grid.sheet.frozenRows;
  let checkedFormulas = 0;
  rows.forEach(({ kpis }, index) => {
    const row = headerRow + 1 + index;
    for (const key of [...MEASURE_ORDER, ...RATIO_KEYS]) {
      const column = grid.columnOf(header(key), headerRow);
      if (column === undefined) continue;
      if (grid.at(row, column)?.cell.kind === 'formula') checkedFormulas += 1;
      const value = grid.value(row, column);
      if (!matchesSummaryValue(value, kpis[key])) throw new Error(`row ${row} ${key}: sheet ${String(value)} ≠ summary ${String(kpis[key])}`);
    }
  });
  return checkedFormulas;
}

describe('buildChannelSheet', () => {
  it('writes one row per channel in the summary order, then a bold total row', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(grid.text(headerRow, 1)).toBe('Channel');
    expect([1, 2, 3, 4].map((offset) => grid.text(headerRow + offset, 1))).toEqual(['Google広告', '展示会', '自然検索', 'Total']);
    expect(grid.at(headerRow + 4, 2)?.bold).toBe(true);
    expect(grid.at(headerRow + 1, 2)?.bold).toBe(false);
  });

  it('matches the summary in every value and every evaluated formula, total row included', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildChannelSheet(summary, JAPANESE_SETTINGS).sheet);
    // Headers are read in English below, so build the English sheet for the comparison.
    const english = new SheetGrid(buildChannelSheet(summary, { ...JAPANESE_SETTINGS, language: 'en' }).sheet);
    const rows = [...summary.byChannel.map((row) => ({ label: row.channel, kpis: row as KpiRow })), { label: 'Total', kpis: summary.total }];
    const checked = expectRowsMatch(english, rows);
    expect(checked).toBe(english.formulas().length);
    expect(grid.formulas().map((placed) => placed.formula)).toEqual(english.formulas().map((placed) => placed.formula));
  });

  it('computes the total row’s ratios from the total row itself', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const totalRow = grid.rowOf('Total');
    const cpl = grid.columnOf('CPL (cost per lead)', grid.sheet.frozenRows)!;
    const formula = grid.at(totalRow, cpl)?.cell;
    expect(formula?.kind === 'formula' && formula.formula).toBe(`=IFERROR(L${totalRow}/G${totalRow},"—")`);
    // ¥1,200,000 over 240 leads.
    expect(grid.value(totalRow, cpl)).toBe(5000);
  });

  it('formats counts, money, rates and ratios', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const formatOf = (name: string) => grid.at(headerRow + 1, grid.columnOf(name, headerRow)!)?.format;
    expect(formatOf('Leads')).toBe('#,##0');
    expect(formatOf('Cost')).toBe('"¥"#,##0');
    expect(formatOf('Opportunity rate')).toBe('0.0%');
    expect(formatOf('ROAS')).toBe('0.00');
  });

  it('adds LTV and LTV/CAC over the assumption cells when both settings are given', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildChannelSheet(summary, { ...JAPANESE_SETTINGS, language: 'en' }).sheet);
    const headerRow = grid.sheet.frozenRows;
    const ltv = grid.columnOf('LTV (lifetime value)', headerRow)!;
    const first = grid.at(headerRow + 1, ltv)?.cell;
    expect(first?.kind === 'formula' && first.formula).toMatch(/\$C\$\d+\*\$E\$\d+/);
    // Google広告: ¥1,800,000 / 6 wins × 0.7 × 3.
    expect(grid.value(headerRow + 1, ltv)).toBeCloseTo((1800000 / 6) * 0.7 * 3, 6);
    expect(grid.find('LTV assumptions')).toHaveLength(1);
  });

  it('leaves LTV out without the settings', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(undefined), ENGLISH_SETTINGS).sheet);
    expect(grid.find('LTV (lifetime value)')).toEqual([]);
    expect(grid.find('LTV/CAC')).toEqual([]);
  });

  it('freezes the header row and the channel column', () => {
    const sheet = buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet;
    expect(sheet.frozenColumns).toBe(1);
    expect(new SheetGrid(sheet).text(sheet.frozenRows, 1)).toBe('Channel');
  });

  it('charts the lead-level counts per channel, without the total row', () => {
    const sheet = buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet;
    const grid = new SheetGrid(sheet);
    const headerRow = sheet.frozenRows;
    expect(sheet.charts).toEqual([
      expect.objectContaining({ type: 'column', domain: `A${headerRow}:A${headerRow + 3}`, series: [`G${headerRow}:G${headerRow + 3}`, `J${headerRow}:J${headerRow + 3}`, `K${headerRow}:K${headerRow + 3}`] }),
    ]);
    expect(grid.text(headerRow, 7)).toBe('Leads');
  });

  it('lists the KPIs it shows for the guide', () => {
    const built = buildChannelSheet(fullSummary(), JAPANESE_SETTINGS);
    expect(built.kpis).toEqual(expect.arrayContaining(['leads', 'opportunityRate', 'ltvToCac', 'grossMargin', 'expectedPurchases']));
  });

  describe('edge cases', () => {
    it('leaves out columns no tab provides, and the ratios that need them', () => {
      const grid = new SheetGrid(buildChannelSheet(leadsOnlySummary(), ENGLISH_SETTINGS).sheet);
      for (const missing of ['Impressions', 'Sessions', 'Cost', 'CTR', 'CPL (cost per lead)', 'ROAS', 'CVR (sessions → leads)']) {
        expect(grid.find(missing)).toEqual([]);
      }
      expect(grid.find('Revenue')).toHaveLength(1);
      expect(grid.find('Average deal size')).toHaveLength(1);
    });

    it('shows — for ratios over a zero count, matching the summary’s null', () => {
      const summary = leadsOnlySummary();
      const grid = new SheetGrid(buildChannelSheet(summary, ENGLISH_SETTINGS).sheet);
      const rows = [...summary.byChannel.map((row) => ({ label: row.channel, kpis: row as KpiRow })), { label: 'Total', kpis: summary.total }];
      expect(expectRowsMatch(grid, rows)).toBe(grid.formulas().length);
      expect(grid.value(grid.rowOf('Total'), grid.columnOf('Win rate', grid.sheet.frozenRows)!)).toBe('—');
    });

    it('writes a total row and no chart when there are no channels', () => {
      const sheet = buildChannelSheet({ ...fullSummary(), byChannel: [] }, ENGLISH_SETTINGS).sheet;
      expect(new SheetGrid(sheet).text(sheet.frozenRows + 1, 1)).toBe('Total');
      expect(sheet.charts).toEqual([]);
    });

    it('matches the summary for channels with hostile names', () => {
      const summary = hostileSummary();
      const grid = new SheetGrid(buildChannelSheet(summary, ENGLISH_SETTINGS).sheet);
      const rows = [...summary.byChannel.map((row) => ({ label: row.channel, kpis: row as KpiRow })), { label: 'Total', kpis: summary.total }];
      expect(expectRowsMatch(grid, rows)).toBe(grid.formulas().length);
    });
  });
});
