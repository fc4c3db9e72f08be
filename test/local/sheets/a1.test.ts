import { a1Notation, columnLetters, columnNumber, parseA1 } from '../../../src/local/sheets/a1';

const size = { maxRows: 1000, maxColumns: 26 };

describe('columnLetters', () => {
  it('converts column numbers to letters', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('columnNumber', () => {
  it('is the inverse of columnLetters', () => {
    for (const n of [1, 26, 27, 52, 702, 703, 18278]) expect(columnNumber(columnLetters(n))).toBe(n);
  });
});

describe('a1Notation', () => {
  it('writes one cell without a colon', () => {
    expect(a1Notation({ row: 2, column: 2, numRows: 1, numColumns: 1 })).toBe('B2');
  });
});

describe('parseA1', () => {
  it('reads cells, rectangles, whole columns and whole rows', () => {
    expect(parseA1('b2', size)).toEqual({ row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('C3:A1', size)).toEqual({ row: 1, column: 1, numRows: 3, numColumns: 3 });
    expect(parseA1('$A$1:$B$2', size)).toEqual({ row: 1, column: 1, numRows: 2, numColumns: 2 });
    expect(parseA1('C:E', size)).toEqual({ row: 1, column: 3, numRows: 1000, numColumns: 3 });
    expect(parseA1('2:4', size)).toEqual({ row: 2, column: 1, numRows: 3, numColumns: 26 });
  });
});

describe('edge cases', () => {
  it('returns null for sheet-qualified or malformed ranges', () => {
    expect(parseA1("'Sheet 1'!A1", size)).toBeNull();
    expect(parseA1('A1:B2:C3', size)).toBeNull();
    expect(parseA1('', size)).toBeNull();
  });
});
