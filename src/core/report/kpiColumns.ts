/**
 * The KPI columns shared by the channel and monthly tables (design §5): counts, cost and revenue as
 * values, then every ratio as a formula over those cells. A column whose input no tab provides
 * (null in every row) is left out, and so is every ratio that needs it.
 */
import type { KpiRow, RatioKey } from '../model/summary';
import type { Language } from '../model/types';
import { formulaCell, NULL_CELL, numberCell } from './cells';
import { changeFormat, COUNT_FORMAT, DAYS_FORMAT, moneyFormat, multipleFormat, PLAIN_FORMAT, RATE_FORMAT, roasFormat } from './formats';
import { divide, operation, type FormulaExpression } from './formula';
import { KPI_CATALOG, MEASURE_ORDER, RATIO_ORDER, type KpiKey, type KpiUnit, type MeasureKey } from './kpiCatalog';
import { kpiName } from './labels';
import type { NumberFormat } from './model';
import type { TableColumn } from './table';

export { MEASURE_ORDER, RATIO_ORDER, type MeasureKey } from './kpiCatalog';

type Recipe =
  | { readonly kind: 'divide'; readonly numerator: MeasureKey | RatioKey; readonly denominator: MeasureKey | RatioKey }
  /** won ÷ (won + lost): the win rate of closed opportunities (design §4.3). */
  | { readonly kind: 'closed' }
  | { readonly kind: 'ltv' };

const over = (numerator: MeasureKey | RatioKey, denominator: MeasureKey | RatioKey): Recipe => ({
  kind: 'divide',
  numerator,
  denominator,
});

/** design §5, one recipe per ratio. */
export const RATIO_RECIPES: { readonly [K in RatioKey]: Recipe } = {
  ctr: over('clicks', 'impressions'),
  cpc: over('adCost', 'clicks'),
  leadConversionRate: over('leads', 'sessions'),
  cpl: over('cost', 'leads'),
  mqlRate: over('mql', 'leads'),
  sqlRate: over('sql', 'mql'),
  opportunityRate: over('opportunities', 'leads'),
  winRate: { kind: 'closed' },
  opportunityToWinRate: over('won', 'opportunities'),
  leadToWinRate: over('won', 'leads'),
  costPerOpportunity: over('cost', 'opportunities'),
  cac: over('cost', 'won'),
  averageDealSize: over('revenue', 'won'),
  roas: over('revenue', 'cost'),
  ltv: { kind: 'ltv' },
  ltvToCac: over('ltv', 'cac'),
  engagementRate: over('engagedSessions', 'sessions'),
  downloadRate: over('downloads', 'sessions'),
};

/**
 * Number format for a KPI unit.
 *
 * @example
 * formatForUnit('money', 'USD', 'en')
 * //=> '"$"#,##0.00'
 * formatForUnit('roas', 'JPY', 'ja')
 * //=> '0%'
 */
export function formatForUnit(unit: KpiUnit, currency: string, language: Language): NumberFormat {
  switch (unit) {
    case 'count':
      return COUNT_FORMAT;
    case 'money':
      return moneyFormat(currency);
    case 'rate':
      return RATE_FORMAT;
    case 'roas':
      return roasFormat(language);
    case 'multiple':
      return multipleFormat(language);
    case 'change':
      return changeFormat('relative', language);
    case 'points':
      return changeFormat('points', language);
    case 'days':
      return DAYS_FORMAT;
    case 'flag':
    case 'number':
      return PLAIN_FORMAT;
  }
}

/** Cells holding the LTV assumptions (absolute references), when both settings are given. */
export interface LtvAssumptionCells {
  readonly grossMargin: FormulaExpression;
  readonly expectedPurchases: FormulaExpression;
}

/**
 * Which value columns have data: a measure is shown when any row has a number for it.
 *
 * @example
 * // `leadsOnly` is a KpiRow whose web counts and cost are null (no ads or traffic tab).
 * availableMeasures([leadsOnly])
 * //=> ['leads', 'mql', 'sql', 'opportunities', 'won', 'revenue']
 */
export function availableMeasures(rows: readonly KpiRow[]): MeasureKey[] {
  return MEASURE_ORDER.filter((key) => rows.some((row) => row[key] !== null));
}

/**
 * Which ratios can be computed from the shown measures (LTV also needs both assumptions).
 *
 * @example
 * availableRatios(['leads', 'opportunities'], false)
 * //=> ['opportunityRate']
 */
