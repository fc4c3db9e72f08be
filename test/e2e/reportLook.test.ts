/**
 * The report's look (design §6) read back after generateFunnelReport through the built bundle:
 * from the in-memory Sheets (what the Sheets calls left on the cells) and from the .xlsx the CLI
 * writes (exceljs reads the file back). Rows are found by their labels, not by position.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { headerWidth, rowHeightForLines, wrappedLines } from '../../src/core/report/textMetrics';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import type { SheetData, Workbook } from '../../src/local/workbook/model';
import { saveWorkbookToXlsx } from '../../src/local/workbook/saveXlsx';
import { typed } from '../local/helpers';
import { execute } from './bundleRun';

const HEADER_FILL = '#1f4e79';
const BAND_FILL = '#eef3f9';
const TOTAL_FILL = '#c5d5ea';
const SUBTOTAL_FILL = '#dce6f2';
/** Channels sit indented beneath their group's subtotal row on チャネル別. */
const isChannelRow = (label: unknown): boolean => String(label).startsWith('    ');

function sheetNamed(workbook: Workbook, name: string): SheetData {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** 0-based rows whose column A holds `text`. */
function rowsLabelled(sheet: SheetData, text: string): number[] {
  const rows: number[] = [];
  for (let r = 0; r < sheet.lastRow(); r += 1) if (sheet.value(r, 0) === text) rows.push(r);
  return rows;
}

let workbook: Workbook;
let services: ReturnType<typeof execute>['services'];

beforeAll(() => {
  workbook = sampleWorkbook();
  ({ services } = execute(workbook, 'generateFunnelReport', [{ settings: { language: 'ja' } }]));
});

describe('the look in Sheets after generateFunnelReport', () => {
  it('channels: header band white bold, shaded bold group subtotals, banded channels beneath, shaded bold total, numbers right and labels left, frozen header and label column', () => {
    const sheet = sheetNamed(workbook, 'チャネル別');
    const header = rowsLabelled(sheet, 'チャネル')[0] as number;
    const total = rowsLabelled(sheet, '合計')[0] as number;
    expect(total).toBeGreaterThan(header + 2);
    expect(sheet.background(header, 0)).toBe(HEADER_FILL);
    expect(sheet.fontColor(header, 1)).toBe('#ffffff');
    expect(sheet.fontWeight(header, 1)).toBe('bold');
    // Group rows are shaded and bold; the channel rows between them alternate white, band, white…
    // counting channel rows only, so a group row does not shift the pattern.
    let channelIndex = 0;
    let groups = 0;
    for (let r = header + 1; r < total; r += 1) {
      if (isChannelRow(sheet.value(r, 0))) {
        expect([r, sheet.background(r, 2)]).toEqual([r, channelIndex % 2 === 0 ? null : BAND_FILL]);
        channelIndex += 1;
      } else {
        expect([r, sheet.background(r, 2), sheet.fontWeight(r, 2)]).toEqual([r, SUBTOTAL_FILL, 'bold']);
        groups += 1;
      }
    }
    expect(groups).toBeGreaterThan(1);
    expect(channelIndex).toBeGreaterThan(groups);
    expect(sheet.background(total, 3)).toBe(TOTAL_FILL);
    expect(sheet.fontWeight(total, 3)).toBe('bold');
    expect(sheet.horizontalAlignment(header + 1, 0)).toBe('left');
    expect(sheet.horizontalAlignment(header + 1, 1)).toBe('right');
    expect(sheet.horizontalAlignment(header, 1)).toBe('right');
    expect(sheet.frozenRows).toBe(header + 1);
    expect(sheet.frozenColumns).toBe(1);
  });

  it('monthly: provisional months grey and italic, mature months plain', () => {
    const sheet = sheetNamed(workbook, '月次推移');
    const monthRows: number[] = [];
    for (let r = 0; r < sheet.lastRow(); r += 1) if (/^\d{4}-\d{2}$/.test(String(sheet.value(r, 0)))) monthRows.push(r);
    // The first table names the months still being counted; every table of the sheet greys the same months.
    const provisionalMonths = new Set(monthRows.filter((r) => sheet.value(r, 1) === '集計途中（暫定）').map((r) => sheet.value(r, 0)));
    expect(provisionalMonths.size).toBeGreaterThan(0);
    expect(provisionalMonths.size).toBeLessThan(12);
    for (const r of monthRows) {
      const expected = provisionalMonths.has(sheet.value(r, 0)) ? ['italic', '#808080'] : ['normal', '#000000'];
      expect([sheet.value(r, 0), sheet.fontStyle(r, 2), sheet.fontColor(r, 2)]).toEqual([sheet.value(r, 0), ...expected]);
    }
  });

  it('summary: title 14 pt, attainment rules ≥ 100 % green, 80–100 % amber, < 80 % red, read back through the service', () => {
    const summary = sheetNamed(workbook, 'ファネル概要');
    expect(summary.fontSize(0, 0)).toBe(14);
    expect(summary.fontWeight(0, 0)).toBe('bold');
    const app = typed(services).SpreadsheetApp;
    const rules = app.getActive().getSheetByName('ファネル概要')!.getConditionalFormatRules();
    const attainment = rules.slice(0, 3).map((rule) => {
      const condition = rule.getBooleanCondition();
      return [String(condition.getCriteriaType()), condition.getCriteriaValues(), condition.getBackground()];
    });
    expect(attainment).toEqual([
      ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [1], '#d9ead3'],
      ['NUMBER_BETWEEN', [0.8, 1], '#fff2cc'],
      ['NUMBER_LESS_THAN', [0.8], '#f4cccc'],
    ]);
    // The rules cover the 達成率 row of the scorecards.
    const attainmentRow = rowsLabelled(summary, '達成率')[0] as number;
    const ranges = rules[0]!.getRanges().map((range) => range.getRow());
    expect(ranges).toContain(attainmentRow + 1);
  });

  it('summary: each finding is one cell across the scorecard table, wrapped, top-aligned, with the height of the longest; one merge call', () => {
    const summary = sheetNamed(workbook, 'ファネル概要');
    const caption = rowsLabelled(summary, '気づき')[0] as number;
    const scorecardHeader = rowsLabelled(summary, '指標')[0] as number;
    let widest = 0;
    while (summary.value(scorecardHeader, widest) !== undefined) widest += 1;
    expect(summary.merges.length).toBeGreaterThan(1);
    summary.merges.forEach((merge, index) => {
      expect(merge).toEqual({ row: caption + 2 + index, column: 1, numRows: 1, numColumns: widest });
      expect(String(summary.value(merge.row - 1, 0)).length).toBeGreaterThan(20);
      expect(summary.wrap(merge.row - 1, 0)).toBe(true);
      expect(summary.verticalAlignment(merge.row - 1, 0)).toBe('top');
      expect(summary.rowHeights.get(merge.row)).toBeGreaterThanOrEqual(21);
    });
    expect(new Set(summary.merges.map((merge) => summary.rowHeights.get(merge.row))).size).toBe(1);
    expect(services.calls.get('Range.mergeAcross')).toBe(1);
    expect(services.calls.get('Sheet.setRowHeights')).toBe(1);
  });
});

