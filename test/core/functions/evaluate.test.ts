import { runCustomFunction } from '../../../src/core/functions/evaluate';
import { KpiFunctionError } from '../../../src/core/functions/messages';

/** The error a call throws (fails the test when it does not throw). */
function errorOf(run: () => unknown): KpiFunctionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KpiFunctionError);
    return error as KpiFunctionError;
  }
  throw new Error('expected the call to throw');
}

describe('runCustomFunction', () => {
  describe('single values', () => {
    it('returns a single number for single values', () => {
      expect(runCustomFunction('CPC', [60000, 150], 'en')).toBe(400);
    });

    it('parses text cells with the number parser', () => {
      // ¥60,000 ÷ 150 = 400; 1.2万 ÷ 30 = 400; 30 ÷ 1,200 = 0.025
      expect(runCustomFunction('CPC', ['¥60,000', '１５０'], 'en')).toBe(400);
      expect(runCustomFunction('CPC', ['1.2万', 30], 'en')).toBe(400);
      expect(runCustomFunction('CONVERSION_RATE', ['30', '1,200'], 'en')).toBe(0.025);
    });

    it('treats a 1×1 range like a single value', () => {
      expect(runCustomFunction('CPC', [[[60000]], [[150]]], 'en')).toBe(400);
    });
  });

  describe('ranges', () => {
    it('combines same-shape ranges cell by cell into the same shape', () => {
      // 100 ÷ 4 = 25, 90 ÷ 3 = 30, 50 ÷ 2 = 25
      expect(runCustomFunction('CPC', [[[100], [90], [50]], [[4], [3], [2]]], 'en')).toEqual([[25], [30], [25]]);
    });

    it('keeps the shape of multi-column ranges', () => {
      // row 1: 10 ÷ 2 = 5, 9 ÷ 3 = 3; row 2: 8 ÷ 4 = 2, 6 ÷ 6 = 1
      expect(
        runCustomFunction(
          'CPC',
          [
            [
              [10, 9],
              [8, 6],
            ],
            [
              [2, 3],
              [4, 6],
            ],
          ],
          'en'
        )
      ).toEqual([
        [5, 3],
        [2, 1],
      ]);
    });

    it('keeps a one-row range a row', () => {
      expect(runCustomFunction('CPC', [[[100, 90]], [[4, 3]]], 'en')).toEqual([[25, 30]]);
    });

    it('broadcasts a single value against a range', () => {
      // 100 ÷ 4, 200 ÷ 4, 300 ÷ 4
      expect(runCustomFunction('CPC', [[[100], [200], [300]], 4], 'en')).toEqual([[25], [50], [75]]);
      expect(runCustomFunction('CPC', [1200, [[4], [3], [2]]], 'en')).toEqual([[300], [400], [600]]);
    });

    it('broadcasts a 1×1 range against a range', () => {
      expect(runCustomFunction('CPC', [[[100], [200]], [[4]]], 'en')).toEqual([[25], [50]]);
    });

    it('reads a flat array as one column', () => {
      expect(runCustomFunction('CPC', [[100, 200], 4], 'en')).toEqual([[25], [50]]);
    });

    it('rejects ranges of different shapes, naming both shapes', () => {
      const error = errorOf(() => runCustomFunction('CAC', [[[1], [2], [3]], [[1], [2], [3], [4]]], 'both'));
      expect(error.message).toBe(
        'CAC: 範囲の大きさがそろっていません。費用（1番目の引数）は 3×1、新規顧客数（2番目の引数）は 4×1（行×列）です。同じ行数・列数の範囲にするか、1つのセルを指定してください。' +
          ' / CAC: the ranges differ in size: cost (argument 1) is 3×1 but new customers (argument 2) is 4×1 (rows × columns). Use ranges with the same rows and columns, or a single cell.'
      );
    });

    it('rejects a column against a row of the same length', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[1], [2]], [[1, 2]]], 'en'));
      expect(error.message).toContain('cost (argument 1) is 2×1 but clicks (argument 2) is 1×2');
    });

    it('rejects an optional range whose shape differs from the others', () => {
      const error = errorOf(() => runCustomFunction('CAC', [[[1], [2]], [[1], [2]], [[1], [2], [3]]], 'en'));
      expect(error.message).toContain('cost (argument 1) is 2×1 but other cost (argument 3) is 3×1');
    });

    it('rejects a ragged array that is not a range', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[1, 2], [3]], 1], 'en'));
      expect(error.message).toBe('CPC: cost (argument 1) is not a rectangular range (its rows differ in length). Pass a cell or a rectangular range.');
    });
  });

  describe('blanks', () => {
    it('gives a blank result for a blank input cell', () => {
      // '' and null are blank; '--' and 'n/a' are export placeholders for blank
      expect(runCustomFunction('CPC', [[[100], [''], [null], ['--'], [90]], [[4], [5], [5], [5], ['n/a']]], 'en')).toEqual([
        [25],
        [''],
        [''],
        [''],
        [''],
      ]);
    });

    it('gives a blank result for a blank single value', () => {
      expect(runCustomFunction('CONVERSION_RATE', ['', 100], 'en')).toBe('');
      expect(runCustomFunction('CONVERSION_RATE', [30, '  '], 'en')).toBe('');
    });

    it('does not read blank as 0: a blank numerator is a blank result, not 0', () => {
      expect(runCustomFunction('CONVERSION_RATE', [[[''], [0]], 100], 'en')).toEqual([[''], [0]]);
    });

    it('still rejects bad text in a row whose other argument is blank', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[''], [1]], [['abc'], [1]]], 'en'));
      expect(error.message).toContain('clicks (argument 2), row 1: "abc" is not a number');
    });
  });

  describe('zero denominators', () => {
    it('gives a blank result for a zero denominator', () => {
      expect(runCustomFunction('CPC', [60000, 0], 'en')).toBe('');
      expect(runCustomFunction('CPC', [[[100], [100]], [[0], [4]]], 'en')).toEqual([[''], [25]]);
    });

    it('gives a blank result for a denominator written as zero text', () => {
      expect(runCustomFunction('CPC', [60000, '０'], 'en')).toBe('');
      expect(runCustomFunction('CPC', [60000, '¥0'], 'en')).toBe('');
    });
  });

  describe('bad input', () => {
    it('names function, argument, row and value in Japanese and English', () => {
      const error = errorOf(() => runCustomFunction('CAC', [[[100], [200], ['abc']], 1], 'both'));
      expect(error.message).toBe(
        'CAC: 費用（1番目の引数）の3行目の値「abc」は数値として読めません。数値（例: 1200、¥1,200、12%、1.2万）を入れるか、空欄にしてください。' +
          ' / CAC: cost (argument 1), row 3: "abc" is not a number. Enter a number (e.g. 1200, ¥1,200, 12%, 1.2万) or leave the cell blank.'
      );
    });

    it('writes one language when asked', () => {
      expect(errorOf(() => runCustomFunction('CAC', [[[1], ['abc']], 1], 'ja')).message).toBe(
        'CAC: 費用（1番目の引数）の2行目の値「abc」は数値として読めません。数値（例: 1200、¥1,200、12%、1.2万）を入れるか、空欄にしてください。'
      );
      expect(errorOf(() => runCustomFunction('CAC', [[[1], ['abc']], 1], 'en')).message).toBe(
        'CAC: cost (argument 1), row 2: "abc" is not a number. Enter a number (e.g. 1200, ¥1,200, 12%, 1.2万) or leave the cell blank.'
      );
    });

    it('gives row and column for a range of several columns', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[1, 2], [3, 'x']], 1], 'en'));
      expect(error.message).toMatch(/^CPC: cost \(argument 1\), row 2, column 2: "x" is not a number\./);
    });

    it('gives only the column for a one-row range', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[1, 'x', 3]], 1], 'ja'));
      expect(error.message).toMatch(/^CPC: 費用（1番目の引数）の2列目の値「x」は数値として読めません/);
    });

    it('gives no position for a single value', () => {
      const error = errorOf(() => runCustomFunction('CPC', [1, 'abc'], 'both'));
      expect(error.message).toMatch(/^CPC: クリック数（2番目の引数）の値「abc」は数値として読めません。.* \/ CPC: clicks \(argument 2\): "abc" is not a number\./);
    });

    it('shortens a long bad value in the message', () => {
      const error = errorOf(() => runCustomFunction('CPC', ['x'.repeat(100), 1], 'en'));
      expect(error.message).toContain(`"${'x'.repeat(40)}…"`);
      expect(error.message).not.toContain('x'.repeat(41));
    });

    it('rejects booleans in amounts and counts', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[100], [true]], 4], 'both'));
      expect(error.message).toBe(
        'CPC: 費用（1番目の引数）の2行目の値 TRUE は論理値（TRUE/FALSE）で、数値ではありません。チェックボックスや TRUE/FALSE ではなく、件数や金額を入れてください。' +
          ' / CPC: cost (argument 1), row 2: TRUE is TRUE/FALSE, not a number. Use a count or an amount, not a checkbox or TRUE/FALSE.'
      );
    });

    it('rejects dates', () => {
      const error = errorOf(() => runCustomFunction('CPC', [new Date(2025, 3, 1), 4], 'both'));
      expect(error.message).toBe(
        'CPC: 費用（1番目の引数）の値は日付になっていて、数値として使えません。数値を入れるか、セルの表示形式を「数値」にしてください。' +
          ' / CPC: cost (argument 1): the value is a date, not a number. Enter a number, or set the cell format to Number.'
      );
    });

    it('reports the first bad cell of the first bad argument', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[1], ['a'], ['b']], [['c'], [1], [1]]], 'en'));
      expect(error.message).toMatch(/^CPC: cost \(argument 1\), row 2: "a"/);
    });

    it('throws only KpiFunctionError, with the message as its message', () => {
      const error = errorOf(() => runCustomFunction('CPC', ['abc', 1], 'en'));
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('KpiFunctionError');
    });
  });

  describe('arguments', () => {
    it('rejects a missing required argument', () => {
      expect(errorOf(() => runCustomFunction('CPC', [100], 'both')).message).toBe(
        'CPC: クリック数（2番目の引数）が指定されていません。セルか範囲を指定してください。 / CPC: clicks (argument 2) is missing. Pass a cell or a range.'
      );
    });

    it('rejects more arguments than the function takes', () => {
      expect(errorOf(() => runCustomFunction('CPC', [1, 2, 3], 'en')).message).toBe('CPC: takes at most 2 arguments, but 3 were given. Remove the extra ones.');
    });

    it('accepts trailing undefined arguments, as wrappers pass for omitted optional ones', () => {
      expect(runCustomFunction('CPC', [60000, 150, undefined], 'en')).toBe(400);
    });

    it('rejects an unknown function name', () => {
      expect(errorOf(() => runCustomFunction('NOPE', [1], 'both')).message).toBe('NOPE という関数はありません。 / There is no function named NOPE.');
    });
  });

  describe('optional arguments', () => {
    it('treats an omitted optional argument as absent', () => {
      // paid-only CAC: 500000 ÷ 10
      expect(runCustomFunction('CAC', [500000, 10], 'en')).toBe(50000);
    });

    it('treats a blank optional cell as absent, per cell', () => {
      // (100 + 20) ÷ 2 = 60; 100 ÷ 2 = 50 with other_cost blank
      expect(runCustomFunction('CAC', [100, 2, [[20], ['']]], 'en')).toEqual([[60], [50]]);
    });

    it('still parses and checks an optional argument', () => {
      expect(errorOf(() => runCustomFunction('CAC', [100, 2, 'abc'], 'en')).message).toMatch(/^CAC: other cost \(argument 3\): "abc" is not a number/);
    });
  });

  describe('edge cases', () => {
    it('never returns -0', () => {
      // (100 − 100) ÷ −5 is −0 in floating point
      const result = runCustomFunction('ROI', [100, -100], 'en');
      expect(Object.is(result, -0)).toBe(false);
      expect(result).toBe(-2);
      const zero = runCustomFunction('GROWTH_RATE', [-5, -5], 'en');
      expect(Object.is(zero, 0)).toBe(true);
    });

    it('turns an overflowing result into an error with its row', () => {
      const error = errorOf(() => runCustomFunction('CPC', [[[1], [1e308]], 1e-10], 'both'));
      expect(error.message).toBe(
        'CPC: 2行目の結果が大きすぎて表せません。入力の値が正しいか確認してください。 / CPC: the result at row 2 is too large to represent. Check the input values.'
      );
    });

    it('turns an overflowing single result into an error', () => {
      expect(errorOf(() => runCustomFunction('PIPELINE_VELOCITY', [1e200, 1e200, 1, 1], 'en')).message).toBe(
        'PIPELINE_VELOCITY: the result is too large to represent. Check the input values.'
      );
    });

    it('reads an empty array as a blank', () => {
      expect(runCustomFunction('CPC', [[], 4], 'en')).toBe('');
      expect(runCustomFunction('CPC', [[[]], 4], 'en')).toBe('');
    });

    it('handles a 10,000-row range', () => {
      const converted = Array.from({ length: 10000 }, (_, i) => [i % 7]);
      const total = Array.from({ length: 10000 }, () => [7]);
      const result = runCustomFunction('CONVERSION_RATE', [converted, total], 'both') as unknown[][];
      expect(result).toHaveLength(10000);
      expect(result[6]).toEqual([6 / 7]);
    });
  });
});
