/** Merged cells, vertical alignment and row heights in the in-memory Sheets (src/local/README.md, "Merged cells"). */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { duplicateSheet } from '../../../src/local/sheets/duplicateSheet';
import { saveWorkbookToXlsx } from '../../../src/local/workbook/saveXlsx';
import { servicesFor } from '../helpers';

function sheet1() {
  const services = servicesFor();
  const app = services.SpreadsheetApp;
  const sheet = app.getActive().getSheetByName('Sheet1');
  if (!sheet) throw new Error('fixture: Sheet1 missing');
  const data = services.workbook.sheets[0];
  if (!data) throw new Error('fixture: no sheet data');
  return { services, sheet, data };
}

const a1s = (ranges: { getA1Notation(): string }[]): string[] => ranges.map((range) => range.getA1Notation());

describe('merging cells', () => {
  it('mergeAcross makes one merge per row of the range (the reference: B1:E2 gives B1:E1 and B2:E2), in one counted call', () => {
    const { services, sheet } = sheet1();
    sheet.getRange('A5:A7').setValues([['一つ目'], ['二つ目'], ['三つ目']]);
    sheet.getRange('A5:D7').mergeAcross();
    expect(a1s(sheet.getRange('A1:Z20').getMergedRanges())).toEqual(['A5:D5', 'A6:D6', 'A7:D7']);
    expect(services.calls.get('Range.mergeAcross')).toBe(1);
    expect(sheet.getRange('A5:D7').getValues()).toEqual([
      ['一つ目', '', '', ''],
      ['二つ目', '', '', ''],
      ['三つ目', '', '', ''],
    ]);
  });

  it('merge makes one block and mergeVertically one per column; getMergedRanges and isPartOfMerge see a merge that shares one cell', () => {
    const { sheet } = sheet1();
    sheet.getRange('B2:C3').merge();
    sheet.getRange('E1:F3').mergeVertically();
    expect(a1s(sheet.getRange('C3').getMergedRanges())).toEqual(['B2:C3']);
    expect(a1s(sheet.getRange('E2:F2').getMergedRanges())).toEqual(['E1:E3', 'F1:F3']);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('D1:D9').isPartOfMerge()).toBe(false);
  });

  it('keeps the top-left value and clears the others (assumed: the harder case)', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:C1').setValues([['keep', 'lost', '=1+1']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['keep', '', '']]);
    expect(sheet.getRange('C1').getFormula()).toBe('');
  });

  it('breakApart undoes merges inside the range', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:D2').mergeAcross();
    sheet.getRange('A1:D2').breakApart();
    expect(sheet.getRange('A1:D2').isPartOfMerge()).toBe(false);
  });

  describe('what is not modelled throws', () => {
    it('a single-cell merge, a merge over merged cells, and a range cutting through a merge when breaking apart', () => {
      const { sheet } = sheet1();
      expect(() => sheet.getRange('A1:A3').mergeAcross()).toThrow('not implemented in the local runtime: Range.mergeAcross');
      sheet.getRange('A1:D1').merge();
      expect(() => sheet.getRange('C1:F2').merge()).toThrow(/merging over the merged cells A1:D1 is not modelled/);
      expect(() => sheet.getRange('A1:B1').breakApart()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    });

    it('a value written into the covered part of a merge, and clearing the formats of merged cells; blanks and the top-left cell are fine', () => {
      const { sheet } = sheet1();
      sheet.getRange('A1:D1').merge();
      expect(() => sheet.getRange('B1').setValue('x')).toThrow(/writing Sheet1!B1, which the merged cells A1:D1 cover, is not modelled/);
      expect(() => sheet.getRange('A1:D1').setValues([['top-left', '', '', '']])).not.toThrow();
      expect(() => sheet.getRange('C1').clearFormat()).toThrow(/clearing the formats of the merged cells A1:D1 is not modelled/);
      expect(() => sheet.clear()).toThrow('not implemented in the local runtime: Sheet.clear');
      expect(() => sheet.clear({ contentsOnly: true })).not.toThrow();
    });
  });
});

describe('vertical alignment and row heights', () => {
  it('reads bottom until set, as Sheets does; rows are 21 px until set', () => {
    const { sheet } = sheet1();
    expect(sheet.getRange('A1').getVerticalAlignment()).toBe('bottom');
    sheet.getRange('A1:B1').setVerticalAlignment('top');
    sheet.getRange('A2:B2').setVerticalAlignments([['middle', null]]);
    expect(sheet.getRange('A1:B2').getVerticalAlignments()).toEqual([['top', 'top'], ['middle', 'bottom']]);
    expect(() => sheet.getRange('A1').setVerticalAlignment('center')).toThrow('alignment must be "top", "middle", "bottom" or null');
    expect(sheet.getRowHeight(3)).toBe(21);
    sheet.setRowHeights(3, 2, 40);
    expect([sheet.getRowHeight(3), sheet.getRowHeight(4), sheet.getRowHeight(5)]).toEqual([40, 40, 21]);
    expect(() => sheet.setRowHeights(1, 1, 0)).toThrow('whole number of pixels');
  });
});

describe('a duplicate and the .xlsx keep them', () => {
  it('copies merges, heights and alignment to a duplicate', () => {
    const { services, sheet, data } = sheet1();
    sheet.getRange('A2:C3').mergeAcross().setVerticalAlignment('top');
    sheet.setRowHeights(2, 2, 60);
    const copy = duplicateSheet(services.workbook, data);
    expect(copy.merges).toEqual(data.merges);
    expect(copy.rowHeights.get(2)).toBe(60);
    expect(copy.verticalAlignment(1, 0)).toBe('top');
  });

  it('writes the merges, the alignment and the taller of the set height and the wrapped-text estimate (merged width) in points', async () => {
    const { services, sheet } = sheet1();
    sheet.setColumnWidths(1, 3, 100);
    // A 300 px merge leaves 284 px a line: 40 full-width glyphs (600 px) take 3 lines (60 px); the set 40 px is less.
    sheet.getRange('A2:A3').setValues([['あ'.repeat(40)], ['short']]).setWrap(true);
    sheet.getRange('A2:C3').mergeAcross().setVerticalAlignment('top');
    sheet.setRowHeights(2, 2, 40);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'funnel-merges-')), 'merges.xlsx');
    await saveWorkbookToXlsx(services.workbook, file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet('Sheet1');
    expect((ws as unknown as { model: { merges: string[] } }).model.merges.sort()).toEqual(['A2:C2', 'A3:C3']);
    expect(ws?.getCell('A2').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect([ws?.getRow(2).height, ws?.getRow(3).height]).toEqual([45, 30]);
  });
});
