import { RATIO_KEYS, type KpiRow } from '../../../src/core/model/summary';
import { buildChannelSheet, CHANNEL_INDENT } from '../../../src/core/report/channelSheet';
import { KPI_NAMES } from '../../../src/core/report/kpiNames';
import { MEASURE_ORDER } from '../../../src/core/report/kpiColumns';
import { MAX_TABLE_COLUMNS } from '../../../src/core/report/model';
import { REPORT_COLORS } from '../../../src/core/report/style';
import { ENGLISH_SETTINGS, fullSummary, hostileSummary, JAPANESE_SETTINGS, leadsOnlySummary } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

const header = (key: keyof typeof KPI_NAMES) => KPI_NAMES[key].en;

/**
 * Checks every KPI cell of each row, in whichever table holds it, against the summary row; returns
 * how many formula cells were checked.
 */
function expectRowsMatch(grid: SheetGrid, rows: readonly { label: string; kpis: KpiRow }[]): number {
  let checkedFormulas = 0;
  for (const { label, kpis } of rows) {
    for (const key of [...MEASURE_ORDER, ...RATIO_KEYS]) {
      const at = grid.cellFor('Channel', label, header(key));
      if (at === undefined) continue;
      if (grid.at(at.row, at.column)?.cell.kind === 'formula') checkedFormulas += 1;
      const value = grid.value(at.row, at.column);
      if (!matchesSummaryValue(value, kpis[key])) throw new Error(`${label} ${key}: sheet ${String(value)} ≠ summary ${String(kpis[key])}`);
    }
  }
  return checkedFormulas;
}

/** Each group's subtotal row with its channels beneath, indented; the total last. */
const rowsOf = (summary: ReturnType<typeof fullSummary>) => [
  ...summary.byChannelGroup.flatMap((group) => [
    { label: group.group, kpis: group as KpiRow },
    ...summary.byChannel.filter((row) => row.groupId === group.groupId).map((row) => ({ label: CHANNEL_INDENT + row.channel, kpis: row as KpiRow })),
  ]),
  { label: 'Total', kpis: summary.total },
];
const indented = (name: string) => CHANNEL_INDENT + name;
/** The fixture's rows: each channel has a group of its own. */
const FULL_LABELS = ['有料検索', indented('Google広告'), '展示会・イベント', indented('展示会'), '自然検索', indented('自然検索')];

