import { LocalDateTime } from '../../../src/local/workbook/model';
import { servicesFor } from '../helpers';

function sheet1() {
  const services = servicesFor();
  const sheet = services.SpreadsheetApp.getActive().getSheetByName('Sheet1');
  if (!sheet) throw new Error('fixture: Sheet1 missing');
  const data = services.workbook.sheets[0];
  if (!data) throw new Error('fixture: no sheet data');
  return { services, sheet, data };
}

describe('Range.setValues', () => {
  it('turns a string starting with = into a formula, as Sheets does', () => {
    const { sheet, data } = sheet1();
    sheet.getRange(1, 1, 1, 2).setValues([[2, '=1+1']]);
    expect(data.formula(0, 1)).toBe('=1+1');
    expect(sheet.getRange('B1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=1+1']]);
  });

  it('stores a string with a leading apostrophe as literal text without the apostrophe', () => {
    const { sheet, data } = sheet1();
    sheet.getRange('A1:A2').setValues([["'=IMPORTXML(\"http://x\")"], ["'+81"]]);
    expect(data.formula(0, 0)).toBeNull();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['=IMPORTXML("http://x")'], ['+81']]);
    expect(sheet.getRange('A1:A2').getFormulas()).toEqual([[''], ['']]);
  });

  it('keeps numbers, booleans and strings with their types', () => {
    const { sheet } = sheet1();
    sheet.getRange(1, 1, 1, 3).setValues([[1.5, true, 'リード']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[1.5, true, 'リード']]);
  });

  it('stores a Date as the wall-clock reading in the spreadsheet zone and sets a date format', () => {
    const { sheet, data } = sheet1();
    // 2025-03-31T15:00Z is 2025-04-01 00:00 in Tokyo.
    sheet.getRange('A1').setValues([[new Date('2025-03-31T15:00:00Z')]]);
    const stored = data.value(0, 0);
    expect(stored).toBeInstanceOf(LocalDateTime);
    expect((stored as LocalDateTime).toIsoString()).toBe('2025-04-01T00:00:00.000');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-03-31T15:00:00.000Z');
  });

  it('throws the Sheets message when the data has the wrong number of rows', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([[1]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('throws the Sheets message when a row has the wrong number of columns', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses NaN and Infinity instead of writing an error cell', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange('A1').setValues([[Number.NaN]])).toThrow(/NaN at Sheet1!A1 cannot be written/);
    expect(() => sheet.getRange('A1').setValues([[Infinity]])).toThrow(/Infinity/);
  });

  it('notes strings Sheets would reinterpret and keeps them as text', () => {
    const { services, sheet } = sheet1();
    sheet.getRange('A1:E1').setValues([['@x', '2025-04', '1,234', 'TRUE', '+81']]);
    expect(services.textWriteNotes.map((n) => [n.a1, n.risk])).toEqual([
      ['A1', 'formula-trigger'],
      ['B1', 'date-like'],
      ['C1', 'number-like'],
      ['D1', 'boolean-like'],
      ['E1', 'number-like'],
    ]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['@x', '2025-04', '1,234', 'TRUE', '+81']]);
  });

  it('throws on risky text when asked to', () => {
    const services = servicesFor(undefined, { riskyText: 'throw' });
    const sheet = services.SpreadsheetApp.getActive().getSheets()[0];
    expect(() => sheet?.getRange('A1').setValue('-foo')).toThrow(/would not stay text/);
    expect(() => sheet?.getRange('A1').setValue("'-foo")).not.toThrow();
  });
});

describe('Range.getValues', () => {
  it('gives "" for blank cells and the cached result (or "") for formulas', () => {
    const services = servicesFor([{ name: 'T', rows: [[1, null, { formula: '=A1*2', result: 2 }]] }]);
    const sheet = services.SpreadsheetApp.getActive().getSheetByName('T');
    expect(sheet?.getRange('A1:C1').getValues()).toEqual([[1, '', 2]]);
    sheet?.getRange('D1').setFormula('=A1*3');
    expect(sheet?.getRange('D1').getValue()).toBe('');
  });
});

describe('Range.getDisplayValues', () => {
  it('formats counts, rates and money as a reader sees them', () => {
    const { sheet } = sheet1();
    const range = sheet.getRange('A1:C1');
    range.setValues([[12345, 0.1234, 98000]]);
    range.setNumberFormats([['#,##0', '0.0%', '"¥"#,##0']]);
    expect(range.getDisplayValues()).toEqual([['12,345', '12.3%', '¥98,000']]);
  });
});

describe('Range formats', () => {
  it('records number formats, bold, alignment and wrap per cell', () => {
    const { sheet, data } = sheet1();
    sheet.getRange('A1:B1').setNumberFormat('0.0%').setFontWeight('bold').setHorizontalAlignment('center').setWrap(true);
    sheet.getRange('B1').setFontWeights([['normal']]);
    expect(data.cell(0, 0)).toMatchObject({ numberFormat: '0.0%', fontWeight: 'bold', horizontalAlignment: 'center', wrap: true });
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['0.0%', '0.0%']]);
  });

  it('rejects an unknown font weight', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange('A1').setFontWeight('heavy')).toThrow(/font weight/);
  });
});

describe('Range geometry', () => {
  it('reports position, size and A1 notation', () => {
    const { sheet } = sheet1();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 7]);
    expect(range.getA1Notation()).toBe('C2:G5');
    expect(range.offset(1, 1, 1, 1).getA1Notation()).toBe('D3');
  });
});

describe('edge cases', () => {
  it('throws when a range reaches past the sheet, as Sheets does', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(/outside the dimensions of the sheet/);
    sheet.insertColumnsAfter(26, 4);
    expect(sheet.getRange(1, 1, 1, 30).getNumColumns()).toBe(30);
  });

  it('throws for zero rows or a non-integer start', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/at least 1/);
    expect(() => sheet.getRange(1.5, 1)).toThrow(/at least 1/);
  });

  it('blanks cells for null, undefined and ""', () => {
    const { sheet, data } = sheet1();
    sheet.getRange('A1:C1').setValues([[1, 2, 3]]);
    sheet.getRange('A1:C1').setValues([[null, undefined, '']]);
    expect(data.lastRow()).toBe(0);
  });

  it('treats a lone "=" and a lone apostrophe as text and blank', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:B1').setValues([['=', "'"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=', '']]);
  });

  it('refuses objects and arrays as cell values', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange('A1').setValue({})).toThrow(/cannot write an object/);
    expect(() => sheet.getRange('A1').setValues([1] as never)).toThrow(/2-D array/);
  });

  it('stops working once its sheet is deleted', () => {
    const services = servicesFor([
      { name: 'A', rows: [] },
      { name: 'B', rows: [] },
    ]);
    const ss = services.SpreadsheetApp.getActive();
    const b = ss.getSheetByName('B');
    const range = b?.getRange('A1');
    ss.deleteSheet(b);
    expect(() => range?.setValue(1)).toThrow(/has been deleted/);
  });
});
