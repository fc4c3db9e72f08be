/**
 * The arithmetic of each element-wise KPI (design §2.2), on one set of already-parsed values.
 * Parsing, blanks, broadcasting and messages are the engine's job (evaluate.ts); a formula only
 * says what the KPI is and when it has no value.
 */

/** Something the inputs make impossible, reported against one argument. */
export type FormulaProblem =
  /** LTV with churn 0 and no cap. */
  | { readonly problem: 'infinite_lifetime'; readonly argumentIndex: number; readonly capIndex: number }
  /** A value that cannot be negative (churn, a number of periods). */
  | { readonly problem: 'negative'; readonly argumentIndex: number; readonly value: number };

/** A number, `null` for a blank result (zero or blank denominator), or a problem. */
export type FormulaOutcome = number | null | FormulaProblem;

/**
 * A KPI on the present values of its required parameters (in catalog order) and its optional
 * parameters (`undefined` when omitted or blank).
 */
export type Formula = (required: readonly number[], optional: readonly (number | undefined)[]) => FormulaOutcome;

/** Lets each formula name its operands as a tuple; the engine guarantees the lengths. */
function formula<R extends readonly number[], O extends readonly (number | undefined)[] = []>(
  compute: (required: R, optional: O) => FormulaOutcome
): Formula {
  return compute as unknown as Formula;
}

/**
 * `numerator ÷ denominator`, or `null` (a blank result) when the denominator is 0.
 *
 * @example
 * divide(30, 1200)
 * //=> 0.025
 * @example
 * divide(5, 0)
 * //=> null
 */
export function divide(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Lifetime value: `perPeriod ÷ churn`, or with a cap on the number of periods, the lifetime is
 * at most `maxPeriods` (so the value is at most `perPeriod × maxPeriods` in size).
 *
 * @example
 * lifetimeValue(10000, 0.8, 0.02, 36)   // 8,000 a month for 50 months, capped at 36
 * //=> 288000
 */
export function lifetimeValue(revenuePerPeriod: number, grossMargin: number, churnRate: number, maxPeriods: number | undefined): FormulaOutcome {
  if (churnRate < 0) return { problem: 'negative', argumentIndex: 2, value: churnRate };
  if (maxPeriods !== undefined && maxPeriods < 0) return { problem: 'negative', argumentIndex: 3, value: maxPeriods };
  const perPeriod = revenuePerPeriod * grossMargin;
  if (maxPeriods === undefined) {
    return churnRate === 0 ? { problem: 'infinite_lifetime', argumentIndex: 2, capIndex: 3 } : perPeriod / churnRate;
  }
  const capped = perPeriod * maxPeriods;
  if (churnRate === 0) return capped;
  const uncapped = perPeriod / churnRate;
  // Cap the lifetime, not the sign: with a negative margin the capped loss is the smaller one.
  return Math.abs(uncapped) <= Math.abs(capped) ? uncapped : capped;
}

/** Formulas by catalog name, for every function except FUNNEL (which returns a table). */
export const ELEMENTWISE_FORMULAS: Readonly<Record<string, Formula>> = {
  CONVERSION_RATE: formula<[number, number]>(([converted, total]) => divide(converted, total)),
  CTR: formula<[number, number]>(([clicks, impressions]) => divide(clicks, impressions)),
  CPC: formula<[number, number]>(([cost, clicks]) => divide(cost, clicks)),
  CPL: formula<[number, number]>(([cost, leads]) => divide(cost, leads)),
  CPA: formula<[number, number]>(([cost, conversions]) => divide(cost, conversions)),
  CAC: formula<[number, number], [number | undefined]>(([cost, newCustomers], [otherCost]) =>
    divide(cost + (otherCost ?? 0), newCustomers)
  ),
  WIN_RATE: formula<[number, number], [number | undefined]>(([won, lost], [open]) => divide(won, won + lost + (open ?? 0))),
  AVERAGE_DEAL_SIZE: formula<[number, number]>(([revenue, won]) => divide(revenue, won)),
  ROAS: formula<[number, number]>(([revenue, cost]) => divide(revenue, cost)),
  ROI: formula<[number, number]>(([grossProfit, cost]) => divide(grossProfit - cost, cost)),
  LTV: formula<[number, number, number], [number | undefined]>(([revenuePerPeriod, grossMargin, churnRate], [maxPeriods]) =>
    lifetimeValue(revenuePerPeriod, grossMargin, churnRate, maxPeriods)
  ),
  LTV_CAC_RATIO: formula<[number, number]>(([ltv, cac]) => divide(ltv, cac)),
  CAC_PAYBACK: formula<[number, number, number]>(([cac, revenuePerPeriod, grossMargin]) => divide(cac, revenuePerPeriod * grossMargin)),
  ATTAINMENT: formula<[number, number]>(([actual, target]) => divide(actual, target)),
  GROWTH_RATE: formula<[number, number]>(([current, previous]) => divide(current - previous, previous)),
  PIPELINE_VELOCITY: formula<[number, number, number, number]>(([opportunities, winRate, averageDealSize, cycleDays]) =>
    divide(opportunities * winRate * averageDealSize, cycleDays)
  ),
};
