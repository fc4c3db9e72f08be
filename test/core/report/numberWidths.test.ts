import { formulaCell } from '../../../src/core/report/cells';
import { divide, reference } from '../../../src/core/report/formula';
import { MIN_NUMBER_COLUMN_WIDTH, numberColumnWidth, shownUnits } from '../../../src/core/report/numberWidths';

const ratio = formulaCell(divide(reference(2, 2), reference(2, 3)));

describe('shownUnits', () => {
  it('counts grouped digits, decimals, sign and the format’s own characters', () => {
    expect(shownUnits(29726899, '"¥"#,##0')).toBe('¥29,726,899'.length);
    expect(shownUnits(-1234.5, '#,##0.00')).toBe('-1,234.50'.length);
    expect(shownUnits(0.283, '0.0%')).toBe('28.3%'.length);
    expect(shownUnits(1.05, '0%')).toBe('105%'.length);
    expect(shownUnits(3, '0.0"×"')).toBe('3.0×'.length);
  });

  it('counts a full-width mark double', () => {
    // ↑ +1.7pt: the triangle is drawn wide by Japanese fonts; so is the minus sign of a fall.
    expect(shownUnits(1.7, '"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"')).toBe(2 + ' +1.7pt'.length);
  });

  describe('edge cases', () => {
    it('rounds before counting digits (999.6 shows as ¥1,000)', () => {
      expect(shownUnits(999.6, '"¥"#,##0')).toBe('¥1,000'.length);
    });
  });
});

describe('numberColumnWidth', () => {
  it('is as wide as the widest value, padding included', () => {
    // ¥9,908,966: 10 units × 7.5 + 16.
    expect(numberColumnWidth([{ kind: 'number', value: 9908966 }, { kind: 'number', value: 12 }], '"¥"#,##0', 0)).toBe(91);
  });

  it('takes a formula as wide as the widest plain number of its format, else as a four-digit value', () => {
    expect(numberColumnWidth([ratio], '"¥"#,##0', 11)).toBe(99);
    // 1000.0%: 7 units.
    expect(numberColumnWidth([ratio], '0.0%', 0)).toBe(69);
  });

  describe('edge cases', () => {
    it('never goes below the minimum, and measures the dash of a missing value', () => {
      expect(numberColumnWidth([{ kind: 'empty' }], '#,##0', 0)).toBe(MIN_NUMBER_COLUMN_WIDTH);
      expect(numberColumnWidth([{ kind: 'text', value: '—' }], '#,##0', 0)).toBe(MIN_NUMBER_COLUMN_WIDTH);
    });
  });
});
