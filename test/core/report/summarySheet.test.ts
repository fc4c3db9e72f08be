import type { FunnelSummary } from '../../../src/core/model/summary';
import { MAX_TABLE_COLUMNS } from '../../../src/core/report/model';
import { REPORT_COLORS } from '../../../src/core/report/style';
import { buildSummarySheet } from '../../../src/core/report/summarySheet';
import { ENGLISH_SETTINGS, fullSummary, GENERATED_AT, JAPANESE_SETTINGS, kpiRow, leadsOnlySummary } from './fixtures';
import { matchesSummaryValue, SheetGrid } from './sheetGrid';

const japanese = (summary: FunnelSummary = fullSummary()) => new SheetGrid(buildSummarySheet(summary, JAPANESE_SETTINGS, GENERATED_AT).sheet);
const english = (summary: FunnelSummary = fullSummary(undefined)) => new SheetGrid(buildSummarySheet(summary, ENGLISH_SETTINGS, GENERATED_AT).sheet);

/** The topmost cell reading `label` (an info line's label, in column A or beside the period line). */
function labelCell(grid: SheetGrid, label: string): { row: number; column: number } {
  const found = grid.find(label).sort((a, b) => a.row - b.row || a.column - b.column)[0];
  if (!found) throw new Error(`no "${label}" on ${grid.sheet.name}`);
  return found;
}

/** The value beside a label: the first non-empty cell to its right on its row. */
function besideCell(grid: SheetGrid, label: string): { row: number; column: number } {
  const at = labelCell(grid, label);
  let column = at.column + 1;
  while (column < at.column + 4 && (grid.text(at.row, column) ?? '') === '' && grid.value(at.row, column) === undefined) column += 1;
  return { row: at.row, column };
}

const beside = (grid: SheetGrid, label: string) => {
  const at = besideCell(grid, label);
  return grid.value(at.row, at.column);
};

/** The scorecard cell in the row labelled `row` and the column of KPI `kpi`; the header row is under the caption. */
function card(grid: SheetGrid, row: string, kpi: string, caption = '主要KPI') {
  const header = grid.rowOf(caption) + 1;
  const column = grid.columnOf(kpi, header);
  const at = grid.all().find((placed) => placed.column === 1 && placed.row > header && grid.text(placed.row, 1) === row);
  if (column === undefined || at === undefined) return undefined;
  return { row: at.row, column, value: grid.value(at.row, column), placed: grid.at(at.row, column)! };
}

/** The previous period: April–June 2024 with 200 leads, 30 opportunities, 6 won, 14 lost. */
function withPreviousPeriod(): FunnelSummary {
  const summary = fullSummary();
  const total = kpiRow({
    impressions: 20000,
    clicks: 400,
    sessions: 3000,
    engagedSessions: 2000,
    downloads: 100,
    adCost: 600000,
    leads: 200,
    mql: 100,
    sql: 50,
    opportunities: 30,
    won: 6,
    lost: 14,
    openOpportunities: 10,
    cost: 1000000,
    revenue: 2400000,
    pipelineAmount: 1000000,
  });
  return { ...summary, previousPeriod: { from: '2025-01-01', to: '2025-03-31', view: 'period', total } };
}

