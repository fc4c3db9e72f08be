import { columnLetter, columnOptionLabel, confidenceLevel, rowCountLabel } from '../../src/sidebar/labels';

describe('confidenceLevel', () => {
  it('calls 0.8 and above high, 0.5 up to 0.8 medium, below 0.5 low', () => {
    expect([1, 0.8, 0.79, 0.5, 0.49, 0].map(confidenceLevel)).toEqual(['high', 'high', 'medium', 'medium', 'low', 'low']);
  });

  describe('edge cases', () => {
    it('treats values outside 0..1 as the nearest end', () => {
      expect([confidenceLevel(1.5), confidenceLevel(-1)]).toEqual(['high', 'low']);
    });
  });
});

describe('columnLetter', () => {
  it('names columns the way spreadsheets do', () => {
    // A..Z are 0..25; AA is 26 (= 1×26 + 0); ZZ is 26×26 + 25 = 701; AAA is 702.
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  describe('edge cases', () => {
    it('drops a fractional part', () => {
      expect(columnLetter(2.7)).toBe('C');
    });
  });
});

describe('columnOptionLabel', () => {
  it('joins the letter and the header label in each language', () => {
    expect(columnOptionLabel('ja', 2, '費用')).toBe('C列: 費用');
    expect(columnOptionLabel('en', 2, 'Cost')).toBe('C: Cost');
  });

  describe('edge cases', () => {
    it('says so when the header is blank and trims spaces around a label', () => {
      expect(columnOptionLabel('ja', 0, '   ')).toBe('A列: （見出しなし）');
      expect(columnOptionLabel('en', 1, '  Date ')).toBe('B: Date');
    });
  });
});

describe('rowCountLabel', () => {
  it('groups thousands', () => {
    expect(rowCountLabel('ja', 12345)).toBe('12,345行');
    expect(rowCountLabel('en', 12345)).toBe('Rows: 12,345');
  });

  describe('edge cases', () => {
    it('shows zero rows', () => {
      expect(rowCountLabel('en', 0)).toBe('Rows: 0');
    });
  });
});
