/**
 * Issue 16 class 1: user text written the way the report writes it (neutralizeText, then
 * Range.setValues) stays literal text in the local runtime and in the saved .xlsx, whatever
 * combining marks, variation selectors or compatibility characters follow a formula trigger.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { neutralizeText } from '../../../src/core/report/neutralizeText';
import { saveWorkbookToXlsx } from '../../../src/local/workbook/saveXlsx';
import { servicesFor } from '../helpers';

const TRIGGERS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u2212', '\t', '\r', '\n'];
const CHANGERS = fc
  .oneof(
    fc.integer({ min: 0x0300, max: 0x036f }),
    fc.constantFrom(0x0338, 0x20d2, 0x20e5, 0x034f, 0x200d, 0xfeff),
    fc.integer({ min: 0xfe00, max: 0xfe0f }),
    fc.integer({ min: 0xe0100, max: 0xe01ef }),
    fc.constantFrom(0xfb01, 0x2126, 0x2460, 0xff10, 0x00a0, 0x3000),
  )
  .map((code) => String.fromCodePoint(code));
/** A tail that would make a formula or a number once the trigger is read as one. */
const TAILS = fc.constantFrom('IMPORTXML("http://x","//a")', 'HYPERLINK("http://x","y")', '1+1', '81', 'SUM(A1:A3)', '', 'x');

const samples = fc.sample(
  fc.tuple(fc.constantFrom(...TRIGGERS), fc.array(CHANGERS, { minLength: 1, maxLength: 3 }), TAILS).map(([t, marks, tail]) => t + marks.join('') + tail),
  { numRuns: 400, seed: 16 },
);

describe('user text after a formula trigger and a normalisation-changing code point', () => {
  it('stays literal text in the local runtime and in the saved .xlsx', async () => {
    const services = servicesFor();
    const sheet = services.SpreadsheetApp.getActive().insertSheet('report');
    sheet.getRange(1, 1, samples.length, 1).setValues(samples.map((text) => [neutralizeText(text)]));
    const data = services.workbook.sheetByName('report');
    const inRuntime = samples.filter((text, r) => data?.formula(r, 0) !== null || data?.value(r, 0) !== text);
    expect(inRuntime).toEqual([]);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'funnel-neutral-')), 'out.xlsx');
    await saveWorkbookToXlsx(services.workbook, file);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(file);
    const ws = saved.getWorksheet('report');
    const inXlsx = samples.filter((text, r) => {
      const cell = ws?.getCell(r + 1, 1);
      return cell?.type !== ExcelJS.ValueType.String || cell.value !== text;
    });
    expect(inXlsx).toEqual([]);
  });
});