describe('the look in the .xlsx', () => {
  let book: ExcelJS.Workbook;
  let file: string;

  beforeAll(async () => {
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'funnel-look-')), 'report.xlsx');
    await saveWorkbookToXlsx(workbook, file);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
  });

  it('carries fills, fonts and alignment of the channel table', () => {
    const ws = book.getWorksheet('チャネル別')!;
    const sheet = sheetNamed(workbook, 'チャネル別');
    const header = (rowsLabelled(sheet, 'チャネル')[0] as number) + 1;
    const total = (rowsLabelled(sheet, '合計')[0] as number) + 1;
    const headerCell = ws.getCell(header, 2);
    expect((headerCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F4E79');
    expect(headerCell.font).toMatchObject({ bold: true, name: 'Arial', color: { argb: 'FFFFFFFF' } });
    expect(headerCell.alignment).toMatchObject({ horizontal: 'right', wrapText: true });
    // The first group row, then its first two channels: white, band.
    expect(isChannelRow(sheet.value(header, 0))).toBe(false);
    expect((ws.getCell(header + 1, 2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDCE6F2');
    expect(ws.getCell(header + 1, 2).font?.bold).toBe(true);
    const [first, second] = [header + 1, header + 2, header + 3, header + 4].filter((row) => isChannelRow(sheet.value(row - 1, 0)));
    expect((ws.getCell(first!, 2).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect((ws.getCell(second!, 2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFEEF3F9');
    expect((ws.getCell(total, 4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC5D5EA');
    expect(ws.getCell(total, 4).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: header });
  });

  it('prints every report sheet on A4 landscape, one page wide, header rows repeated; input tabs keep no such setup', () => {
    for (const name of ['ファネル概要', 'チャネル別', '月次推移']) {
      const ws = book.getWorksheet(name)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toBe(`1:${sheetNamed(workbook, name).frozenRows}`);
    }
    expect(book.getWorksheet('リード')!.pageSetup.fitToPage).toBeFalsy();
  });

  it('carries the merged findings with their height, and no drawing part (charts stay in Sheets; no empty anchor)', async () => {
    const ws = book.getWorksheet('ファネル概要')!;
    const summary = sheetNamed(workbook, 'ファネル概要');
    const merges = (ws as unknown as { model: { merges: string[] } }).model.merges;
    for (const merge of summary.merges) {
      const ref = `A${merge.row}:${String.fromCharCode(64 + merge.numColumns)}${merge.row}`;
      expect(merges).toContain(ref);
      expect(ws.getCell(`A${merge.row}`).alignment).toMatchObject({ vertical: 'top', wrapText: true });
      expect(ws.getRow(merge.row).height).toBe((summary.rowHeights.get(merge.row) ?? 0) * 0.75);
    }
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(Object.keys(zip.files).filter((name) => /drawing|chart/i.test(name))).toEqual([]);
  });

  it('makes every header column of every report sheet wide enough for its text in at most two lines, the header row high enough', () => {
    for (const name of ['ファネル概要', 'チャネル別', '月次推移', '目標逆算', '属性別', 'メール分析']) {
      const ws = book.getWorksheet(name)!;
      const sheet = sheetNamed(workbook, name);
      for (let r = 0; r < sheet.lastRow(); r += 1) {
        if (sheet.background(r, 0) !== HEADER_FILL) continue;
        for (let c = 0; c < sheet.lastColumn(); c += 1) {
          const text = sheet.value(r, c);
          if (typeof text !== 'string' || sheet.background(r, c) !== HEADER_FILL) continue;
          const pixels = Math.round((ws.getColumn(c + 1).width ?? 0) * 7);
          const lines = wrappedLines(text, pixels);
          // Row heights are in points (0.75 per pixel); a one-line row may keep the default height.
          const rowPixels = (ws.getRow(r + 1).height ?? 15) / 0.75;
          expect([name, text, pixels >= headerWidth(text), lines <= 2, lines === 1 || rowPixels >= rowHeightForLines(lines)]).toEqual([name, text, true, true, true]);
        }
      }
    }
  });

  it('writes the attainment rules as expressions that ignore text cells, in priority order', () => {
    const ws = book.getWorksheet('ファネル概要')!;
    // exceljs reads the rules into `conditionalFormattings`, which its typings do not declare.
    const formattings = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = formattings.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
    const ref = rules.find(({ rule }) => rule.priority === 1)!.ref;
    const first = rules.filter((entry) => entry.ref === ref && entry.rule.priority <= 3).sort((a, b) => a.rule.priority - b.rule.priority);
    expect(first.map(({ rule }) => rule.priority)).toEqual([1, 2, 3]);
    const [green, amber, red] = first;
    const corner = /^([A-Z]+\d+)/.exec(green!.ref)![1]!;
    expect((green!.rule as ExcelJS.ExpressionRuleType).formulae).toEqual([`AND(ISNUMBER(${corner}),${corner}>=1)`]);
    expect((amber!.rule as ExcelJS.ExpressionRuleType).formulae).toEqual([`AND(ISNUMBER(${corner}),${corner}>=0.8,${corner}<=1)`]);
    expect((red!.rule as ExcelJS.ExpressionRuleType).formulae).toEqual([`AND(ISNUMBER(${corner}),${corner}<0.8)`]);
    expect((red!.rule.style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe('FFF4CCCC');
  });
});