export function availableRatios(measures: readonly MeasureKey[], hasLtvAssumptions: boolean): RatioKey[] {
  const shown = new Set<string>(measures);
  for (const key of RATIO_ORDER) {
    const recipe = RATIO_RECIPES[key];
    const computable =
      recipe.kind === 'ltv'
        ? hasLtvAssumptions && shown.has('averageDealSize')
        : recipe.kind === 'closed'
          ? shown.has('won') && shown.has('lost')
          : shown.has(recipe.numerator) && shown.has(recipe.denominator);
    if (computable) shown.add(key);
  }
  return RATIO_ORDER.filter((key) => shown.has(key));
}

/**
 * The formula expression of a ratio in a row, from the cells of its inputs; `undefined` when an
 * input column is missing.
 *
 * @example
 * renderExpression(ratioExpression('cpl', (key) => reference(5, key === 'cost' ? 3 : 2))!)
 * //=> 'C5/B5'
 */
export function ratioExpression(
  key: RatioKey,
  here: (key: string) => FormulaExpression | undefined,
  assumptions?: LtvAssumptionCells,
): FormulaExpression | undefined {
  const recipe = RATIO_RECIPES[key];
  if (recipe.kind === 'ltv') {
    const dealSize = here('averageDealSize');
    if (dealSize === undefined || assumptions === undefined) return undefined;
    return operation('*', operation('*', dealSize, assumptions.grossMargin), assumptions.expectedPurchases);
  }
  if (recipe.kind === 'closed') {
    const won = here('won');
    const lost = here('lost');
    return won === undefined || lost === undefined ? undefined : divide(won, operation('+', won, lost));
  }
  const numerator = here(recipe.numerator);
  const denominator = here(recipe.denominator);
  return numerator === undefined || denominator === undefined ? undefined : divide(numerator, denominator);
}

export interface KpiColumnSet<Row> {
  readonly columns: readonly TableColumn<Row>[];
  /** KPI keys shown, for the guide sheet. */
  readonly kpis: readonly KpiKey[];
}

/**
 * Every measure and ratio the rows can show: measures with a number in some row, and the ratios
 * computable from them (a ratio's inputs may sit in another table of the same sheet).
 *
 * @example
 * [...shownKpis([leadsAndOpportunitiesOnly], false)]
 * //=> ['leads', 'opportunities', 'opportunityRate']
 */
export function shownKpis(rows: readonly KpiRow[], hasLtvAssumptions: boolean): Set<MeasureKey | RatioKey> {
  const measures = availableMeasures(rows);
  return new Set<MeasureKey | RatioKey>([...measures, ...availableRatios(measures, hasLtvAssumptions)]);
}

function isRatioKey(key: MeasureKey | RatioKey): key is RatioKey {
  return key in RATIO_RECIPES;
}

/**
 * Whether the row lacks an input of a ratio that its cells would still compute: the summary has the
 * ratio null although both sums are numbers and the denominator is not 0. That is a channel with no
 * cost data (design §5): cost 0 as every sum without data, CPL and CAC null. The cell then says —
 * as the summary does, where the formula would show ¥0.
 *
 * @example
 * inputMissing('cpl', { ...row, cost: 0, leads: 224, cpl: null })
 * //=> true
 */
export function inputMissing(key: RatioKey, values: KpiRow): boolean {
  const recipe = RATIO_RECIPES[key];
  if (recipe.kind !== 'divide' || values[key] !== null) return false;
  const numerator = values[recipe.numerator];
  const denominator = values[recipe.denominator];
  return numerator !== null && denominator !== null && denominator !== 0;
}

/**
 * Columns for the given KPI keys, in that order, leaving out those not in `shown`: measures as
 * values, ratios as formulas over the cells of their inputs.
 *
 * @example
 * kpiColumnsFor(['leads', 'cpl', 'opportunityRate'], new Set(['leads', 'opportunities', 'opportunityRate']), (row) => row, { language: 'en', currency: 'JPY' }).kpis
 * //=> ['leads', 'opportunityRate']
 */
export function kpiColumnsFor<Row>(
  keys: readonly (MeasureKey | RatioKey)[],
  shown: ReadonlySet<MeasureKey | RatioKey>,
  kpisOf: (row: Row) => KpiRow,
  options: { readonly language: Language; readonly currency: string; readonly assumptions?: LtvAssumptionCells },
): KpiColumnSet<Row> {
  const keysShown = keys.filter((key) => shown.has(key));
  const columns = keysShown.map(
    (key): TableColumn<Row> => ({
      key,
      header: kpiName(key, options.language),
      format: formatForUnit(KPI_CATALOG[key].unit, options.currency, options.language),
      width: 110,
      cell: isRatioKey(key)
        ? (row, locate) => {
            const expression = ratioExpression(key, locate.here, options.assumptions);
            return expression === undefined || inputMissing(key, kpisOf(row)) ? NULL_CELL : formulaCell(expression);
          }
        : (row) => numberCell(kpisOf(row)[key]),
    }),
  );
  return { columns, kpis: keysShown };
}
