/**
 * Typed-input coercion: what Google Sheets stores for a string written with setValue(s)
 * (src/local/README.md, "Typed input"). Expected values are worked out by hand from the input.
 */
import { coerceTypedInput } from '../../../src/local/sheets/inputCoercion';
import { LocalDateTime } from '../../../src/local/workbook/model';
import { servicesFor } from '../helpers';

describe('coerceTypedInput', () => {
  it.each([
    ['1234', 1234, null],
    ['00123', 123, null],
    ['20250401', 20250401, null],
    ['1,234', 1234, '#,##0'],
    ['-1,234.5', -1234.5, '#,##0.00'],
    ['¥60,000', 60000, '"¥"#,##0'],
    ['￥1,200', 1200, '"¥"#,##0'],
    ['-¥500', -500, '"¥"#,##0'],
    ['$1,200.50', 1200.5, '"$"#,##0.00'],
    ['12%', 0.12, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['1.5E3', 1500, null],
    [' 42 ', 42, null],
  ])('reads %j as the number %d', (text, value, format) => {
    expect(coerceTypedInput(text, 'ja_JP')).toEqual({ kind: 'number', value, format });
  });

  it.each([
    ['2025/04/01', Date.UTC(2025, 3, 1), 'yyyy/mm/dd'],
    ['2025/4/1', Date.UTC(2025, 3, 1), 'yyyy/mm/dd'],
    ['2025-04-01', Date.UTC(2025, 3, 1), 'yyyy-mm-dd'],
    ['2025-04-01 09:30', Date.UTC(2025, 3, 1, 9, 30), 'yyyy-mm-dd hh:mm:ss'],
    ['2025年4月1日', Date.UTC(2025, 3, 1), 'yyyy"年"m"月"d"日"'],
    ['2025年4月', Date.UTC(2025, 3, 1), 'yyyy"年"m"月"'],
    ['9:05', Date.UTC(1899, 11, 30, 9, 5), 'h:mm:ss'],
  ])('reads %j as a date in ja_JP', (text, wallMillis, format) => {
    expect(coerceTypedInput(text, 'ja_JP')).toEqual({ kind: 'date', wallMillis, format });
  });

  it('reads M/D/YYYY as a date in en_US only', () => {
    expect(coerceTypedInput('4/1/2025', 'en_US')).toEqual({ kind: 'date', wallMillis: Date.UTC(2025, 3, 1), format: 'm/d/yyyy' });
    expect(coerceTypedInput('4/1/2025', 'ja_JP').kind).toBe('unmodelled');
  });

  it('reads TRUE and false as booleans', () => {
    expect(coerceTypedInput('TRUE', 'ja_JP')).toEqual({ kind: 'boolean', value: true });
    expect(coerceTypedInput('false', 'en_US')).toEqual({ kind: 'boolean', value: false });
  });

  it('turns a leading + or - that is not a number into an erroring formula: the text is lost', () => {
    expect(coerceTypedInput('--', 'ja_JP')).toEqual({ kind: 'formula-error', formula: '=--', error: '#ERROR!' });
    expect(coerceTypedInput('-メモ', 'ja_JP')).toEqual({ kind: 'formula-error', formula: '=-メモ', error: '#ERROR!' });
    expect(coerceTypedInput('-foo', 'en_US')).toEqual({ kind: 'formula-error', formula: '=-foo', error: '#NAME?' });
    expect(coerceTypedInput('+81 90 1234 5678', 'ja_JP').kind).toBe('formula-error');
  });

  it('keeps text that is no number, date or formula, including invalid dates', () => {
    for (const text of ['リード', 'google / cpc', '090-1234-5678', '2025/02/30', '1,2,3', '¥12%', '1200円', 'Q1']) {
      expect([text, coerceTypedInput(text, 'ja_JP')]).toEqual([text, { kind: 'text' }]);
    }
  });

  it('answers unmodelled for forms Sheets converts in ways the runtime does not reproduce', () => {
    for (const text of ['2025-04', '4/1', '4月1日', '01/04/2025', '(1,200)', '2025.4.1']) {
      expect([text, coerceTypedInput(text, 'ja_JP').kind]).toEqual([text, 'unmodelled']);
    }
  });
});

describe('Range.setValues with riskyText: coerce', () => {
  function coercingSheet() {
    const services = servicesFor(undefined, { riskyText: 'coerce' });
    const data = services.workbook.sheets[0]!;
    return { sheet: services.SpreadsheetApp.getActive().getSheets()[0]!, data };
  }

  it('stores numbers, dates and booleans and gives them the format Sheets would', () => {
    const { sheet, data } = coercingSheet();
    sheet.getRange(1, 1, 1, 4).setValues([['¥60,000', '2025/04/01', '12.5%', 'TRUE']]);
    expect(data.value(0, 0)).toBe(60000);
    expect(data.numberFormat(0, 0)).toBe('"¥"#,##0');
    expect(data.value(0, 1)).toEqual(new LocalDateTime(Date.UTC(2025, 3, 1)));
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2025/04/01');
    expect(data.value(0, 2)).toBe(0.125);
    expect(data.value(0, 3)).toBe(true);
  });

  it('keeps a cell format set before writing, and text in a plain-text (@) cell', () => {
    const { sheet, data } = coercingSheet();
    sheet.getRange('A1:B1').setNumberFormats([['@', '0.0%']]);
    sheet.getRange('A1:B1').setValues([['20250401', '12%']]);
    expect(data.value(0, 0)).toBe('20250401');
    expect(data.value(0, 1)).toBe(0.12);
    expect(data.numberFormat(0, 1)).toBe('0.0%');
  });

  it('loses "--" to a formula error unless the cell is plain text or the text starts with an apostrophe', () => {
    const { sheet, data } = coercingSheet();
    sheet.getRange('A2').setNumberFormat('@');
    sheet.getRange('A1:A3').setValues([['--'], ['--'], ["'--"]]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#ERROR!'], ['--'], ['--']]);
    expect(data.formula(0, 0)).toBe('=--');
  });

  it('throws, naming the cell, on a form it does not model', () => {
    const { sheet } = coercingSheet();
    expect(() => sheet.getRange('C2').setValue('2025-04')).toThrow(/Sheet1!C2: Google Sheets would convert "2025-04" \(a year and month/);
  });
});
