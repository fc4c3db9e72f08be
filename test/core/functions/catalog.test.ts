import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { runCustomFunction } from '../../../src/core/functions/evaluate';

/** design §2.2, in order, with the parameter names exactly as the spec writes them. */
const SPEC_SIGNATURES: readonly (readonly [string, readonly string[]])[] = [
  ['CONVERSION_RATE', ['converted', 'total']],
  ['CTR', ['clicks', 'impressions']],
  ['CPC', ['cost', 'clicks']],
  ['CPL', ['cost', 'leads']],
  ['CPA', ['cost', 'conversions']],
  ['CAC', ['cost', 'new_customers', 'other_cost']],
  ['WIN_RATE', ['won', 'lost', 'open']],
  ['AVERAGE_DEAL_SIZE', ['revenue', 'won']],
  ['ROAS', ['revenue', 'cost']],
  ['ROI', ['gross_profit', 'cost']],
  ['LTV', ['revenue_per_period', 'gross_margin', 'churn_rate', 'max_periods']],
  ['LTV_CAC_RATIO', ['ltv', 'cac']],
  ['CAC_PAYBACK', ['cac', 'revenue_per_period', 'gross_margin']],
  ['ATTAINMENT', ['actual', 'target']],
  ['GROWTH_RATE', ['current', 'previous']],
  ['PIPELINE_VELOCITY', ['opportunities', 'win_rate', 'average_deal_size', 'cycle_days']],
  ['FUNNEL', ['stage_counts']],
  ['FUNNEL_PLAN', ['target', 'average_deal_size', 'stage_rates', 'cpl']],
];

const OPTIONAL = new Set(['CAC.other_cost', 'WIN_RATE.open', 'LTV.max_periods', 'FUNNEL_PLAN.cpl']);

/**
 * The catalog examples worked out by hand:
 * 30 ÷ 1200 = 0.025; 150 ÷ 10000 = 0.015; 60000 ÷ 150 = 400; 300000 ÷ 60 = 5000; 300000 ÷ 25 = 12000;
 * (500000 + 100000) ÷ 10 = 60000; 12 ÷ (12 + 28) = 0.3; 6000000 ÷ 12 = 500000; 1500000 ÷ 500000 = 3;
 * (800000 − 500000) ÷ 500000 = 0.6; 10000 × 0.8 = 8000 a period, ÷ 0.02 = 400000 but capped at
 * 8000 × 36 = 288000; 288000 ÷ 60000 = 4.8; 60000 ÷ (10000 × 0.8) = 7.5; 4500000 ÷ 5000000 = 0.9;
 * (120 − 100) ÷ 100 = 0.2; 40 × 0.25 × 500000 ÷ 50 = 100000;
 * funnel 1000 → 200 → 50: 200 ÷ 1000 = 0.2, 50 ÷ 200 = 0.25, 50 ÷ 1000 = 0.05.
 */
const HAND_WORKED_RESULTS: Readonly<Record<string, unknown>> = {
  // ¥4,000,000 ÷ ¥400,000 = 10 受注; ÷ 0.5 = 20; ÷ 0.8 = 25; ÷ 0.5 = 50 at the top.
  FUNNEL_PLAN: [[50], [25], [20], [10]],
  CONVERSION_RATE: 0.025,
  CTR: 0.015,
  CPC: 400,
  CPL: 5000,
  CPA: 12000,
  CAC: 60000,
  WIN_RATE: 0.3,
  AVERAGE_DEAL_SIZE: 500000,
  ROAS: 3,
  ROI: 0.6,
  LTV: 288000,
  LTV_CAC_RATIO: 4.8,
  CAC_PAYBACK: 7.5,
  ATTAINMENT: 0.9,
  GROWTH_RATE: 0.2,
  PIPELINE_VELOCITY: 100000,
  FUNNEL: [
    [1000, '', 1],
    [200, 0.2, 0.2],
    [50, 0.25, 0.05],
  ],
};

describe('CUSTOM_FUNCTIONS', () => {
  it('lists the 18 functions of design §2.2 in order', () => {
    expect(CUSTOM_FUNCTIONS.map((spec) => spec.name)).toEqual(SPEC_SIGNATURES.map(([name]) => name));
  });

  it.each(SPEC_SIGNATURES)('gives %s the parameter names of the spec', (name, parameters) => {
    const spec = CUSTOM_FUNCTIONS.find((candidate) => candidate.name === name);
    expect(spec?.parameters.map((p) => p.name)).toEqual(parameters);
  });

  it('marks exactly other_cost, open, max_periods and cpl as optional', () => {
    const optional = CUSTOM_FUNCTIONS.flatMap((spec) => spec.parameters.filter((p) => p.optional).map((p) => `${spec.name}.${p.name}`));
    expect(new Set(optional)).toEqual(OPTIONAL);
  });

  it('puts optional parameters after the required ones', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      const firstOptional = spec.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(spec.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('has every text of %s in both languages', (_name, spec) => {
    const texts = [spec.summary, spec.formula, spec.returns, ...spec.parameters.flatMap((p) => [p.label, p.description])];
    for (const text of texts) {
      expect(text.ja.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.ja).not.toBe(text.en);
    }
  });

  it('keeps summaries to one line for autocomplete', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(spec.summary.ja).not.toMatch(/\n/);
      expect(spec.summary.en).not.toMatch(/\n/);
    }
  });

  it('says in every parameter description which shape to pass', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      for (const p of spec.parameters) {
        expect(p.description.ja).toMatch(/セル|範囲/);
        expect(p.description.en).toMatch(/cell|range/);
      }
    }
  });

  it('writes each example call with the function name and its literal arguments', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(spec.example.call.startsWith(`=${spec.name}(`)).toBe(true);
      expect(spec.example.args.length).toBeLessThanOrEqual(spec.parameters.length);
    }
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('states the hand-worked result in the example of %s', (name, spec) => {
    expect(spec.example.result).toEqual(HAND_WORKED_RESULTS[name]);
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('computes the example result of %s', (_name, spec) => {
    expect(runCustomFunction(spec.name, spec.example.args, 'en')).toEqual(spec.example.result);
  });
});
