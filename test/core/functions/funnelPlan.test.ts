/** FUNNEL_PLAN (design §6.3, §2.1): the backward chain, its shapes, blanks and errors, worked by hand. */
import { runCustomFunction } from '../../../src/core/functions/evaluate';

describe('FUNNEL_PLAN', () => {
  const rates = [[0.7], [5 / 7], [0.8], [0.5]];

  it('spills leads, MQL, SQL, 商談 and 受注 for a column of step rates, and the budget with a CPL', () => {
    // ¥4,000,000 ÷ ¥400,000 = 10 受注 → 20 商談 → 25 SQL → 35 MQL → 50 leads; 50 × ¥10,000 = ¥500,000.
    const result = runCustomFunction('FUNNEL_PLAN', [4_000_000, 400_000, rates, 10_000], 'en') as (number | '')[][];
    const expected = [50, 35, 25, 20, 10];
    result.forEach((row, index) => expect(row[0]).toBeCloseTo(expected[index] as number, 9));
    expect(result[0]?.[1]).toBeCloseTo(500_000, 6);
    expect(result.slice(1).map((row) => row[1])).toEqual(['', '', '', '']);
  });

  it('lies the same way as a row of rates, and reads rates as text with %', () => {
    expect(runCustomFunction('FUNNEL_PLAN', ['¥1,000,000', 500_000, [['50%', '25%']]], 'en')).toEqual([[16, 8, 2]]);
  });

  it('blanks the stages above a blank or zero rate, and everything for a blank target', () => {
    expect(runCustomFunction('FUNNEL_PLAN', [100, 10, [[0.5], [''], [0.5]]], 'en')).toEqual([[''], [''], [20], [10]]);
    expect(runCustomFunction('FUNNEL_PLAN', [100, 10, [[0], [0.5]]], 'en')).toEqual([[''], [20], [10]]);
    expect(runCustomFunction('FUNNEL_PLAN', [[['']], 10, [[0.5]]], 'en')).toEqual([[''], ['']]);
    expect(runCustomFunction('FUNNEL_PLAN', [100, 10, [['#N/A'], [0.5]]], 'en')).toEqual([[''], [20], [10]]);
  });

  it('names the argument of a range where one cell belongs, a block of rates, and a negative value', () => {
    expect(() => runCustomFunction('FUNNEL_PLAN', [[[1], [2]], 10, [[0.5]]], 'en')).toThrow('FUNNEL_PLAN: target (argument 1) must be a single cell; the range given is 2×1');
    expect(() => runCustomFunction('FUNNEL_PLAN', [100, 10, [[0.5, 0.5], [0.5, 0.5]]], 'en')).toThrow('stage rates (argument 3) must be a single column');
    expect(() => runCustomFunction('FUNNEL_PLAN', [100, 10, [[0.5], [-0.5]]], 'en')).toThrow('cannot be negative');
  });

  it('needs the three first arguments', () => {
    expect(() => runCustomFunction('FUNNEL_PLAN', [100, 10], 'en')).toThrow('stage rates');
  });
});
