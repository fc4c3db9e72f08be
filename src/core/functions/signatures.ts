/**
 * What the engine needs to know about each custom function (design §2.2), in spec order: its name,
 * its result kind and its parameters with the labels error messages use. Every custom-function
 * call loads this module, so it holds no documentation; the documented catalog
 * (`catalog.ts`) is built on top of it for the build and the README.
 */
import type { FunctionSignature, ParameterSignature, ResultKind } from './catalogTypes';

/** A parameter signature that keeps its literal name, so the documentation can be checked against it. */
type NamedParameter<N extends string> = ParameterSignature & { readonly name: N };

function required<const N extends string>(name: N, ja: string, en: string): NamedParameter<N> {
  return { name, label: { ja, en }, optional: false };
}

function optional<const N extends string>(name: N, ja: string, en: string): NamedParameter<N> {
  return { name, label: { ja, en }, optional: true };
}

function signature<const N extends string, const P extends readonly ParameterSignature[]>(
  name: N,
  result: ResultKind,
  ...parameters: P
): { readonly name: N; readonly result: ResultKind; readonly parameters: P } {
  return { name, result, parameters };
}

export const FUNCTION_SIGNATURES = [
  signature('CONVERSION_RATE', 'rate', required('converted', '到達数', 'converted'), required('total', '母数', 'total')),
  signature('CTR', 'rate', required('clicks', 'クリック数', 'clicks'), required('impressions', '表示回数', 'impressions')),
  signature('CPC', 'money', required('cost', '費用', 'cost'), required('clicks', 'クリック数', 'clicks')),
  signature('CPL', 'money', required('cost', '費用', 'cost'), required('leads', 'リード数', 'leads')),
  signature('CPA', 'money', required('cost', '費用', 'cost'), required('conversions', 'コンバージョン数', 'conversions')),
  signature(
    'CAC',
    'money',
    required('cost', '費用', 'cost'),
    required('new_customers', '新規顧客数', 'new customers'),
    optional('other_cost', 'その他費用', 'other cost')
  ),
  signature('WIN_RATE', 'rate', required('won', '受注', 'won'), required('lost', '失注', 'lost'), optional('open', '進行中', 'open')),
  signature('AVERAGE_DEAL_SIZE', 'money', required('revenue', '受注金額', 'revenue'), required('won', '受注件数', 'won')),
  signature('ROAS', 'ratio', required('revenue', '売上', 'revenue'), required('cost', '広告費', 'cost')),
  signature('ROI', 'ratio', required('gross_profit', '粗利', 'gross profit'), required('cost', '費用', 'cost')),
  signature(
    'LTV',
    'money',
    required('revenue_per_period', '期間売上', 'revenue per period'),
    required('gross_margin', '粗利率', 'gross margin'),
    required('churn_rate', '解約率', 'churn rate'),
    optional('max_periods', '上限期間', 'max periods')
  ),
  signature('LTV_CAC_RATIO', 'ratio', required('ltv', 'LTV', 'ltv'), required('cac', 'CAC', 'cac')),
  signature(
    'CAC_PAYBACK',
    'periods',
    required('cac', 'CAC', 'cac'),
    required('revenue_per_period', '期間売上', 'revenue per period'),
    required('gross_margin', '粗利率', 'gross margin')
  ),
  signature('ATTAINMENT', 'rate', required('actual', '実績', 'actual'), required('target', '目標', 'target')),
  signature('GROWTH_RATE', 'rate', required('current', '当期', 'current'), required('previous', '前期', 'previous')),
  signature(
    'PIPELINE_VELOCITY',
    'money_per_day',
    required('opportunities', '商談数', 'opportunities'),
    required('win_rate', '受注率', 'win rate'),
    required('average_deal_size', '平均受注単価', 'average deal size'),
    required('cycle_days', '営業サイクル日数', 'cycle days')
  ),
  signature('FUNNEL', 'funnel_table', required('stage_counts', '段階ごとの件数', 'stage counts')),
  signature(
    'FUNNEL_PLAN',
    'plan_table',
    required('target', '目標', 'target'),
    required('average_deal_size', '平均受注単価', 'average deal size'),
    required('stage_rates', '段階ごとの転換率', 'stage rates'),
    optional('cpl', 'CPL', 'cpl')
  ),
] as const satisfies readonly FunctionSignature[];

/** Name of a custom function, e.g. `'CAC'`. */
export type FunctionName = (typeof FUNCTION_SIGNATURES)[number]['name'];

/** The signature of one function, with its literal parameter names. */
export type SignatureOf<N extends FunctionName> = Extract<(typeof FUNCTION_SIGNATURES)[number], { readonly name: N }>;

/** Parameter names of one function, e.g. `'cost' | 'new_customers' | 'other_cost'` for CAC. */
export type ParameterNameOf<N extends FunctionName> = SignatureOf<N>['parameters'][number]['name'];

/**
 * The signature of a custom function by name, or `undefined` for a name that is not one.
 *
 * @example
 * findSignature('CPC')?.parameters.map((parameter) => parameter.name)
 * //=> ['cost', 'clicks']
 * @example
 * findSignature('NOPE')
 * //=> undefined
 */
export function findSignature(name: string): FunctionSignature | undefined {
  return FUNCTION_SIGNATURES.find((candidate) => candidate.name === name);
}
