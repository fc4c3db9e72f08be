import { CUSTOM_FUNCTIONS } from '../../src/core/functions/catalog';
import { runCustomFunction } from '../../src/core/functions/evaluate';
import * as customFunctions from '../../src/functions/customFunctions';

const exported = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;

describe('custom function wrappers', () => {
  it('exports exactly one function per catalog entry', () => {
    expect(Object.keys(exported).sort()).toEqual(CUSTOM_FUNCTIONS.map((spec) => spec.name).sort());
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name] as const))('%s takes every argument passed (the wrapper names them from the catalog)', (name) => {
    const fn = exported[name];
    expect(typeof fn).toBe('function');
    expect(fn!.length).toBe(0);
  });

  it('tells a passed-but-blank argument from a left-out one by the argument count', () => {
    expect(customFunctions.CPC(60000, undefined)).toBe('');
    expect(customFunctions.CPC(60000, null)).toBe('');
    expect(() => customFunctions.CPC(60000)).toThrow('CPC: clicks (argument 2) is missing. Pass a cell or a range.');
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s gives its catalog example', (name, spec) => {
    expect(exported[name]!(...spec.example.args)).toEqual(spec.example.result);
  });

  it('answers errors in Japanese and English, because a custom function cannot learn the locale', () => {
    expect(() => customFunctions.CPC('abc', 1)).toThrow(
      'CPC: 費用（1番目の引数）の値「abc」は数値として読めません。数値（例: 1200、¥1,200、12%、1.2万）を入れるか、空欄にしてください。' +
        ' / CPC: cost (argument 1): "abc" is not a number. Enter a number (e.g. 1200, ¥1,200, 12%, 1.2万) or leave the cell blank.'
    );
  });

  it('passes omitted optional arguments as absent', () => {
    // 500,000 ÷ 10 without other cost; 12 ÷ (12 + 28) without open deals; 8,000 ÷ 0.02 without a cap
    expect(customFunctions.CAC(500000, 10)).toBe(50000);
    expect(customFunctions.WIN_RATE(12, 28)).toBe(0.3);
    expect(customFunctions.LTV(10000, 0.8, 0.02)).toBe(400000);
  });

  it('gives the same results as the engine for ranges', () => {
    const cost = [[100], [''], [300]];
    const clicks = [[4], [5], [0]];
    expect(customFunctions.CPC(cost, clicks)).toEqual(runCustomFunction('CPC', [cost, clicks], 'both'));
    // 100 ÷ 4 = 25, blank cost, zero clicks
    expect(customFunctions.CPC(cost, clicks)).toEqual([[25], [''], ['']]);
  });
});
