/**
 * Dashboard and channel figures of the sample workbook through the bundle, each worked out here
 * from the sample's own rows (its tabs as the builder writes them), never from the engine:
 * - CPC over the ad rows that report clicks (design §5): the ads tabs' cost ÷ their clicks, so the
 *   trade-show and webinar cost (no clicks) does not raise the cost of a click;
 * - the change against the previous period by event date in the cohort view (design §6 item 1,
 *   §4.5): won deals by close date, cost by day.
 * Formulas are evaluated over the written cells with the test evaluator.
 */
import type { FunnelSummary } from '../../src/core/model/summary';
import { KPI_NAMES } from '../../src/core/report/kpiNames';
import { REPORT_LABEL_TEXTS } from '../../src/core/report/labelTexts';
import { buildSampleWorkbook, isDayCell, type SampleCell } from '../../src/core/sample';
import { displayValue } from '../../src/local/sheets/displayValue';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import type { SheetData, Workbook } from '../../src/local/workbook/model';
import { evaluateFormula, type CellLookup, type FormulaValue } from '../core/report/evaluateFormula';
import { execute } from './bundleRun';

const LABELS = REPORT_LABEL_TEXTS.ja;
const TABS = buildSampleWorkbook();

function rowsOf(name: string): readonly (readonly SampleCell[])[] {
  const tab = TABS.find((entry) => entry.name === name);
  if (!tab) throw new Error(`no sample tab ${name}`);
  return tab.values;
}

/** A day cell, `2025/4/1` or `2025/04/01` as YYYY-MM-DD; anything else (a title, a total label) null. */
function dayOf(cell: SampleCell | undefined): string | null {
  if (cell !== undefined && isDayCell(cell)) return cell.iso;
  const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(String(cell ?? ''));
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : null;
}

/** `¥60,000`, `60,000円` or 60000 as a number. */
function yen(cell: SampleCell | undefined): number {
  return typeof cell === 'number' ? cell : Number(String(cell).replace(/[¥,円]/g, ''));
}

/** Sums of an ads tab's dated rows (the export's own total row has no day): cost and clicks. */
function adsTab(name: string, columns: { day: number; cost: number; clicks?: number }, from = '0000', to = '9999') {
  let cost = 0;
  let clicks = 0;
  for (const row of rowsOf(name)) {
    const day = dayOf(row[columns.day]);
    if (day === null || day < from || day > to) continue;
    cost += yen(row[columns.cost]);
    if (columns.clicks !== undefined) clicks += Number(row[columns.clicks]);
  }
  return { cost, clicks };
}

const GOOGLE = { day: 0, clicks: 3, cost: 4 };
const YAHOO = { day: 0, clicks: 3, cost: 4 };
const EVENTS = { day: 0, cost: 3 };

/** Won deals closed between `from` and `to`: count and amount (every won deal links to its own lead). */
function wonDeals(from: string, to: string): { won: number; revenue: number } {
  let won = 0;
  let revenue = 0;
  for (const row of rowsOf('商談').slice(1)) {
    const closed = dayOf(row[5]);
    if (row[4] !== '受注' || closed === null || closed < from || closed > to) continue;
    won += 1;
    revenue += Number(row[6]);
  }
  return { won, revenue };
}

