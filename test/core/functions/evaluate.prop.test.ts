import fc from 'fast-check';
import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { TABLE_RESULTS } from '../../../src/core/functions/catalogTypes';
import { runCustomFunction, type KpiResult } from '../../../src/core/functions/evaluate';
import { KpiFunctionError } from '../../../src/core/functions/messages';

const ELEMENTWISE = CUSTOM_FUNCTIONS.filter((spec) => !TABLE_RESULTS.has(spec.result));

/** A result or the error message, so that results and errors compare alike. */
function outcome(run: () => KpiResult): { value: KpiResult } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof KpiFunctionError)) throw error;
    return { error: error.message };
  }
}

/** Cell values a user could have: numbers, blanks, number-like text, junk, booleans. */
const cell = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, '', null, '--', 'n/a', '¥1,200', '12%', '１２０', '▲500', '1.2万', '(1,000)', '0'),
  fc.constantFrom('abc', true, false, '1,2,3', '0x10')
);

/** Number-only cells (including blanks and number-like text) for properties about results. */
const numericCell = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, '', null, '--', '¥1,200', '12%', '１２０', '▲500', '1.2万', '(1,000)')
);

function everyCell(result: KpiResult): readonly (number | '')[] {
  return Array.isArray(result) ? result.flat() : [result];
}

describe('runCustomFunction properties', () => {
  it('gives for each cell of a range what the single values of that row give', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ELEMENTWISE),
        // From 2 rows: a 1×1 range gives a single value, not a 1×1 array (tested separately).
        fc.integer({ min: 2, max: 5 }),
        fc.infiniteStream(numericCell),
        (spec, rows, cells) => {
          const columns = spec.parameters.map(() => Array.from({ length: rows }, () => cells.next().value as unknown));
          const whole = outcome(() => runCustomFunction(spec.name, columns.map((values) => values.map((v) => [v])), 'en'));
          const perRow = Array.from({ length: rows }, (_, row) =>
            outcome(() => runCustomFunction(spec.name, columns.map((values) => values[row]), 'en'))
          );
          if ('value' in whole) {
            expect(whole.value).toEqual(perRow.map((single) => ('value' in single ? [single.value] : single)));
          } else {
            // Only LTV's churn-0 rule or an overflow can fail on numbers; the same row fails alone.
            expect(perRow.some((single) => 'error' in single)).toBe(true);
          }
        }
      ),
      { numRuns: 500 }
    );
  });

  it('never returns NaN, an infinity or -0, for any mix of numbers, blanks and text', () => {
    const argument = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(fc.constantFrom(...CUSTOM_FUNCTIONS), fc.array(argument, { minLength: 4, maxLength: 4 }), (spec, args) => {
        const result = outcome(() => runCustomFunction(spec.name, args.slice(0, spec.parameters.length), 'both'));
        if ('error' in result) {
          expect(result.error).toMatch(new RegExp(`^${spec.name}: .* / ${spec.name}: `));
        } else {
          for (const value of everyCell(result.value)) {
            expect(value === '' || (Number.isFinite(value) && !Object.is(value, -0))).toBe(true);
          }
        }
      }),
      { numRuns: 1000 }
    );
  });

  it('keeps CONVERSION_RATE within [0, 1] when 0 ≤ converted ≤ total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 1_000_000 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
          { minLength: 2, maxLength: 20 }
        ),
        (pairs) => {
          const result = runCustomFunction('CONVERSION_RATE', [pairs.map(([c]) => [c]), pairs.map(([, t]) => [t])], 'en') as (number | '')[][];
          result.forEach(([rate], row) => {
            if (pairs[row]![1] === 0) expect(rate).toBe('');
            else {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          });
        }
      )
    );
  });

  it('gives the same result whether a number is a value or yen / comma / full-width text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000 }), (cost, clicks) => {
        const grouped = cost.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const fullWidth = clicks.toString().replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(runCustomFunction('CPC', [`¥${grouped}`, fullWidth], 'en')).toBe(runCustomFunction('CPC', [cost, clicks], 'en'));
      })
    );
  });

  it('keeps FUNNEL conversions within [0, 1] for counts that never increase', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }), (raw) => {
        const counts = [...raw].sort((a, b) => b - a);
        const table = runCustomFunction('FUNNEL', [counts.map((c) => [c])], 'en') as (number | '')[][];
        expect(table.map((row) => row[0])).toEqual(counts);
        for (const [, fromPrevious, fromFirst] of table) {
          for (const rate of [fromPrevious, fromFirst]) {
            expect(rate === '' || (typeof rate === 'number' && rate >= 0 && rate <= 1)).toBe(true);
          }
        }
      })
    );
  });
});
