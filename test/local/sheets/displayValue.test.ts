import { displayValue, generalNumber } from '../../../src/local/sheets/displayValue';
import { LocalDateTime } from '../../../src/local/workbook/model';

describe('generalNumber', () => {
  it('shows integers as they are and fractions to ten significant digits', () => {
    expect([generalNumber(1200), generalNumber(1 / 3), generalNumber(0.25)]).toEqual(['1200', '0.3333333333', '0.25']);
  });
});

describe('displayValue', () => {
  it('formats counts with grouping', () => {
    expect(displayValue(1234567, '#,##0')).toBe('1,234,567');
    expect(displayValue(1234.5, '#,##0.00')).toBe('1,234.50');
  });

  it('formats rates as percentages', () => {
    expect(displayValue(0.1234, '0.0%')).toBe('12.3%');
    expect(displayValue(1, '0%')).toBe('100%');
  });

  it('formats money with the currency literal in any of its spellings', () => {
    expect(displayValue(98000, '"¥"#,##0')).toBe('¥98,000');
    expect(displayValue(98000, '"¥"#,##0')).toBe('¥98,000');
    expect(displayValue(98000, '[$¥-411]#,##0')).toBe('¥98,000');
    expect(displayValue(98000, '#,##0"円"')).toBe('98,000円');
    expect(displayValue(-500, '"¥"#,##0')).toBe('-¥500');
  });

  it('uses the negative section when there is one', () => {
    expect(displayValue(-1200, '#,##0;(#,##0)')).toBe('(1,200)');
  });

  it('formats dates and times', () => {
    const d = new LocalDateTime(Date.UTC(2025, 3, 1, 13, 5, 9));
    expect(displayValue(d, 'yyyy-mm-dd')).toBe('2025-04-01');
    expect(displayValue(d, 'yyyy/m/d hh:mm:ss')).toBe('2025/4/1 13:05:09');
    expect(displayValue(d, 'General')).toBe('2025-04-01 13:05:09');
  });

  it('shows text, booleans and blanks as Sheets does', () => {
    expect([displayValue('x', '0.0%'), displayValue(true, 'General'), displayValue(undefined, '#,##0')]).toEqual(['x', 'TRUE', '']);
  });
});

describe('edge cases', () => {
  it('falls back to General for formats it does not understand', () => {
    expect(displayValue(1.5, '0.00E+00')).toBe('1.5');
  });

  it('shows a serial number under a date format as a date', () => {
    expect(displayValue(45748, 'yyyy-mm-dd')).toBe('2025-04-01');
  });

  it('does not print a minus sign for a value that rounds to zero', () => {
    expect(displayValue(-0.0001, '0.0%')).toBe('0.0%');
  });
});
