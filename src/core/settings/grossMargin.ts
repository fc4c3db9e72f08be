/**
 * The one rule for a gross margin written by a person, shared by the sidebar, the CLI and the saved
 * setup (design §8, §9): a margin is a share of revenue, and people write it both ways, `0.7` and
 * `70` or `70%`. So:
 *
 * - a number with `%` (or `％`) is a percent: `70%` → 0.7, `0.5%` → 0.005;
 * - a number without `%` is a fraction when it is at most 1 (`0.7` → 0.7, `1` → 1, i.e. 100%)
 *   and a percent when it is above 1 (`70` → 0.7);
 * - the result must lie in (0, 1]: 0, negatives and more than 100% are refused.
 *
 * A margin of 1% would be written `1%`, never `1` (that is 100%, as the CLI has always read it).
 * Pure and free of imports so the sidebar bundle can share it.
 */

/** Digits with an optional sign and decimals; commas are not part of a margin. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Reads a gross margin as a fraction in (0, 1], or null when the value is not one.
 *
 * @example
 * [0.7, 70, '70', '70%', '０．７', '１００％', 1].map(readGrossMargin)
 * //=> [0.7, 0.7, 0.7, 0.7, 0.7, 1, 1]
 * [0, -5, 150, '0%', 'abc', '7,0'].map(readGrossMargin)
 * //=> [null, null, null, null, null, null]
 */
export function readGrossMargin(value: unknown): number | null {
  let percent = false;
  let amount: number;
  if (typeof value === 'number') amount = value;
  else if (typeof value === 'string') {
    let text = value.normalize('NFKC').trim();
    if (text.endsWith('%')) {
      percent = true;
      text = text.slice(0, -1).trim();
    }
    if (!PLAIN_NUMBER.test(text)) return null;
    amount = Number(text);
  } else return null;
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const fraction = percent || amount > 1 ? amount / 100 : amount;
  // 70 / 100 is exactly 0.7, but 7 / 100 is 0.07000000000000001: round away the binary noise.
  const rounded = Number(fraction.toPrecision(12));
  return rounded > 0 && rounded <= 1 ? rounded : null;
}

/**
 * A fraction as the percent people read (`0.7` → `70%`), for showing a saved margin.
 *
 * @example
 * [0.7, 0.125, 1].map(grossMarginPercent)
 * //=> ['70%', '12.5%', '100%']
 */
export function grossMarginPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}