function sheet(workbook: Workbook, name: string): SheetData {
  const found = workbook.sheets.find((entry) => entry.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The written cells as the evaluator reads them (1-based references). */
function lookupOf(target: SheetData): CellLookup {
  return ({ row, column }) => {
    const formula = target.formula(row - 1, column - 1);
    if (formula) return { kind: 'formula', formula };
    const value = target.value(row - 1, column - 1);
    if (value === null || value === undefined || value === '') return { kind: 'empty' };
    return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value: String(value) };
  };
}

/** A cell's value, its formula evaluated; row and column 0-based. */
function shown(target: SheetData, row: number, column: number): FormulaValue | undefined {
  const formula = target.formula(row, column);
  if (formula) return evaluateFormula(formula, lookupOf(target));
  const value = target.value(row, column);
  return value === null || value === undefined ? undefined : (value as FormulaValue);
}

/** Rows (0-based) whose first cell is `label`. */
function rowsLabelled(target: SheetData, label: string): number[] {
  const rows: number[] = [];
  for (let r = 0; r < target.lastRow(); r += 1) if (target.value(r, 0) === label) rows.push(r);
  return rows;
}

/** The column (0-based) headed `header` in row `headerRow`. */
function columnOf(target: SheetData, headerRow: number, header: string): number {
  for (let c = 0; c < target.lastColumn(); c += 1) if (target.value(headerRow, c) === header) return c;
  throw new Error(`no column ${header} in row ${headerRow + 1}`);
}

/** The nearest row above `row` holding `header`: the header of the table `row` is in. */
function headerAbove(target: SheetData, row: number, header: string): number {
  for (let r = row - 1; r >= 0; r -= 1) {
    for (let c = 0; c < target.lastColumn(); c += 1) if (target.value(r, c) === header) return r;
  }
  throw new Error(`no header ${header} above row ${row + 1}`);
}

describe('the sample workbook, worked from its rows', () => {
  describe('CPC over the ad rows with clicks', () => {
    const google = adsTab('Google広告', GOOGLE);
    const yahoo = adsTab('Yahoo!広告', YAHOO);
    const events = adsTab('展示会・イベント', EVENTS);
    // ¥21,412,734 + ¥8,314,165 over 96,781 + 37,700 clicks = ¥221.05; the ¥16,430,000 of trade shows and webinars has no clicks.
    const cpc = (google.cost + yahoo.cost) / (google.clicks + yahoo.clicks);
    const workbook = sampleWorkbook();
    const summary = execute(workbook, 'getFunnelSummary', [{}]).result as FunnelSummary;
    execute(workbook, 'generateFunnelReport', [{}]);

    it('is the ads tabs’ cost over their clicks, in the JSON total and the paid-search group', () => {
      expect(google.cost + yahoo.cost).toBe(29726899);
      expect(events.cost).toBe(16430000);
      expect(summary.total.adCost).toBe(google.cost + yahoo.cost);
      expect(summary.total.cost).toBe(google.cost + yahoo.cost + events.cost);
      expect(summary.total.cpc).toBeCloseTo(cpc, 9);
      expect(summary.byChannelGroup.find((row) => row.groupId === 'paid_search')?.cpc).toBeCloseTo(cpc, 9);
      // No clicks, no CPC: the trade shows' cost stays out.
      expect(summary.byChannelGroup.find((row) => row.groupId === 'events')).toMatchObject({ adCost: 0, clicks: 0, cpc: null });
    });

    it('is the dashboard’s cost per click, a formula over the ad cost written under the ad funnel', () => {
      const dashboard = sheet(workbook, LABELS.sheetNames.summary);
      const [clicksRow] = rowsLabelled(dashboard, KPI_NAMES.clicks.ja);
      const header = headerAbove(dashboard, clicksRow!, KPI_NAMES.costPerStage.ja);
      expect(shown(dashboard, clicksRow!, columnOf(dashboard, header, KPI_NAMES.costPerStage.ja))).toBeCloseTo(cpc, 9);
      const [adCostRow] = rowsLabelled(dashboard, KPI_NAMES.adCost.ja);
      expect(dashboard.value(adCostRow!, 1)).toBe(google.cost + yahoo.cost);
    });

    it('is the by-channel total and paid-search subtotal, never above every ad channel', () => {
      const channels = sheet(workbook, LABELS.sheetNames.channels);
      const cpcName = KPI_NAMES.cpc.ja;
      // The secondary table holding CPC repeats the channel labels under its own header.
      let header = 0;
      while (header < channels.lastRow() && columnOfOrNull(channels, header, cpcName) === null) header += 1;
      const column = columnOf(channels, header, cpcName);
      const cpcOf = (label: string): FormulaValue | undefined => {
        for (let r = header + 1; channels.value(r, 0) !== '' && channels.value(r, 0) !== null && channels.value(r, 0) !== undefined; r += 1) {
          if (channels.value(r, 0) === label) return shown(channels, r, column);
        }
        throw new Error(`no ${label} row under the CPC header`);
      };
      expect(cpcOf(LABELS.channels.total)).toBeCloseTo(cpc, 9);
      expect(cpcOf('有料検索')).toBeCloseTo(cpc, 9);
      expect(cpcOf('    Google広告')).toBeCloseTo(google.cost / google.clicks, 9);
      expect(cpcOf('    Yahoo!広告')).toBeCloseTo(yahoo.cost / yahoo.clicks, 9);
      expect(cpcOf('展示会・イベント')).toBe('—');
    });
  });

  describe('the change against the previous period, by event date in the cohort view', () => {
    const current = { from: '2025-10-01', to: '2026-03-31' };
    const previous = { from: '2025-04-01', to: '2025-09-30' };
    // Won deals by close date: 15 for ¥25,920,000 against 14 for ¥23,810,000 (↑ +8.9%), while the
    // cohort of October–March leads has won only ¥13,550,000 so far (three provisional months).
    const wonNow = wonDeals(current.from, current.to);
    const wonBefore = wonDeals(previous.from, previous.to);
    const costOf = (span: { from: string; to: string }) =>
      adsTab('Google広告', GOOGLE, span.from, span.to).cost + adsTab('Yahoo!広告', YAHOO, span.from, span.to).cost + adsTab('展示会・イベント', EVENTS, span.from, span.to).cost;
    const workbook = sampleWorkbook();
    const settings = { settings: { from: current.from } };
    const summary = execute(workbook, 'getFunnelSummary', [settings]).result as FunnelSummary;
    execute(workbook, 'generateFunnelReport', [settings]);

    it('compares this period by event date with the previous period by event date in the JSON', () => {
      expect([wonNow.revenue, wonBefore.revenue, wonNow.won, wonBefore.won]).toEqual([25920000, 23810000, 15, 14]);
      expect(summary.view).toBe('cohort');
      expect(summary.previousPeriod).toMatchObject({ ...previous, view: 'period' });
      expect(summary.eventDateTotal).toMatchObject({ revenue: wonNow.revenue, won: wonNow.won, cost: costOf(current) });
      expect(summary.previousPeriod?.total).toMatchObject({ revenue: wonBefore.revenue, won: wonBefore.won, cost: costOf(previous) });
      // The cohort total is what the value row shows, not what is compared.
      expect(summary.total.revenue).toBe(13550000);
    });

    it('shows ↑ +8.9% for 受注金額 on the dashboard, not the cohort’s fall of 61.3%', () => {
      const dashboard = sheet(workbook, LABELS.sheetNames.summary);
      const [changeRow] = rowsLabelled(dashboard, LABELS.scorecards.change);
      const [eventRow] = rowsLabelled(dashboard, LABELS.scorecards.eventActual);
      const header = headerAbove(dashboard, eventRow!, KPI_NAMES.revenue.ja);
      const change = (key: 'revenue' | 'won' | 'cost') => shown(dashboard, changeRow!, columnOf(dashboard, header, KPI_NAMES[key].ja));
      expect(change('revenue')).toBeCloseTo((wonNow.revenue - wonBefore.revenue) / wonBefore.revenue, 12);
      expect(change('revenue')).toBeCloseTo(0.0886, 4);
      expect(change('won')).toBeCloseTo((15 - 14) / 14, 12);
      expect(change('cost')).toBeCloseTo((costOf(current) - costOf(previous)) / costOf(previous), 12);
      expect(shown(dashboard, eventRow!, columnOf(dashboard, header, KPI_NAMES.revenue.ja))).toBe(wonNow.revenue);
      // Shown with an arrow and a sign (▲ alone would read as minus to a Japanese reader).
      const display = (key: 'revenue' | 'cost') => {
        const column = columnOf(dashboard, header, KPI_NAMES[key].ja);
        return displayValue(shown(dashboard, changeRow!, column) as number, dashboard.numberFormat(changeRow!, column));
      };
      expect(costOf(current)).toBeLessThan(costOf(previous));
      expect([display('revenue'), display('cost')]).toEqual(['↑ +8.9%', `↓ −${(((costOf(previous) - costOf(current)) / costOf(previous)) * 100).toFixed(1)}%`]);
    });
  });
});

function columnOfOrNull(target: SheetData, headerRow: number, header: string): number | null {
  for (let c = 0; c < target.lastColumn(); c += 1) if (target.value(headerRow, c) === header) return c;
  return null;
}
