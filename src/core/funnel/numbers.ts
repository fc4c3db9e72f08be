/**
 * Arithmetic that never yields NaN, Infinity or -0: every KPI in the summary goes through here.
 */

/**
 * Returns the number when it is finite (turning -0 into 0), otherwise `null`.
 *
 * @example
 * finiteOrNull(-0)
 * //=> 0
 * finiteOrNull(1 / 0)
 * //=> null
 */
export function finiteOrNull(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/**
 * Divides, or gives `null` when either side is missing or the denominator is 0.
 *
 * @example
 * divide(3, 12)
 * //=> 0.25
 * divide(3, 0)
 * //=> null
 */
export function divide(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return finiteOrNull(numerator / denominator);
}

/**
 * Multiplies, or gives `null` when any factor is missing.
 *
 * @example
 * multiply(100000, 0.7, 3)
 * //=> 210000
 */
export function multiply(...factors: readonly (number | null | undefined)[]): number | null {
  let product = 1;
  for (const factor of factors) {
    if (factor === null || factor === undefined) return null;
    product *= factor;
  }
  return finiteOrNull(product);
}

/**
 * Relative change from `previous` to `current`; `null` without a usable base.
 *
 * @example
 * growth(120, 100)
 * //=> 0.2
 * growth(5, 0)
 * //=> null
 */
export function growth(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return divide(current - previous, previous);
}

/**
 * The median (the mean of the two middle values for an even count); `null` for no values.
 *
 * @example
 * median([9, 1, 4])
 * //=> 4
 * median([1, 4, 6, 10])
 * //=> 5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  if (sorted.length % 2 === 1) return finiteOrNull(upper);
  const lower = sorted[middle - 1] as number;
  return finiteOrNull((lower + upper) / 2);
}
