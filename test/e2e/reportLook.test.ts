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

/** A header as a reader reads it: a Japanese header broken over two lines where it reads well is one name. */
function readHeader(value: unknown): string {
  return String(value ?? '').replace(/\n/g, '');
}

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

  it('monthly: a change for the worse red and for the better green, on the columns of the month-on-month changes', () => {
    const monthly = sheetNamed(workbook, '月次推移');
    const header = rowsLabelled(monthly, '月')[0] as number;
    const columns = ['リード数の前月比', '商談化率の前月差'].map((name) => {
      for (let c = 0; c < monthly.lastColumn(); c += 1) if (readHeader(monthly.value(header, c)) === name) return c + 1;
      throw new Error(`no header ${name}`);
    });
    const rules = typed(services).SpreadsheetApp.getActive().getSheetByName('月次推移')!.getConditionalFormatRules();
    const change = rules
      // The core table's rows (the target tables below have attainment rules of their own).
      .filter((rule) => rule.getRanges().every((range) => columns.includes(range.getColumn()) && range.getRow() === header + 2))
      .map((rule) => {
        const condition = rule.getBooleanCondition();
        return [String(condition.getCriteriaType()), condition.getCriteriaValues(), condition.getBackground(), rule.getRanges().map((range) => range.getColumn())];
      });
    expect(change).toEqual([
      ['NUMBER_LESS_THAN', [0], '#f4cccc', columns],
      ['NUMBER_GREATER_THAN', [0], '#d9ead3', columns],
    ]);
    expect(monthly.numberFormat(header + 2, columns[0]! - 1)).toBe('"↑ +"0.0%;"↓ −"0.0%;0.0%');
    expect(monthly.numberFormat(header + 2, columns[1]! - 1)).toBe('"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"');
  });

  it('centres a text header right of a number header on the band, so the two do not run together; the values keep their sides', () => {
    // 目標逆算's 出どころ values (実績値, 目標タブ) are short and centred too: left-aligned they would run into the value beside them.
    const cases: [string, string, string, string][] = [
      ['ファネル概要', '除外した行', '備考', 'left'],
      ['目標逆算', '値', '出どころ', 'center'],
      ['属性別', '商談→受注率', '少数', 'left'],
      ['チャネル別', '行数', 'チャネル', 'left'],
    ];
    for (const [name, number, text, body] of cases) {
      const sheet = sheetNamed(workbook, name);
      const r = Array.from({ length: sheet.lastRow() }, (_, index) => index).find((index) => sheet.value(index, 0) !== '' && Array.from({ length: sheet.lastColumn() }, (_, c) => readHeader(sheet.value(index, c))).join('|').includes(`${number}|${text}`))!;
      const c = Array.from({ length: sheet.lastColumn() }, (_, index) => index).find((index) => readHeader(sheet.value(r, index)) === text)!;
      expect([name, text, sheet.horizontalAlignment(r, c - 1), sheet.horizontalAlignment(r, c), sheet.horizontalAlignment(r + 1, c)]).toEqual([name, text, 'right', 'center', body]);
    }
  });

  it('words the cells as a marketer reads them: 区分 over the row labels, — for CPL and CAC without cost data, no header twice, plan steps named by their stages', () => {
    const summary = sheetNamed(workbook, 'ファネル概要');
    expect(rowsLabelled(summary, '区分')).toHaveLength(1);
    expect(rowsLabelled(summary, '指標')).toEqual([]);
    // 自然検索 and 紹介・パートナー have leads and wins but no cost rows: CPL and CAC say —, not ¥0.
    const channels = sheetNamed(workbook, 'チャネル別');
    const header = rowsLabelled(channels, 'チャネル')[0] as number;
    const columnOf = (r: number, name: string) => Array.from({ length: channels.lastColumn() }, (_, c) => c).find((c) => readHeader(channels.value(r, c)) === name)!;
    for (const group of ['自然検索', '紹介・パートナー']) {
      const r = rowsLabelled(channels, group)[0] as number;
      expect([group, channels.value(r, columnOf(header, '費用')), channels.value(r, columnOf(header, 'リード獲得単価（CPL）')), channels.value(r, columnOf(header, '顧客獲得単価（CAC）'))]).toEqual([group, 0, '—', '—']);
    }
    // A channel with cost keeps its ratio formulas.
    const google = rowsLabelled(channels, '    Google広告')[0] as number;
    expect(channels.formula(google, columnOf(header, 'リード獲得単価（CPL）'))).toMatch(/^=IFERROR\(/);
    // Every header row of the sheet names each column once (the name-variant pairs name both groups).
    for (let r = 0; r < channels.lastRow(); r += 1) {
      if (channels.background(r, 0) !== HEADER_FILL || channels.background(r + 1, 0) === HEADER_FILL) continue;
      const names = Array.from({ length: channels.lastColumn() }, (_, c) => channels.value(r, c)).filter((value) => typeof value === 'string' && value !== '');
      expect(names).toEqual([...new Set(names)]);
    }
    expect(rowsLabelled(channels, 'チャネル').some((r) => readHeader(channels.value(r, 2)) === 'チャネルのグループ')).toBe(true);
    // The plan names the step from SQL by its stages, not 商談化率 (リード→商談 on the dashboard).
    const plan = sheetNamed(workbook, '目標逆算');
    expect(['商談→受注（決着した商談）', 'SQL→商談', 'MQL→SQL', 'リード→MQL'].map((name) => rowsLabelled(plan, name).length)).toEqual([1, 1, 1, 1]);
    expect(rowsLabelled(plan, '商談化率（前の段階から）')).toEqual([]);
  });

  it('projects the youngest month with a range, not one value three times', () => {
    const monthly = sheetNamed(workbook, '月次推移');
    const caption = rowsLabelled(monthly, '集計途中の月の見込み（実績には含めていません）')[0] as number;
    const header = caption + 2;
    const youngest = Array.from({ length: 3 }, (_, index) => header + 1 + index).filter((r) => /^\d{4}-\d{2}$/.test(String(monthly.value(r, 0)))).pop()!;
    // 受注: 実績, 見込み, 下限, 上限 are the last four columns.
    const won = [6, 7, 8, 9].map((c) => monthly.value(youngest, c) as number);
    expect(monthly.value(youngest, 0)).toBe('2026-03');
    expect(won[2]).toBeLessThan(won[3]!);
    expect(won[2]).toBeLessThanOrEqual(won[1]!);
    expect(won[1]).toBeLessThanOrEqual(won[3]!);
  });

  it('summary with LTV set: its two assumptions stand beside the period lines, right-aligned like every number', () => {
    const book = sampleWorkbook();
    execute(book, 'generateFunnelReport', [{ settings: { language: 'ja', grossMargin: 0.7, expectedPurchases: 3 } }]);
    const summary = sheetNamed(book, 'ファネル概要');
    for (const [name, value] of [['粗利率', 0.7], ['想定購入回数', 3]] as const) {
      const r = Array.from({ length: 5 }, (_, index) => index).find((index) => Array.from({ length: 12 }, (_, c) => summary.value(index, c)).includes(name))!;
      const c = Array.from({ length: 12 }, (_, index) => index).find((index) => summary.value(r, index) === value)!;
      expect([name, r < 4, summary.horizontalAlignment(r, c)]).toEqual([name, true, 'right']);
    }
  });

  it('writes the report with every rule (previous period, targets, both change colours) in at most 450 Sheets calls: rules over the same cells share one getRange', () => {
    const book = sampleWorkbook();
    const run = execute(book, 'generateFunnelReport', [{ settings: { language: 'ja', from: '2025-10-01' } }]);
    const calls = run.services.calls.sheetsTotal();
    const rules = (name: string) => typed(run.services).SpreadsheetApp.getActive().getSheetByName(name)!.getConditionalFormatRules();
    const all = [...rules('ファネル概要'), ...rules('月次推移')];
    const distinct = new Set(all.flatMap((rule) => rule.getRanges().map((range) => range.getA1Notation())));
    // Red and green of each change, three colours of each attainment: more rules than ranges.
    expect(all.length).toBeGreaterThan(8);
    expect(all.flatMap((rule) => rule.getRanges()).length).toBeGreaterThan(distinct.size * 2);
    expect(run.services.calls.get('SpreadsheetApp.newConditionalFormatRule')).toBe(all.length);
    expect(calls).toBeLessThanOrEqual(450);
  });

  it('summary: each finding is one cell across the scorecard table, wrapped, top-aligned, with the height of the longest; one merge call', () => {
    const summary = sheetNamed(workbook, 'ファネル概要');
    const caption = rowsLabelled(summary, '気づき')[0] as number;
    const scorecardHeader = rowsLabelled(summary, '区分')[0] as number;
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

  it('makes every header column of every report sheet wide enough for its text: two lines in the core table, four in the tables below; the header row high enough', () => {
    for (const name of ['ファネル概要', 'チャネル別', '月次推移', '目標逆算', '属性別', 'メール分析']) {
      const ws = book.getWorksheet(name)!;
      const sheet = sheetNamed(workbook, name);
      const onBand = (r: number) => sheet.background(r, 0) === HEADER_FILL;
      let core: number | undefined;
      for (let r = 0; r < sheet.lastRow(); r += 1) {
        // A group row (リード over 目標・実績・達成率) stands on the band right above the headers: one line, running over its group.
        if (!onBand(r) || onBand(r + 1)) continue;
        core ??= r;
        const maxLines = r === core ? 2 : 4;
        for (let c = 0; c < sheet.lastColumn(); c += 1) {
          const text = sheet.value(r, c);
          if (typeof text !== 'string' || sheet.background(r, c) !== HEADER_FILL) continue;
          const pixels = Math.round((ws.getColumn(c + 1).width ?? 0) * 7);
          const lines = wrappedLines(text, pixels);
          // Row heights are in points (0.75 per pixel); a one-line row may keep the default height.
          const rowPixels = (ws.getRow(r + 1).height ?? 15) / 0.75;
          expect([name, text, pixels >= headerWidth(text, r === core ? 'core' : 'below'), lines <= maxLines, lines === 1 || rowPixels >= rowHeightForLines(lines)]).toEqual([
            name,
            text,
            true,
            true,
            true,
          ]);
        }
      }
    }
  });

  it('names a group of columns once on the band above their short headers, on one line over the empty cells of its group', () => {
    const sheet = sheetNamed(workbook, '月次推移');
    const headerRow = rowsLabelled(sheet, '月').find((r) => sheet.value(r, 1) === '目標')!;
    const groupRow = headerRow - 1;
    const at = (r: number) => Array.from({ length: 7 }, (_, c) => readHeader(sheet.value(r, c) ?? ''));
    expect(at(groupRow)).toEqual(['', 'リード', '', '', '商談', '', '']);
    expect(at(headerRow)).toEqual(['月', '目標', '実績（発生日）', '達成率', '目標', '実績（発生日）', '達成率']);
    expect(sheet.background(groupRow, 1)).toBe(HEADER_FILL);
    const ws = book.getWorksheet('月次推移')!;
    expect(ws.getCell(groupRow + 1, 2).alignment?.wrapText).toBeFalsy();
    expect(ws.getCell(groupRow + 1, 2).alignment?.horizontal).toBe('left');
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