describe('buildSummarySheet', () => {
  it('states the title, period, view, as-of date, generation time and currency', () => {
    const grid = japanese();
    expect(grid.text(1, 1)).toBe('ファネル概要');
    expect(grid.at(1, 1)?.role).toBe('title');
    expect(beside(grid, '期間')).toBe('2025-04-01 〜 2025-06-30');
    expect(beside(grid, '集計方法')).toMatch(/^コホート/);
    expect(beside(grid, '基準日')).toBe('2025-07-15');
    expect(beside(grid, '作成日時')).toBe('2026-04-01 09:30 (UTC+09:00)');
    expect(beside(grid, '通貨')).toBe('JPY');
    expect(grid.at(grid.rowOf('期間'), 1)?.bold).toBe(true);
    // Packed so the scorecards and both funnels fit the first screen: the as-of date beside the
    // period, the currency beside the generation time, the view below them.
    expect([labelCell(grid, '基準日').row, labelCell(grid, '通貨').row, grid.rowOf('集計方法')]).toEqual([2, 3, 4]);
    expect(grid.at(labelCell(grid, '基準日').row, labelCell(grid, '基準日').column)?.bold).toBe(true);
    expect(grid.rowOf('主要KPI')).toBe(6);
  });

  it('writes the as-of date as literal text so a spreadsheet cannot turn it into a date', () => {
    const grid = japanese();
    const at = besideCell(grid, '基準日');
    expect(grid.at(at.row, at.column)?.cell).toEqual({ kind: 'text', value: "'2025-07-15" });
  });

  it('warns in the period view that rates can exceed 100%, and only there', () => {
    const period = new SheetGrid(buildSummarySheet(leadsOnlySummary(), ENGLISH_SETTINGS, GENERATED_AT).sheet);
    expect(beside(period, 'Note')).toMatch(/exceed 100%/);
    expect(english().find('Note')).toEqual([]);
  });

  it('names the period view by what it counts on, so 期間 means only the period on the summary', () => {
    const grid = new SheetGrid(buildSummarySheet({ ...fullSummary(), view: 'period' }, JAPANESE_SETTINGS, GENERATED_AT).sheet);
    expect(beside(grid, '集計方法')).toBe('発生日ベース（各段階に進んだ日で集計）');
    expect(beside(grid, '注意')).toMatch(/^発生日ベースの集計では、/);
    const texts = grid.all().map((placed) => (placed.cell.kind === 'text' ? placed.cell.value : ''));
    expect(texts.filter((text) => text.includes('期間'))).toEqual(['期間']);
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

  describe('scorecards', () => {
    it('show one column per KPI of design §6, with LTV/CAC when both LTV settings are given', () => {
      const grid = japanese();
      const header = grid.rowOf('区分');
      const names = grid
        .all()
        .filter((placed) => placed.row === header)
        .sort((a, b) => a.column - b.column)
        .map((placed) => grid.text(placed.row, placed.column));
      expect(names).toEqual(['区分', 'リード', '商談', '受注', '失注', '受注金額', '費用', '商談化率', '受注率', 'リード獲得単価（CPL）', '顧客獲得単価（CAC）', 'ROAS', 'LTV/CAC']);
      expect(names.length).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    });

    it('compute each rate from the cells beside it, matching the summary', () => {
      const grid = japanese();
      const { total } = fullSummary();
      expect(card(grid, '実績', 'リード')?.value).toBe(240);
      // 48 ÷ 240; 11 ÷ (11 + 18); ¥1,200,000 ÷ 240; ¥1,200,000 ÷ 11; ¥3,800,000 ÷ ¥1,200,000.
      expect(card(grid, '実績', '商談化率')?.value).toBeCloseTo(48 / 240, 12);
      expect(card(grid, '実績', '受注率')?.value).toBeCloseTo(11 / 29, 12);
      expect(card(grid, '実績', 'リード獲得単価（CPL）')?.value).toBeCloseTo(5000, 9);
      expect(card(grid, '実績', '顧客獲得単価（CAC）')?.value).toBeCloseTo(1200000 / 11, 6);
      expect(card(grid, '実績', 'ROAS')?.value).toBeCloseTo(3800000 / 1200000, 12);
      // LTV = 3,800,000 / 11 × 0.7 × 3; LTV/CAC = LTV ÷ (1,200,000 / 11) = 6.65.
      expect(card(grid, '実績', 'LTV/CAC')?.value).toBeCloseTo(6.65, 9);
      for (const [name, key] of [
        ['商談化率', 'opportunityRate'],
        ['受注率', 'winRate'],
        ['リード獲得単価（CPL）', 'cpl'],
        ['顧客獲得単価（CAC）', 'cac'],
        ['ROAS', 'roas'],
        ['LTV/CAC', 'ltvToCac'],
      ] as const) {
        expect(matchesSummaryValue(card(grid, '実績', name)?.value, total[key])).toBe(true);
        expect(card(grid, '実績', name)?.placed.cell.kind).toBe('formula');
      }
    });

    it('format counts, money, rates, ROAS as a percentage (ja) or multiple (en), and right-align every card', () => {
      const grid = japanese();
      expect(card(grid, '実績', 'リード')?.placed.format).toBe('#,##0');
      expect(card(grid, '実績', '商談化率')?.placed.format).toBe('0.0%');
      expect(card(grid, '実績', '顧客獲得単価（CAC）')?.placed.format).toBe('"¥"#,##0');
      expect(card(grid, '実績', 'ROAS')?.placed.format).toBe('0%');
      expect(card(grid, '実績', 'LTV/CAC')?.placed.format).toBe('0.0"倍"');
      expect(card(english(), 'Actual', 'ROAS', 'Headline KPIs')?.placed.format).toBe('0.0"×"');
      const header = grid.rowOf('区分');
      expect(grid.at(header, grid.columnOf('リード', header)!)?.align).toBe('right');
      expect(card(grid, '実績', 'リード')?.placed.align).toBe('right');
    });

    it('show the period’s targets, the event-date actuals (cohort view) and attainment', () => {
      const grid = japanese();
      // Targets: 280 leads (240 happened), ¥4,000,000 revenue (¥3,800,000 won).
      expect(card(grid, '目標', 'リード')?.value).toBe(280);
      expect(card(grid, '実績（発生日ベース）', 'リード')?.value).toBe(240);
      expect(card(grid, '達成率', 'リード')?.value).toBeCloseTo(240 / 280, 12);
      expect(card(grid, '達成率', '受注金額')?.value).toBeCloseTo(0.95, 12);
      expect(card(grid, '目標', '商談')?.placed.cell.kind).toBe('empty');
      // Attainment divides the event-date row, not the cohort value row.
      const attainment = card(grid, '達成率', 'リード')!;
      const actual = card(grid, '実績（発生日ベース）', 'リード')!;
      expect(attainment.placed.cell).toEqual({ kind: 'formula', formula: `=IFERROR(B${actual.row}/B${actual.row - 1},"—")` });
    });

    it('colour attainment of count and revenue targets red, amber or green', () => {
      const sheet = buildSummarySheet(fullSummary(), JAPANESE_SETTINGS, GENERATED_AT).sheet;
      const grid = new SheetGrid(sheet);
      const leads = card(grid, '達成率', 'リード')!;
      const revenue = card(grid, '達成率', '受注金額')!;
      const rules = sheet.conditionalFormats.filter((rule) => rule.purpose === 'attainment');
      expect(rules.map((rule) => rule.condition)).toEqual([
        { kind: 'greaterThanOrEqual', value: 1 },
        { kind: 'between', low: 0.8, high: 1 },
        { kind: 'lessThan', value: 0.8 },
      ]);
      for (const rule of rules) {
        expect(rule.ranges).toEqual([
          { row: leads.row, column: leads.column, rows: 1, columns: 1 },
          { row: revenue.row, column: revenue.column, rows: 1, columns: 1 },
        ]);
      }
    });

    it('compare with the previous period: relative change for counts and money, points for rates', () => {
      const sheet = buildSummarySheet(withPreviousPeriod(), JAPANESE_SETTINGS, GENERATED_AT).sheet;
      const grid = new SheetGrid(sheet);
      const previousLabel = '前期間（2025-01-01 〜 2025-03-31）';
      expect(card(grid, previousLabel, 'リード')?.value).toBe(200);
      expect(card(grid, previousLabel, '受注率')?.value).toBeCloseTo(6 / 20, 12);
      // By event date against by event date (the cohort row is not compared): leads 240 vs 200: ↑ +20%.
      // 商談化率 52/240 = 21.7% vs 15.0%: ↑ +6.7 pt. 受注率 12/32 = 37.5% vs 30.0%: ↑ +7.5 pt. CAC ¥100,000 vs ¥166,667: ↓ −40%.
      const change = '前期比（発生日ベース）';
      expect(card(grid, change, 'リード')?.value).toBeCloseTo(0.2, 12);
      expect(card(grid, change, '商談化率')?.value).toBeCloseTo((52 / 240 - 30 / 200) * 100, 10);
      expect(card(grid, change, '受注率')?.value).toBeCloseTo((12 / 32 - 6 / 20) * 100, 10);
      expect(card(grid, change, '顧客獲得単価（CAC）')?.value).toBeCloseTo(100000 / (1000000 / 6) - 1, 10);
      expect(card(grid, change, 'リード')?.placed.format).toBe('"↑ +"0.0%;"↓ −"0.0%;0.0%');
      expect(card(grid, change, '商談化率')?.placed.format).toBe('"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"');
      // The change reads the event-date row and the previous row.
      const eventRow = card(grid, '実績（発生日ベース）', '受注')!.row;
      expect(card(grid, change, '受注')?.placed.cell).toEqual({ kind: 'formula', formula: `=IFERROR((D${eventRow}-D${eventRow + 2})/D${eventRow + 2},"—")` });
      const changeRow = card(grid, change, 'リード')!.row;
      const rules = sheet.conditionalFormats.filter((rule) => rule.purpose === 'change');
      const columnsOf = (names: readonly string[]) => names.map((name) => card(grid, change, name)!.column);
      const higher = columnsOf(['リード', '商談', '受注', '受注金額', '商談化率', '受注率', 'ROAS', 'LTV/CAC']);
      const lower = columnsOf(['リード獲得単価（CPL）', '顧客獲得単価（CAC）']);
      const cells = (ranges: readonly { row: number; column: number; columns: number }[]) =>
        ranges.flatMap((range) => Array.from({ length: range.columns }, (_, index) => [range.row, range.column + index]));
      // Red for worse, then green for better: a rise of leads, a fall of CPL or CAC.
      expect(rules.map((rule) => [rule.condition, rule.fill])).toEqual([
        [{ kind: 'lessThan', value: 0 }, REPORT_COLORS.bad.fill],
        [{ kind: 'greaterThan', value: 0 }, REPORT_COLORS.good.fill],
        [{ kind: 'greaterThan', value: 0 }, REPORT_COLORS.bad.fill],
        [{ kind: 'lessThan', value: 0 }, REPORT_COLORS.good.fill],
      ]);
      expect(cells(rules[0]!.ranges)).toEqual(higher.map((column) => [changeRow, column]));
      expect(cells(rules[1]!.ranges)).toEqual(higher.map((column) => [changeRow, column]));
      expect(cells(rules[2]!.ranges)).toEqual(lower.map((column) => [changeRow, column]));
      expect(cells(rules[3]!.ranges)).toEqual(lower.map((column) => [changeRow, column]));
    });

    it('leave the previous period out when the data does not cover it', () => {
      expect(japanese().find('前期比（発生日ベース）')).toEqual([]);
    });
  });

  describe('funnels', () => {
    it('show the ad funnel with CTR on the clicks row and CPC as its cost per stage', () => {
      const grid = japanese();
      const caption = grid.rowOf('広告ファネル');
      const header = caption + 1;
      expect(grid.dataRows(header).map((row) => grid.text(row, 1))).toEqual(['表示回数', 'クリック数', 'セッション（全チャネル）']);
      const step = grid.columnOf('前段からの転換率', header)!;
      const cost = grid.columnOf('1件あたりの費用', header)!;
      const clicks = grid.rowOf('クリック数');
      const { total } = fullSummary();
      expect(matchesSummaryValue(grid.value(clicks, step), total.ctr)).toBe(true);
      expect(matchesSummaryValue(grid.value(clicks, cost), total.cpc)).toBe(true);
      // Sessions come from every source, and the row says so: no step from ad clicks, no cost per session.
      const sessions = grid.rowOf('セッション（全チャネル）');
      expect([grid.at(sessions, step)?.cell.kind, grid.at(sessions, cost)?.cell.kind]).toEqual(['empty', 'empty']);
    });

    it('show the sales funnel from リード, with step and cumulative conversion and cost per stage', () => {
      const grid = japanese();
      const header = grid.rowOf('営業ファネル') + 1;
      const rows = grid.dataRows(header);
      expect(rows.map((row) => grid.text(row, 1))).toEqual(['リード', 'MQL', 'SQL', '商談', '受注']);
      const count = grid.columnOf('件数', header)!;
      const step = grid.columnOf('前段からの転換率', header)!;
      const fromLeads = grid.columnOf('リードからの転換率', header)!;
      const cost = grid.columnOf('1件あたりの費用', header)!;
      // Worked by hand from the fixture's totals.
      const expected: [number, number | undefined, number, number][] = [
        [240, undefined, 1, 1200000 / 240],
        [120, 120 / 240, 120 / 240, 1200000 / 120],
        [60, 60 / 120, 60 / 240, 1200000 / 60],
        [48, 48 / 60, 48 / 240, 1200000 / 48],
        [11, 11 / 48, 11 / 240, 1200000 / 11],
      ];
      expected.forEach(([stageCount, stepRate, leadsRate, costPer], index) => {
        const at = rows[index]!;
        expect(grid.value(at, count)).toBe(stageCount);
        if (stepRate === undefined) expect(grid.at(at, step)?.cell.kind).toBe('empty');
        else expect(grid.value(at, step)).toBeCloseTo(stepRate, 12);
        expect(grid.value(at, fromLeads)).toBeCloseTo(leadsRate, 12);
        expect(grid.value(at, cost)).toBeCloseTo(costPer, 6);
      });
      const { total } = fullSummary();
      // The 商談 → 受注 step is the funnel step, not the win rate of closed deals.
      expect(matchesSummaryValue(grid.value(rows[4]!, step), total.opportunityToWinRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(rows[3]!, fromLeads), total.opportunityRate)).toBe(true);
      expect(matchesSummaryValue(grid.value(rows[4]!, cost), total.cac)).toBe(true);
    });

    it('give each funnel its own bar chart scaled to its numbers; the sales chart starts at リード', () => {
      const sheet = buildSummarySheet(fullSummary(), JAPANESE_SETTINGS, GENERATED_AT).sheet;
      const grid = new SheetGrid(sheet);
      const ad = grid.rowOf('広告ファネル') + 1;
      const sales = grid.rowOf('営業ファネル') + 1;
      expect(sheet.charts).toEqual([
        expect.objectContaining({ type: 'bar', domain: `A${ad}:A${ad + 3}`, series: [`B${ad}:B${ad + 3}`], headerRows: 1 }),
        expect.objectContaining({ type: 'bar', domain: `A${sales}:A${sales + 5}`, series: [`B${sales}:B${sales + 5}`], headerRows: 1 }),
      ]);
      expect(grid.text(sales + 1, 1)).toBe('リード');
      // The charts sit right of the tables and above the findings.
      for (const chart of sheet.charts) expect(chart.anchor.column).toBeGreaterThan(5);
      const findings = grid.rowOf('気づき');
      expect(sheet.charts[1]!.anchor.row + Math.ceil(sheet.charts[1]!.height / 21)).toBeLessThanOrEqual(findings);
    });
  });

  it('shows the opportunities won, lost and still open, with the pipeline amount', () => {
    const grid = japanese();
    const header = grid.rowOf('商談の状況') + 1;
    const rows = grid.dataRows(header);
    expect(rows.map((row) => grid.text(row, 1))).toEqual(['受注', '失注', '進行中の商談']);
    // 48 opportunities: 11 won (¥3,800,000), 18 lost, 19 open at ¥100,000 each.
    expect(rows.map((row) => grid.value(row, 2))).toEqual([11, 18, 19]);
    expect(rows.map((row) => grid.value(row, 3))).toEqual([3800000, undefined, 1900000]);
    // In English the block is the pipeline, not "Opportunities" again (that is a scorecard's name).
    const en = english();
    expect(en.at(en.rowOf('Deal pipeline'), 1)?.role).toBe('caption');
    expect(en.find('Opportunities').filter((placed) => placed.role === 'caption')).toEqual([]);
  });

  it('lists the findings as text under their heading, below the charts', () => {
    const grid = japanese();
    const heading = grid.rowOf('気づき');
    expect(grid.at(heading, 1)?.role).toBe('caption');
    expect(grid.text(heading + 1, 1)).toMatch(/^受注金額は目標/);
    expect(grid.text(heading + 2, 1)).toMatch(/^「展示会」の商談化率/);
  });

  it('lists each source tab with its kind and the rows read and skipped, at the bottom', () => {
    const grid = japanese();
    const header = grid.rowOf('タブ');
    expect([grid.text(header + 1, 1), grid.text(header + 1, 2), grid.value(header + 1, 3), grid.value(header + 1, 4)]).toEqual(['広告', '広告', 90, 2]);
    expect([grid.text(header + 2, 1), grid.value(header + 2, 3), grid.value(header + 2, 4)]).toEqual(['リード', 245, 5]);
    expect([grid.text(header + 3, 1), grid.text(header + 3, 2)]).toEqual(['メモ', '使わない']);
    expect(grid.lastRow()).toBe(header + 3);
  });

  it('looks like a report: header bands, captions, frozen title, A4 landscape, and no table wider than 14 columns', () => {
    const sheet = buildSummarySheet(fullSummary(), JAPANESE_SETTINGS, GENERATED_AT).sheet;
    const grid = new SheetGrid(sheet);
    for (const name of ['区分', '段階', '状態', 'タブ']) {
      for (const placed of grid.find(name)) expect([placed.role, placed.fill, placed.bold]).toEqual(['header', REPORT_COLORS.headerFill, true]);
    }
    expect(grid.at(grid.rowOf('営業ファネル'), 1)?.role).toBe('caption');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.print).toEqual({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
    for (const block of sheet.blocks) expect(block.cells[0]?.length ?? 0).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
  });

  it('shows the LTV assumptions it used', () => {
    const grid = japanese();
    expect(beside(grid, '粗利率')).toBe(0.7);
    expect(beside(grid, '想定購入回数')).toBe(3);
    // Numbers, so right-aligned like every number; the text lines above them stay left.
    for (const name of ['粗利率', '想定購入回数']) expect(grid.at(besideCell(grid, name).row, besideCell(grid, name).column)?.align).toBe('right');
    expect(grid.at(besideCell(grid, '基準日').row, besideCell(grid, '基準日').column)?.align).toBe('left');
  });

  describe('edge cases', () => {
    const leadsOnly = () => english(leadsOnlySummary());

    it('leaves out the ad funnel, the cost-per-stage column and the cards over cost without ads', () => {
      const grid = leadsOnly();
      expect(grid.find('Ad funnel')).toEqual([]);
      expect(grid.find('Cost per stage')).toEqual([]);
      for (const name of ['Cost', 'CAC (customer acquisition cost)', 'ROAS', 'CPL (cost per lead)']) expect(grid.find(name)).toEqual([]);
      expect(grid.rowOf('Sales funnel')).toBeGreaterThan(0);
    });

    it('shows — where a scorecard cannot be computed', () => {
      const grid = leadsOnly();
      // 0 won and 0 lost: no closed opportunity.
      expect(card(grid, 'Actual', 'Win rate', 'Headline KPIs')?.value).toBe('—');
      expect(card(grid, 'Actual', 'Opportunity rate', 'Headline KPIs')?.value).toBe(0);
    });

    it('says so when there are no findings', () => {
      const grid = leadsOnly();
      expect(grid.text(grid.rowOf('Findings') + 1, 1)).toMatch(/^Nothing stands out/);
    });

    it('shows a timestamp it cannot reshape exactly as given', () => {
      expect(beside(new SheetGrid(buildSummarySheet(fullSummary(), ENGLISH_SETTINGS, 'yesterday').sheet), 'Generated at')).toBe('yesterday');
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

    it('says in the tabs table why a tab is not used, and which tab had no day column', () => {
      const summary = fullSummary();
      const sources = [
        ...summary.sources,
        { tab: 'Google Ads', kind: 'ads' as const, headerRow: 3, rowsRead: 2, rowsSkipped: 0, mapping: { cost: 'Cost' }, period: { from: '2025-04-08', to: '2025-04-30' } },
      ];
      const grid = new SheetGrid(buildSummarySheet({ ...summary, sources }, JAPANESE_SETTINGS, GENERATED_AT).sheet);
      const header = grid.rowOf('読み込んだタブ') + 1;
      const note = grid.columnOf('備考', header) ?? -1;
      expect(grid.text(grid.rowOf('メモ'), note)).toBe('見出しが見つからない');
      expect(grid.text(grid.rowOf('Google Ads'), note)).toBe('日付の列なし（2025-04-08〜2025-04-30 の合計として集計）');
      expect(grid.text(grid.rowOf('広告'), note) ?? '').toBe('');
    });

    it('leaves out the sources table when no tab was read', () => {
      expect(english({ ...leadsOnlySummary(), sources: [] }).find('Tabs read')).toEqual([]);
    });
  });
});

describe('summary notes', () => {
  it('shows each note of the summary (LTV not computed, and why) beside 注意 at the top', () => {
    const note = 'LTV と LTV/CAC は計算していません（粗利率が未入力のため）。';
    const grid = new SheetGrid(buildSummarySheet({ ...fullSummary(undefined), notes: [note] }, JAPANESE_SETTINGS, GENERATED_AT).sheet);
    expect(beside(grid, '注意')).toBe(note);
    expect(grid.rowOf('注意')).toBeLessThan(grid.firstRowOf('リード'));
  });
});
