import type { BenchFigures } from '../../../src/local/bench/benchResult';
import { checkTargets } from '../../../src/local/bench/targets';

const CALLS = { 'Range.getValues': 8, 'Range.setValues': 18 };

function figures(overrides: Partial<BenchFigures> = {}): BenchFigures {
  return {
    generate: [
      { leads: 1000, ms: 300, serviceCalls: 26, callsByMethod: CALLS },
      { leads: 100000, ms: 1500, serviceCalls: 26, callsByMethod: CALLS },
    ],
    parseFloorMs: 1000,
    customFunction10kMs: 20,
    bundleBytes: 200 * 1024,
    bundleLoadMs: 10,
    ...overrides,
  };
}

function missed(f: BenchFigures): string[] {
  return checkTargets(f)
    .filter((check) => !check.met)
    .map((check) => check.target);
}

describe('checkTargets', () => {
  it('meets every target with figures inside the limits', () => {
    expect(missed(figures())).toEqual([]);
    expect(checkTargets(figures())).toHaveLength(6);
  });

  it('misses the call target when the counts differ by method even if the totals agree', () => {
    const large = { leads: 100000, ms: 1500, serviceCalls: 26, callsByMethod: { 'Range.getValues': 9, 'Range.setValues': 17 } };
    expect(missed(figures({ generate: [figures().generate[0]!, large] }))).toEqual(['same Sheets calls for 1000 and 100000 leads']);
  });

  it('misses the time and floor targets for a slow large generation', () => {
    // 3,100 ms is over 2,000 ms and over 3 × 1,000 ms
    const slow = { leads: 100000, ms: 3100, serviceCalls: 26, callsByMethod: CALLS };
    expect(missed(figures({ generate: [figures().generate[0]!, slow] }))).toEqual(['100000 leads: generation < 2000 ms', '100000 leads: generation ≤ 3× parse floor']);
  });

  it('misses the custom-function, size and load targets past their limits', () => {
    expect(missed(figures({ customFunction10kMs: 50, bundleBytes: 250 * 1024, bundleLoadMs: 30 }))).toEqual([
      'custom function, 10,000 rows < 50 ms',
      'bundle < 250 KiB',
      'bundle load < 30 ms',
    ]);
  });

  describe('edge cases', () => {
    it('judges the smallest against the largest workbook whatever their order', () => {
      const [small, large] = figures().generate;
      const checks = checkTargets(figures({ generate: [large!, small!] }));
      expect(checks[0]?.target).toBe('same Sheets calls for 1000 and 100000 leads');
      expect(checks[1]?.target).toBe('100000 leads: generation < 2000 ms');
    });

    it('allows exactly 3× the floor', () => {
      const atLimit = { leads: 100000, ms: 1500, serviceCalls: 26, callsByMethod: CALLS };
      expect(missed(figures({ generate: [figures().generate[0]!, atLimit], parseFloorMs: 500 }))).toEqual([]);
    });

    it('has no generation checks without generation figures', () => {
      expect(checkTargets(figures({ generate: [] })).map((check) => check.target)).toEqual([
        'custom function, 10,000 rows < 50 ms',
        'bundle < 250 KiB',
        'bundle load < 30 ms',
      ]);
    });
  });
});
