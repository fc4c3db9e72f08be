import { isFlagWord, parseFlag } from '../../../src/core/parse/flags';

const tokyo = () => 540;
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('parseFlag', () => {
  it.each([[1], [true], ['1'], ['TRUE'], ['true'], ['はい'], ['済'], ['済み'], ['有'], ['あり'], ['○'], ['◯'], ['〇'], ['✓'], ['✔'], ['Yes'], ['YES'], ['Y'], ['y'], ['ｙｅｓ'], [' 済 ']])(
    'reads %j as reached without a date',
    (value) => {
      expect(parseFlag(value, tokyo)).toEqual({ kind: 'yes', day: null });
    },
  );

  it.each([[0], [false], ['0'], ['FALSE'], ['いいえ'], ['無'], ['なし'], ['×'], ['No'], ['N'], ['n'], ['未'], ['-'], [''], ['  '], [null], [undefined]])(
    'reads %j as not reached',
    (value) => {
      expect(parseFlag(value, tokyo)).toEqual({ kind: 'no' });
    },
  );

  it('reads a non-empty date as reached on that day', () => {
    expect(parseFlag('2025/4/3', tokyo)).toEqual({ kind: 'yes', day: utcDay(2025, 4, 3) });
    expect(parseFlag('令和7年4月3日', tokyo)).toEqual({ kind: 'yes', day: utcDay(2025, 4, 3) });
    expect(parseFlag(new Date(Date.UTC(2025, 3, 2, 15)), tokyo)).toEqual({ kind: 'yes', day: utcDay(2025, 4, 3) });
  });

  it('reads other values as unknown', () => {
    expect(parseFlag('要確認', tokyo)).toEqual({ kind: 'unknown' });
    expect(parseFlag('x', tokyo)).toEqual({ kind: 'unknown' });
    expect(parseFlag(2, tokyo)).toEqual({ kind: 'unknown' });
    expect(parseFlag('2025-02-30', tokyo)).toEqual({ kind: 'unknown' });
  });

  describe('edge cases', () => {
    it('gives the same answer when a value is read again (readings are cached)', () => {
      expect(parseFlag('済', tokyo)).toEqual(parseFlag('済', tokyo));
      expect(parseFlag('要確認', tokyo)).toEqual({ kind: 'unknown' });
      expect(parseFlag('要確認', tokyo)).toEqual({ kind: 'unknown' });
    });

    it('treats an invalid Date and non-text objects as unknown', () => {
      expect(parseFlag(new Date(Number.NaN), tokyo)).toEqual({ kind: 'unknown' });
      expect(parseFlag({}, tokyo)).toEqual({ kind: 'unknown' });
    });
  });
});

describe('isFlagWord', () => {
  it('recognises yes and no words, not dates or other text', () => {
    expect(isFlagWord('済')).toBe(true);
    expect(isFlagWord('×')).toBe(true);
    expect(isFlagWord(true)).toBe(true);
    expect(isFlagWord('2025/4/1')).toBe(false);
    expect(isFlagWord('abc')).toBe(false);
  });

  describe('edge cases', () => {
    it('does not treat numbers or blank text as flag words', () => {
      expect(isFlagWord(1)).toBe(false);
      expect(isFlagWord('  ')).toBe(false);
    });
  });
});