describe('buildChannelSheet', () => {
  it('writes each group as a subtotal row with its channels beneath, then a shaded bold total row', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(grid.text(headerRow, 1)).toBe('Channel');
    expect(grid.dataRows(headerRow).map((row) => grid.text(row, 1))).toEqual([...FULL_LABELS, 'Total']);
    expect(grid.dataRows(headerRow).map((row) => grid.at(row, 2)?.role)).toEqual(['subtotal', 'body', 'subtotal', 'body', 'subtotal', 'body', 'total']);
    const total = grid.at(headerRow + 7, 2)!;
    expect([total.role, total.bold, total.fill]).toEqual(['total', true, REPORT_COLORS.totalFill]);
    expect(grid.at(headerRow + 1, 2)?.bold).toBe(true);
    expect(grid.at(headerRow + 2, 2)?.bold).toBe(false);
  });

  it('groups several channels under one group, in the order of the summary, with the group sums on the group row', () => {
    const base = fullSummary();
    const [google, fair, organic] = base.byChannel;
    // Move 展示会 under 有料検索: the group row holds the sums of both (120 + 80 leads).
    const summary = {
      ...base,
      byChannel: [google!, { ...fair!, group: '有料検索', groupId: 'paid_search' as const }, organic!],
      byChannelGroup: [{ ...base.byChannelGroup[0]!, leads: 200 }, base.byChannelGroup[2]!],
    };
    const grid = new SheetGrid(buildChannelSheet(summary, ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    expect(grid.dataRows(headerRow).map((row) => grid.text(row, 1))).toEqual(['有料検索', indented('Google広告'), indented('展示会'), '自然検索', indented('自然検索'), 'Total']);
    expect(grid.valueFor('Channel', '有料検索', 'Leads')).toBe(200);
  });

  it('keeps the core columns of design §6 in the first table, within the width of a screen', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const headers = grid.all().filter((placed) => placed.row === headerRow).sort((a, b) => a.column - b.column).map((placed) => grid.text(placed.row, placed.column));
    expect(headers).toEqual(['Channel', ...(['cost', 'sessions', 'leads', 'opportunities', 'won', 'lost', 'revenue', 'cpl', 'opportunityRate', 'winRate', 'cac', 'roas'] as const).map(header)]);
    expect(headers.length).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
  });

  it('puts the secondary columns in tables below, each with the channel column and at most 14 columns', () => {
    const sheet = buildChannelSheet(fullSummary(), JAPANESE_SETTINGS).sheet;
    const grid = new SheetGrid(sheet);
    const headerRows = grid.headerRows('チャネル');
    expect(headerRows).toHaveLength(3);
    expect(grid.text(headerRows[1]! - 1, 1)).toBe('広告とサイト');
    expect(grid.text(headerRows[2]! - 1, 1)).toBe('ステージと商談');
    expect(grid.columnOf('表示回数', headerRows[1]!)).toBeDefined();
    expect(grid.columnOf('MQL', headerRows[2]!)).toBeDefined();
    for (const block of sheet.blocks) expect(block.cells[0]?.length ?? 0).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    for (const headerRow of headerRows.slice(0, 3)) expect(grid.dataRows(headerRow).map((row) => grid.text(row, 1))).toEqual([...FULL_LABELS, '合計']);
  });

  it('matches the summary in every value and every evaluated formula, total row included', () => {
    const summary = fullSummary();
    const grid = new SheetGrid(buildChannelSheet(summary, JAPANESE_SETTINGS).sheet);
    // Headers are read in English below, so build the English sheet for the comparison.
    const english = new SheetGrid(buildChannelSheet(summary, { ...JAPANESE_SETTINGS, language: 'en' }).sheet);
    const checked = expectRowsMatch(english, rowsOf(summary));
    expect(checked).toBe(english.formulas().length);
    expect(grid.formulas().map((placed) => placed.formula)).toEqual(english.formulas().map((placed) => placed.formula));
  });

  it('computes 受注率 over closed opportunities and borrows the core cells in the tables below', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const winRate = grid.cellFor('Channel', 'Total', 'Win rate')!;
    const won = grid.cellFor('Channel', 'Total', 'Won')!;
    const lost = grid.cellFor('Channel', 'Total', 'Lost')!;
    const letter = (column: number) => String.fromCharCode(64 + column);
    const row = winRate.row;
    expect(grid.at(row, winRate.column)?.cell).toEqual({ kind: 'formula', formula: `=IFERROR(${letter(won.column)}${row}/(${letter(won.column)}${row}+${letter(lost.column)}${row}),"—")` });
    // Total: 11 won, (48 − 11) ÷ 2 rounded down = 18 lost → 11 ÷ 29.
    expect(grid.value(row, winRate.column)).toBeCloseTo(11 / 29, 12);
    // MQL rate sits in the stages table; its leads come from the core table above.
    const mqlRate = grid.cellFor('Channel', 'Total', 'MQL rate')!;
    const leads = grid.cellFor('Channel', 'Total', 'Leads')!;
    const mql = grid.cellFor('Channel', 'Total', 'MQL')!;
    expect(grid.at(mqlRate.row, mqlRate.column)?.cell).toEqual({
      kind: 'formula',
      formula: `=IFERROR(${letter(mql.column)}${mql.row}/${letter(leads.column)}${leads.row},"—")`,
    });
    expect(mql.row).toBeGreaterThan(leads.row);
  });

  it('formats counts, money, rates, and ROAS as a multiple in English and a percentage in Japanese', () => {
    const english = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const formatOf = (grid: SheetGrid, first: string, label: string, name: string) => {
      const at = grid.cellFor(first, label, name)!;
      return grid.at(at.row, at.column)?.format;
    };
    expect(formatOf(english, 'Channel', indented('Google広告'), 'Leads')).toBe('#,##0');
    expect(formatOf(english, 'Channel', indented('Google広告'), 'Cost')).toBe('"¥"#,##0');
    expect(formatOf(english, 'Channel', indented('Google広告'), 'Opportunity rate')).toBe('0.0%');
    expect(formatOf(english, 'Channel', indented('Google広告'), 'ROAS')).toBe('0.0"×"');
    const japanese = new SheetGrid(buildChannelSheet(fullSummary(), JAPANESE_SETTINGS).sheet);
    expect(formatOf(japanese, 'チャネル', indented('Google広告'), 'ROAS')).toBe('0%');
    expect(formatOf(japanese, 'チャネル', indented('Google広告'), 'LTV/CAC')).toBe('0.0"倍"');
  });

  it('looks like a report: header band, banded rows, right-aligned numbers and headers, left-aligned labels', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet);
    const headerRow = grid.sheet.frozenRows;
    const leads = grid.columnOf('Leads', headerRow)!;
    const headerCell = grid.at(headerRow, leads)!;
    expect([headerCell.fill, headerCell.fontColor, headerCell.bold, headerCell.align]).toEqual([REPORT_COLORS.headerFill, REPORT_COLORS.headerText, true, 'right']);
    expect(grid.at(headerRow, 1)?.align).toBe('left');
    // Body rows alternate: white, band, white; the total row has its own shade.
    // Group rows are subtotals; the channel rows between them alternate white and band; the total has its own shade.
    expect([1, 2, 4, 6, 7].map((offset) => grid.at(headerRow + offset, leads)?.fill)).toEqual([
      REPORT_COLORS.subtotalFill,
      null,
      REPORT_COLORS.bandFill,
      null,
      REPORT_COLORS.totalFill,
    ]);
    expect([1, 2, 7].map((offset) => grid.at(headerRow + offset, leads)?.align)).toEqual(['right', 'right', 'right']);
    expect(grid.at(headerRow + 1, 1)?.align).toBe('left');
  });

  it('adds LTV and LTV/CAC over the assumption cells when both settings are given', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(), { ...JAPANESE_SETTINGS, language: 'en' }).sheet);
    const ltv = grid.cellFor('Channel', indented('Google広告'), 'LTV (lifetime value)')!;
    const first = grid.at(ltv.row, ltv.column)?.cell;
    expect(first?.kind === 'formula' && first.formula).toMatch(/\$C\$\d+\*\$E\$\d+/);
    // Google広告: ¥1,800,000 / 6 wins × 0.7 × 3.
    expect(grid.value(ltv.row, ltv.column)).toBeCloseTo((1800000 / 6) * 0.7 * 3, 6);
    expect(grid.find('LTV assumptions')).toHaveLength(1);
  });

  it('leaves LTV out without the settings', () => {
    const grid = new SheetGrid(buildChannelSheet(fullSummary(undefined), ENGLISH_SETTINGS).sheet);
    expect(grid.find('LTV (lifetime value)')).toEqual([]);
    expect(grid.find('LTV/CAC')).toEqual([]);
  });

  it('freezes the core header row and the channel column, and prints A4 landscape fit to width', () => {
    const sheet = buildChannelSheet(fullSummary(), ENGLISH_SETTINGS).sheet;
    expect(sheet.frozenColumns).toBe(1);
    expect(new SheetGrid(sheet).text(sheet.frozenRows, 1)).toBe('Channel');
    expect(sheet.print).toEqual({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
  });

  it('charts cost against revenue per group from a small group table beside the chart, below the KPI tables', () => {
    const summary = fullSummary();
    const sheet = buildChannelSheet(summary, ENGLISH_SETTINGS).sheet;
    const grid = new SheetGrid(sheet);
    const [groupHeader] = grid.headerRows('Channel group');
    expect(groupHeader).toBeGreaterThan(grid.headerRows('Channel').at(-1)!);
    expect(grid.text(groupHeader! - 1, 1)).toBe('For the chart: cost and revenue by channel group');
    // One row per group, cost and revenue as values (design §6.1), equal to the group sums.
    expect(grid.dataRows(groupHeader!).map((row) => [grid.text(row, 1), grid.value(row, 2), grid.value(row, 3)])).toEqual(
      summary.byChannelGroup.map((group) => [group.group, group.cost, group.revenue]),
    );
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: 'column',
        title: 'Cost and revenue by channel group',
        domain: `A${groupHeader}:A${groupHeader! + 3}`,
        series: [`B${groupHeader}:B${groupHeader! + 3}`, `C${groupHeader}:C${groupHeader! + 3}`],
      }),
    ]);
    expect(sheet.charts[0]!.anchor.column).toBeGreaterThan(3);
  });

  it('lists the KPIs it shows for the guide', () => {
    const built = buildChannelSheet(fullSummary(), JAPANESE_SETTINGS);
    expect(built.kpis).toEqual(expect.arrayContaining(['leads', 'lost', 'openOpportunities', 'pipelineAmount', 'opportunityRate', 'winRate', 'opportunityToWinRate', 'ltvToCac', 'grossMargin', 'expectedPurchases']));
  });

  describe('edge cases', () => {
    it('leaves out columns no tab provides, the ratios that need them, and a secondary table left empty', () => {
      const grid = new SheetGrid(buildChannelSheet(leadsOnlySummary(), ENGLISH_SETTINGS).sheet);
      for (const missing of ['Impressions', 'Sessions', 'Cost', 'CTR', 'CPL (cost per lead)', 'ROAS', 'CVR (sessions → leads)', 'Ads and site']) {
        expect(grid.find(missing)).toEqual([]);
      }
      // Once in the core table, once in the chart's group table.
      expect(grid.find('Revenue')).toHaveLength(2);
      expect(grid.find('Average deal size')).toHaveLength(1);
      expect(grid.headerRows('Channel')).toHaveLength(2);
      // No cost: the group chart shows revenue alone.
      expect(grid.sheet.charts[0]?.series).toHaveLength(1);
    });

    it('shows — for ratios over a zero count, matching the summary’s null', () => {
      const summary = leadsOnlySummary();
      const grid = new SheetGrid(buildChannelSheet(summary, ENGLISH_SETTINGS).sheet);
      expect(expectRowsMatch(grid, rowsOf(summary))).toBe(grid.formulas().length);
      expect(grid.valueFor('Channel', 'Total', 'Win rate')).toBe('—');
    });

    it('writes a total row and no chart when there are no channels', () => {
      const sheet = buildChannelSheet({ ...fullSummary(), byChannel: [], byChannelGroup: [] }, ENGLISH_SETTINGS).sheet;
      expect(new SheetGrid(sheet).text(sheet.frozenRows + 1, 1)).toBe('Total');
      expect(sheet.charts).toEqual([]);
    });

    it('matches the summary for channels with hostile names', () => {
      const summary = hostileSummary();
      const grid = new SheetGrid(buildChannelSheet(summary, ENGLISH_SETTINGS).sheet);
      expect(expectRowsMatch(grid, rowsOf(summary))).toBe(grid.formulas().length);
    });
  });
});
