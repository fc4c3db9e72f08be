import { shapeText, toGrid } from '../../../src/core/functions/grid';

describe('toGrid', () => {
  it('reads a single value as one cell that is not a range', () => {
    expect(toGrid(5)).toEqual({ rows: 1, columns: 1, cells: [5], isRange: false });
    expect(toGrid('abc')).toEqual({ rows: 1, columns: 1, cells: ['abc'], isRange: false });
  });

  it('flattens a range row by row', () => {
    expect(
      toGrid([
        [1, 2],
        [3, 4],
        [5, 6],
      ])
    ).toEqual({ rows: 3, columns: 2, cells: [1, 2, 3, 4, 5, 6], isRange: true });
  });

  it('reads a flat array as one column', () => {
    expect(toGrid([1, 2, 3])).toEqual({ rows: 3, columns: 1, cells: [1, 2, 3], isRange: true });
  });

  it('keeps a 1×1 range a range', () => {
    expect(toGrid([[7]])).toEqual({ rows: 1, columns: 1, cells: [7], isRange: true });
  });

  describe('edge cases', () => {
    it('reads an empty array as a single blank', () => {
      expect(toGrid([])).toEqual({ rows: 1, columns: 1, cells: [''], isRange: false });
      expect(toGrid([[]])).toEqual({ rows: 1, columns: 1, cells: [''], isRange: false });
    });

    it('rejects rows of different lengths', () => {
      expect(toGrid([[1, 2], [3]])).toBeNull();
      expect(toGrid([[], []])).toBeNull();
    });

    it('rejects a mix of rows and bare values', () => {
      expect(toGrid([[1], 2])).toBeNull();
      expect(toGrid([1, [2]])).toBeNull();
    });

    it('rejects arrays nested three deep', () => {
      expect(toGrid([[[1]]])).toBeNull();
    });
  });
});

describe('shapeText', () => {
  it('writes rows×columns', () => {
    expect(shapeText({ rows: 3, columns: 1 })).toBe('3×1');
    expect(shapeText({ rows: 1, columns: 4 })).toBe('1×4');
  });
});
