import { toCellValue, workbookFromTabs } from '../../../src/local/workbook/fromTabs';
import { LocalDateTime } from '../../../src/local/workbook/model';

describe('toCellValue', () => {
  it('stores blanks as nothing and Dates as calendar readings', () => {
    expect([toCellValue(null), toCellValue(''), toCellValue(undefined)]).toEqual([undefined, undefined, undefined]);
    expect((toCellValue(new Date('2025-04-01')) as LocalDateTime).toIsoString()).toBe('2025-04-01T00:00:00.000');
  });

  it('keeps text starting with = as text', () => {
    expect(toCellValue('=SUM(A1)')).toBe('=SUM(A1)');
  });
});

describe('workbookFromTabs', () => {
  it('creates input tabs with values, formulas, formats and frozen rows', () => {
    const workbook = workbookFromTabs(
      [{ name: 'T', rows: [['a', { formula: 'A2*2', result: 4 }], [2]], numberFormats: [[undefined, '#,##0']], frozenRows: 1 }],
      { name: 'Book', timeZone: 'America/Los_Angeles' },
    );
    const sheet = workbook.sheets[0];
    expect([workbook.name, workbook.timeZone, sheet?.origin, sheet?.frozenRows]).toEqual(['Book', 'America/Los_Angeles', 'input', 1]);
    expect(sheet?.cell(0, 1)).toMatchObject({ value: 4, formula: '=A2*2', numberFormat: '#,##0' });
  });
});

describe('edge cases', () => {
  it('refuses NaN in data', () => {
    expect(() => toCellValue(Number.NaN)).toThrow(/Cannot store NaN/);
  });

  it('grows the grid for wide data', () => {
    const workbook = workbookFromTabs([{ name: 'W', rows: [new Array(40).fill('x')] }]);
    expect(workbook.sheets[0]?.maxColumns).toBe(40);
  });
});
